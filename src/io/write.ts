import { closeSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A file-system failure turned into one line: the path and the problem, no stack trace. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly code?: string,
  ) {
    super(`cannot write ${path}: ${problem}`);
    this.name = 'OutputError';
  }
}

const PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a file is in the way where a folder should be',
  EISDIR: 'a folder is in the way where a file should be',
  EEXIST: 'a file is in the way where a folder should be',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENOENT: 'no such folder',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
};

/** One line for a file-system error at `path` (`permission denied (EACCES)`); other errors as they are. */
export function outputError(err: unknown, path: string): OutputError {
  if (err instanceof OutputError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const problem =
    code && PROBLEMS[code] ? `${PROBLEMS[code]} (${code})` : String((err as Error)?.message ?? err).split('\n')[0]!;
  return new OutputError(path, problem, code);
}

/** An error from the file system (it carries an errno code such as `ENOSPC`), as opposed to a bug. */
export function isFileSystemError(err: unknown): boolean {
  return err instanceof OutputError || typeof (err as NodeJS.ErrnoException)?.code === 'string';
}

let tempCounter = 0;

/** Temporary files not yet renamed into place; removed by `removeTempFiles` (e.g. on SIGINT). */
const pendingTemps = new Set<string>();

/**
 * The hidden temporary name a file is written under before it is renamed to `path`: unique per
 * process and worker thread, so threads writing next to each other never share one.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}.${++tempCounter}.tmp`);
}

/**
 * Remove the temporary files this process's threads left in `dir` (a worker stopped mid-write
 * cannot clean up after itself; the main thread sweeps the folders it had in flight).
 */
export function removeTempFilesIn(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const mark = `.${process.pid}-`;
  for (const name of names)
    if (name.startsWith('.') && name.endsWith('.tmp') && name.includes(mark)) rmSync(join(dir, name), { force: true });
}

/** Remove every temporary file still being written (best effort, synchronous). */
export function removeTempFiles(): void {
  for (const temp of pendingTemps) rmSync(temp, { force: true });
  pendingTemps.clear();
}

/** Collects small strings and hands them on to `sink` in chunks of about 64 K characters. */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (chunk: string) => void) {}
  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.sink(chunk);
  }
}

/** Bytes gathered before they go to the file: few system calls, no joined string per chunk. */
const FILE_BUFFER_BYTES = 1 << 16;
/** A string this long goes to the file as it is rather than through the buffer. */
const DIRECT_WRITE_CHARS = 1 << 14;

/**
 * What a `writeFileAtomic` content function writes to: text is encoded as UTF-8 straight into a
 * reused buffer, which goes to the file when full (one large string goes directly).
 */
export class FileWriter {
  private static shared: Buffer | null = null;
  private readonly buffer: Buffer;
  private used = 0;
  /** A high surrogate that ended the last piece: encoded with the low one that should follow it. */
  private held = '';

  constructor(private readonly fd: number) {
    // One buffer per thread, taken while a file is written (a nested write gets its own).
    this.buffer = FileWriter.shared ?? Buffer.allocUnsafe(FILE_BUFFER_BYTES);
    FileWriter.shared = null;
  }

