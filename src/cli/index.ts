import { main } from "./main";

/**
 * The `talent-policy` command: stdout for results, stderr for messages, the exit code for scripts. A
 * closed stdout (`| head`) ends the output quietly instead of with a stack trace.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then((code) => {
  process.exitCode = code;
});
