import { readFileSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { DocumentError, MAX_DOCUMENT_BYTES, checkDocumentText, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { textFilesAt } from '../io';

/**
 * One document of a run: where it comes from, as plain data so that it crosses to a worker
 * thread — a file, bytes already read (stdin), or text already decoded (a JSON Lines record).
 */
export type InputDocument =
  | { readonly source: string; readonly file: string }
  | { readonly source: string; readonly bytes: Uint8Array }
  | { readonly source: string; readonly text: string };

/**
 * Memory a full analysis needs per byte of text, with its outputs being written: measured at
 * 74 MB of peak RSS per MB on a 50 MB file (`scripts/big-file.js`, README); the heap is most of it.
 */
export const ANALYSIS_BYTES_PER_BYTE = 70;

/**
 * Refuse, before reading it, a document whose analysis would not fit in the heap this Node
 * process may use, rather than let V8 abort with "JavaScript heap out of memory".
 */
export function checkFitsInMemory(
  source: string,
  bytes: number,
  heapLimit = getHeapStatistics().heap_size_limit,
): void {
  const needed = bytes * ANALYSIS_BYTES_PER_BYTE;
  if (needed <= heapLimit || bytes > MAX_DOCUMENT_BYTES) return; // past MAX_DOCUMENT_BYTES, reading refuses it
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  throw new DocumentError(
    source,
    `too large for this process's memory (${mb(bytes)} MB of text needs about ${mb(needed)} MB, the heap limit is ${mb(heapLimit)} MB): split it into several files, or raise the limit with NODE_OPTIONS=--max-old-space-size=${Math.ceil(mb(needed) * 1.2)}`,
  );
}

function readBytes(bytes: Uint8Array, source: string): Doc {
  checkFitsInMemory(source, bytes.length);
  return parseDocument(decodeText(bytes, source), source);
}

function readString(text: string, source: string): Doc {
  checkFitsInMemory(source, Buffer.byteLength(text));
  return parseDocument(checkDocumentText(text, source), source);
}

function readFile(file: string): Doc {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // readText names the problem
  }
  checkFitsInMemory(file, size);
  return parseDocument(readText(file), file);
}

/** Read and parse one document; a `DocumentError` naming it when it is not text the kit reads. */
export function readDocument(input: InputDocument): Doc {
  if ('file' in input) return readFile(input.file);
  if ('bytes' in input) return readBytes(input.bytes, input.source);
  return readString(input.text, input.source);
}

/** The documents an input names: stdin, one file, or a folder's .txt files; a `DocumentError` otherwise. */
export function readInputs(input: string): InputDocument[] {
  if (input === '-') return [{ source: '<stdin>', bytes: readFileSync(0) }];
  let files: string[];
  try {
    files = textFilesAt(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DocumentError(
      input,
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'no such file or folder'
        : code === 'EACCES'
          ? 'permission denied (EACCES)'
          : (err as Error).message.split('\n')[0]!,
    );
  }
  if (files.length === 0) throw new DocumentError(input, 'folder holds no .txt file');
  return files.map((file) => ({ source: file, file }));
}