  write(text: string): void {
    if (this.held !== '') {
      text = this.held + text;
      this.held = '';
    }
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.held = text.slice(-1);
      text = text.slice(0, -1);
    }
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    if (text.length * 3 > FILE_BUFFER_BYTES - this.used) {
      this.drain();
      if (text.length >= DIRECT_WRITE_CHARS) {
        writeSync(this.fd, text, null, 'utf8');
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Write out what is buffered (and a high surrogate left without its pair, as UTF-8 writes a lone one). */
  flush(): void {
    if (this.held !== '') {
      const held = this.held;
      this.held = '';
      if (held.length * 3 > FILE_BUFFER_BYTES - this.used) this.drain();
      this.used += this.buffer.write(held, this.used, 'utf8');
    }
    this.drain();
  }

  private drain(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }

  /** Give the buffer back for the next file. */
  release(): void {
    FileWriter.shared = this.buffer;
  }
}

/**
 * Write a file atomically: the content goes to a temporary name in the same folder, which is
 * renamed into place once complete, so a reader (or an interrupted run) never leaves a
 * half-written file. (No fsync: this guards against interruption, not power loss.) `content` is
 * a string, bytes, or a function writing through a `FileWriter` (for large outputs).
 * Errors become an `OutputError` naming the file.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | ((out: FileWriter) => void)): void {
  const temp = tempPathFor(path);
  let fd: number | null = null;
  try {
    pendingTemps.add(temp);
    fd = openSync(temp, 'w');
    if (typeof content === 'function') {
      const out = new FileWriter(fd);
      try {
        content(out);
        out.flush();
      } finally {
        out.release();
      }
    } else if (typeof content === 'string') {
      writeSync(fd, content, null, 'utf8');
    } else {
      writeSync(fd, content);
    }
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
    pendingTemps.delete(temp);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    pendingTemps.delete(temp);
    throw outputError(err, path);
  }
}

/** JSON texts estimated at most this long are stringified in one piece: far below the longest string V8 allows (2^29 - 24), leaving room for the copies a write makes. */
export const WHOLE_JSON_LIMIT = 1 << 26;

/**
 * Write `value` as `JSON.stringify(value, null, indent)` would (indent 0: compact), byte for byte, but piece by
 * piece, so the whole document never has to exist as one string (a 50 MB text's analysis
 * would exceed the longest string V8 allows). `sizeHint` is the caller's upper estimate of the
 * JSON's length: a value estimated within `WHOLE_JSON_LIMIT` is written as one string, faster.
 */
export function writeJson(out: { write(text: string): void }, value: unknown, indent = 0, sizeHint = Infinity): void {
  // V8's own stringify of the whole value is several times faster than the walk below; it is
  // used when the caller's estimate says the text fits comfortably in one string.
  if (sizeHint <= WHOLE_JSON_LIMIT) {
    const json = JSON.stringify(value, null, indent);
    if (json !== undefined) out.write(json);
    return;
  }
  const pad = ' '.repeat(indent);
  const nl = indent > 0 ? '\n' : '';
  const colon = indent > 0 ? ': ' : ':';
  const visit = (v: unknown, depth: string, inArray: boolean): void => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
      v = (v as { toJSON: () => unknown }).toJSON();
    if (v === null || typeof v !== 'object') {
      const json = JSON.stringify(v);
      out.write(json === undefined ? (inArray ? 'null' : '') : json);
      return;
    }
    const inner = depth + pad;
    if (Array.isArray(v)) {
      if (v.length === 0) return out.write('[]');
      out.write('[');
      for (let i = 0; i < v.length; i++) {
        out.write(i === 0 ? `${nl}${inner}` : `,${nl}${inner}`);
        const element = v[i];
        if (element !== null && typeof element === 'object') writeElement(element, inner);
        else visit(element, inner, true);
      }
      out.write(`${nl}${depth}]`);
      return;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(
      ([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol',
    );
    if (entries.length === 0) return out.write('{}');
    out.write('{');
    entries.forEach(([key, x], i) => {
      out.write(`${i === 0 ? '' : ','}${nl}${inner}${JSON.stringify(key)}${colon}`);
      visit(x, inner, false);
    });
    out.write(`${nl}${depth}}`);
  };
  // An element of an array (a sentence, a quote, a table row) is small: V8's own stringify writes it
  // far faster than the walk above, re-indented to its depth (JSON strings hold no raw newline).
  // Only an element too large for one string is walked.
  const writeElement = (element: object, depth: string): void => {
    let json: string;
    try {
      json = JSON.stringify(element, null, indent);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      visit(element, depth, true);
      return;
    }
    out.write(indent > 0 ? json.replace(/\n/g, `\n${depth}`) : json);
  };
  visit(value, '', false);
}
