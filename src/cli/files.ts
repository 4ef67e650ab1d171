import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { SINK_OPTIONS } from "./ooxml/zip";

/**
 * Output files appear whole or not at all: the data goes to a temporary file beside the target (mode
 * 0600: it holds personal data until it is renamed over the target) and is renamed when complete. A
 * failure, SIGINT, SIGTERM or SIGHUP removes the temporary file; so does the command's first node when the
 * node running the job is killed outright (index.ts), which is told each temporary file's name.
 */
const temporaries = new Set<string>();

function remember(tmp: string): void {
  temporaries.add(tmp);
  process.send?.({ temporary: tmp });
}

function removeTemporaries(): void {
  for (const t of temporaries) rmSync(t, { force: true });
  temporaries.clear();
}

let handlersInstalled = false;
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", removeTemporaries);
  for (const [signal, code, words] of [["SIGINT", 130, "Ctrl+C"], ["SIGTERM", 143, "SIGTERM"], ["SIGHUP", 129, "终端已关闭，SIGHUP"]] as const) {
    process.on(signal, () => {
      removeTemporaries();
      process.stderr.write(`\n已中止（${words}），没有写出文件。\n`);
      process.exit(code);
    });
  }
}

function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = temporaryName(path);
  remember(tmp);
  try {
    writeFileSync(tmp, data, { mode: 0o600 });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
    temporaries.delete(tmp);
  }
}

/** Streams a file into place: `fill` writes into the stream; the file is renamed over `path` once it has ended. */
export async function writeStreamAtomic(path: string, fill: (out: WriteStream) => Promise<void>): Promise<void> {
  installHandlers();
  const tmp = temporaryName(path);
  remember(tmp);
  try {
    const out = createWriteStream(tmp, { ...SINK_OPTIONS, mode: 0o600, flags: "wx" });
    const opened = new Promise<void>((res, rej) => {
      out.once("open", () => res());
      out.once("error", rej);
    });
    await opened;
    let failed: Error | undefined;
    out.on("error", (e) => (failed = e));
    await fill(out);
    await new Promise<void>((res, rej) => {
      if (failed) return rej(failed);
      out.end(() => (failed ? rej(failed) : res()));
    });
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { force: true });
    temporaries.delete(tmp);
  }
}
