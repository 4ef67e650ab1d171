import { main } from "./main";

/** The `talent-policy` command: stdout for results, stderr for messages, the exit code for scripts. */
main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then((code) => {
  process.exitCode = code;
});
