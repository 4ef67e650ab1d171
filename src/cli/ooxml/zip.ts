import { closeSync, openSync, readSync } from "node:fs";
import { pipeline, type Readable, Transform, type TransformOptions } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { constants as Z, crc32, createDeflateRaw, createInflateRaw, type ZlibOptions } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import yauzl from "yauzl";

/**
 * The package layer: an .xlsx opened with yauzl (central directory first, entries read on demand, raw
 * compressed bytes available) and a new one written with fflate's streaming Zip, whose entries we feed
 * ourselves: parts we do not touch are copied as their original compressed bytes (no inflate, no deflate,
 * the same CRC), parts we write are deflated by node's zlib as they stream.
 */

type Bytes = Uint8Array<ArrayBuffer>;

/**
 * Pieces of work. zlib hands its output over in chunks, and each costs a round trip to its thread pool
 * however small it is: node's default (16 KiB) makes that 25,000 round trips for a 400 MB sheet, and a
 * plain unzip + rezip of a 1,000,000-row ledger took 13.9 s where 256 KiB chunks take 8.5 s. What we
 * inflate is handed on in 32 KiB pieces all the same: each piece becomes a string the parser walks, and
 * 256 KiB pieces (V8 keeps strings that size apart from its young generation) made the sheet pass slower
 * and 60 MB larger on the bench's ledger.
 */
const ZLIB_CHUNK = 1 << 18;
const PIECE = 1 << 15;

/**
 * zlib works on the thread pool, but each chunk it finishes is handed back, and the next one started, by a
 * callback on the main thread, which runs only when the parser lets the event loop turn. Left to itself the
 * parser turned it only when it had to wait: on a 1,000,000-row ledger the deflater then stood still while
 * the sheet was parsed, and the parser stood still (13 s of 42 s) waiting for "drain" while the deflater
 * caught up one round trip at a time. So the text we write goes to zlib in batches of BATCH bytes (one
 * round trip each), room is left for AHEAD bytes on either side of a zlib stream, and the loops that feed
 * and read zlib give the event loop a turn (`turn()`) after each piece: the main thread then waits 1 s
 * where it waited 6.9 s.
 */
const BATCH = 1 << 20;
const AHEAD = 1 << 22;
/** The buffers text is encoded into: room for a batch and a last piece beyond it. */
const POOLED = BATCH * 2;

/** Lets pending I/O callbacks (zlib's above all) run before the next piece of work. */
const turn = () => new Promise<void>((res) => setImmediate(res));

/** Options for the file a package is written to: room for AHEAD bytes before the writer waits for the disk. */
export const SINK_OPTIONS = { highWaterMark: AHEAD } as const;

const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true };

export interface Entry {
  name: string;
  raw: yauzl.Entry;
}

export class Package {
  private constructor(
    readonly path: string,
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, Entry>,
    /** Part names in the order of the central directory (the output keeps it). */
    readonly order: string[],
  ) {}

