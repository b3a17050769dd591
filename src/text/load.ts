import { readFileSync, statSync } from 'node:fs';

/** A document that cannot be read as text. The message names the file and the problem. */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Largest document accepted, in bytes. Analysis needs memory in proportion to the text (see the
 * README's limits); past this a file is refused before it is read, with a hint to split it.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

function checkSize(bytes: number, source: string): void {
  if (bytes > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
    throw new DocumentError(
      source,
      `too large (${mb(bytes)}; the limit is ${mb(MAX_DOCUMENT_BYTES)}): split it into several files`,
    );
  }
}

/**
 * Decode bytes as a document: UTF-8 (a BOM is stripped), or UTF-16 LE/BE when the bytes open
 * with its BOM (`FF FE` / `FE FF`). Refuses binary data (NUL bytes or NUL characters), invalid
 * UTF-8 or UTF-16 and empty or whitespace-only text. Line breaks are kept as typed, since every
 * offset indexes the returned text.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  checkSize(bytes.length, source);
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
      ? bytes[0] === 0xff
        ? 'utf-16le'
        : 'utf-16be'
      : null;
  if (utf16) return checkText(decodeUtf16(bytes, utf16, source), source);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DocumentError(source, `binary file (NUL byte at offset ${nul}), expected UTF-8 text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new DocumentError(source, `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(text, source);
}

/**
 * A document given as a string already (a JSON Lines record, a notebook cell): the checks
 * `decodeText` makes once it has decoded bytes — no NUL character, a BOM stripped, not empty.
 */
export function checkDocumentText(text: string, source: string): string {
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new DocumentError(source, `binary data (NUL character at offset ${nul}), expected text`);
  return checkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, source);
}

function checkText(text: string, source: string): string {
  if (text.trim() === '') throw new DocumentError(source, 'empty document (no text besides whitespace)');
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string): string {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2 !== 0) throw new DocumentError(source, `invalid ${name} (odd number of bytes: ${bytes.length})`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentError(source, `invalid ${name} (unpaired surrogate)`);
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new DocumentError(source, `binary file (NUL character at offset ${nul} of the ${name} text)`);
  return text;
}

/** Read a file as a UTF-8 or UTF-16 (with BOM) document (see `decodeText`). */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new DocumentError(path, 'is a folder, expected a text file');
    checkSize(stat.size, path);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? `permission denied (${code})`
          : String((err as Error).message).split('\n')[0]!;
    throw new DocumentError(path, problem);
  }
  return decodeText(bytes, path);
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