  static async open(path: string): Promise<Package> {
    const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.open(path, OPTIONS, (e, z) => (e ? rej(e) : res(z!))));
    return Package.read(path, zip);
  }

  /** A package built in memory (the stats report that exceljs writes, before its charts are added). */
  static async fromBuffer(data: Buffer): Promise<Package> {
    const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(data, OPTIONS, (e, z) => (e ? rej(e) : res(z!))));
    return Package.read("(memory)", zip);
  }

  private static async read(path: string, zip: yauzl.ZipFile): Promise<Package> {
    const entries = new Map<string, Entry>();
    const order: string[] = [];
    await new Promise<void>((res, rej) => {
      zip.on("entry", (raw: yauzl.Entry) => {
        entries.set(raw.fileName, { name: raw.fileName, raw });
        order.push(raw.fileName);
        zip.readEntry();
      });
      zip.on("end", () => res());
      zip.on("error", rej);
      zip.readEntry();
    });
    return new Package(path, zip, entries, order);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, decompressed, as a stream. */
  async stream(name: string, decompress = true): Promise<Readable> {
    const e = this.entries.get(name);
    if (!e) throw new Error(`no part ${name}`);
    const deflated = e.raw.compressionMethod === 8;
    const raw = await new Promise<Readable>((res, rej) => this.zip.openReadStream(e.raw, { decompress: decompress && !deflated ? null : false } as yauzl.ZipFileOptions, (err, s) => (err ? rej(err) : res(s!))));
    if (!decompress || !deflated) return raw;
    // inflated here rather than by yauzl, for the chunk size; yauzl's size check is kept
    const expected = e.raw.uncompressedSize;
    let size = 0;
    // chunk by chunk to the reader (object mode): a byte-mode stream hands over all it holds as one Buffer,
    // copying up to AHEAD bytes each time
    const counted = new Transform({
      writableHighWaterMark: AHEAD,
      readableObjectMode: true,
      readableHighWaterMark: AHEAD / ZLIB_CHUNK,
      transform(c: Buffer, _enc, done) {
        size += c.length;
        done(size > expected ? new Error(`too many bytes in the stream. expected ${expected}. got at least ${size}`) : null, c);
      },
      flush(done) {
        done(size < expected ? new Error(`not enough bytes in the stream. expected ${expected}. got only ${size}`) : null);
      },
    });
    const inflate = createInflateRaw({ chunkSize: ZLIB_CHUNK, readableHighWaterMark: AHEAD } as ZlibOptions & TransformOptions);
    return pipeline(raw, inflate, counted, () => undefined);
  }

  async bytes(name: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of await this.stream(name)) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  async text(name: string): Promise<string> {
    return (await this.bytes(name)).toString("utf8");
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * A part's text as it streams, in pieces decoded from at most PIECE bytes each (the reason is at PIECE).
 * A string chunk (a part built in memory) passes as it is.
 */
export async function* textOf(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of source) {
    if (typeof chunk === "string") yield chunk;
    else {
      for (let i = 0; i < chunk.length; i += PIECE) yield decoder.write(chunk.subarray(i, i + PIECE));
      await turn();
    }
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Where the new package goes: anything with write() that reports its backlog (a file stream). */
export interface Sink {
  write(chunk: Uint8Array): boolean;
  once(event: "drain", f: () => void): unknown;
}

/**
 * A zip written entry by entry in order, never more than one entry open: fflate queues the data of an
 * entry added while another is streaming, so each add waits for the previous one's last chunk. Output
 * chunks go to the sink with its backpressure respected.
 */
export class ZipWriter {
  private readonly zip: Zip;
  private backlog: Promise<void> = Promise.resolve();
  private failed: Error | undefined;
  private finished!: () => void;
  readonly done: Promise<void>;

  constructor(private readonly sink: Sink) {
    this.done = new Promise((res) => (this.finished = res));
    this.zip = new Zip((err, chunk, final) => {
      if (err) {
        this.failed = err;
        return;
      }
      if (!this.sink.write(chunk)) this.backlog = new Promise((r) => this.sink.once("drain", () => r()));
      if (final) this.finished();
    });
  }

  private async drained(): Promise<void> {
    if (this.failed) throw this.failed;
    await this.backlog;
  }

  /** Copies an entry of another package as its stored bytes: same method, CRC and sizes. */
  async copy(pkg: Package, name: string): Promise<void> {
    const e = pkg.entries.get(name)!.raw;
    const file: ZipInputFile = { filename: name, size: e.uncompressedSize, crc: e.crc32, compression: e.compressionMethod, mtime: zipTime(e.getLastModDate()) };
    this.zip.add(file);
    if (e.fileName.endsWith("/")) {
      file.ondata!(null, new Uint8Array(0), true);
      return;
    }
    const src = await pkg.stream(name, false);
    let last: Bytes | undefined;
    for await (const c of src) {
      if (last) file.ondata!(null, last, false);
      last = c as Bytes;
      await this.drained();
    }
    file.ondata!(null, last ?? new Uint8Array(0), true);
    await this.drained();
  }

  /** A part we write: its text or bytes, deflated. */
  async add(name: string, data: string | Uint8Array): Promise<void> {
    await this.addStream(name, (async function* () {
      yield data;
    })());
  }

  /** A part we write as it is produced (the target sheet), deflated by zlib as it streams. */
  async addStream(name: string, chunks: AsyncIterable<string | Uint8Array>, level: number = Z.Z_DEFAULT_COMPRESSION): Promise<void> {
    const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: 8, mtime: new Date() };
    this.zip.add(file);
    const deflate = createDeflateRaw({ level, chunkSize: ZLIB_CHUNK, writableHighWaterMark: AHEAD, readableHighWaterMark: AHEAD } as ZlibOptions & TransformOptions);
    let size = 0;
    let crc = 0;
    const pump = (async () => {
      // Text is encoded straight into buffers that are used again once zlib has read them: a new buffer
      // for each piece (Buffer.from) cost three times the encoding itself, in allocation, page faults and
      // the full collections V8 runs when outside memory grows.
      const spare: Buffer[] = [];
      let into: Buffer = Buffer.allocUnsafeSlow(POOLED);
      let at = 0;
      const write = async (b: Buffer, done?: () => void) => {
        size += b.length;
        crc = crc32(b, crc);
        if (!deflate.write(b, done)) await new Promise((r) => deflate.once("drain", r));
      };
      const flush = async () => {
        if (at === 0) return;
        const full = into;
        const b = full.subarray(0, at);
        into = spare.pop() ?? Buffer.allocUnsafeSlow(POOLED);
        at = 0;
        await write(b, () => spare.push(full));
      };
      for await (const c of chunks) {
        if (typeof c === "string" && c.length * 3 <= POOLED) {
          // a UTF-16 code unit takes at most three bytes in UTF-8
          if (c.length * 3 > POOLED - at) await flush();
          at += into.write(c, at);
          if (at >= BATCH) await flush();
        } else {
          await flush();
          await write(typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
        }
        await turn();
      }
      await flush();
      deflate.end();
    })();
    pump.catch((e) => deflate.destroy(e));
    let last: Bytes | undefined;
    for await (const c of deflate) {
      if (last) file.ondata!(null, last, false);
      last = c as Bytes;
      await this.drained();
    }
    await pump;
    file.size = size;
    file.crc = crc >>> 0;
    file.ondata!(null, last ?? new Uint8Array(0), true);
    await this.drained();
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.done;
    if (this.failed) throw this.failed;
  }
}

/** The first bytes of a file, to name its kind when it is not a workbook we can open. */
export function headBytes(path: string, n = 8): Buffer {
  const fd = openSync(path, "r");
  try {
    const b = Buffer.alloc(n);
    const got = readSync(fd, b, 0, n, 0);
    return b.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** A zip's DOS timestamps hold 1980–2107; writers that leave them zero read back as 1979. */
function zipTime(d: Date): Date {
  const y = d.getFullYear();
  return Number.isNaN(y) || y < 1980 || y > 2099 ? new Date(1980, 0, 1) : d;
}
