import { readFileSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { DocumentError, MAX_DOCUMENT_BYTES, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { textFilesAt } from '../io';

/** One document of a run: where it comes from and how to read it. */
export interface InputDocument {
  readonly source: string;
  readonly read: () => Doc;
}

/**
 * Memory a full analysis needs per byte of text, with its outputs being written: measured at
 * 74 MB of peak RSS per MB on a 50 MB file (`scripts/big-file.js`, README); the heap is most of it.
 */
export const ANALYSIS_BYTES_PER_BYTE = 70;

/**
 * Refuse, before reading it, a document whose analysis would not fit in the heap this Node
 * process may use, rather than let V8 abort with "JavaScript heap out of memory".
 */
export function checkFitsInMemory(source: string, bytes: number, heapLimit = getHeapStatistics().heap_size_limit): void {
  const needed = bytes * ANALYSIS_BYTES_PER_BYTE;
  if (needed <= heapLimit || bytes > MAX_DOCUMENT_BYTES) return; // past MAX_DOCUMENT_BYTES, reading refuses it
  const mb = (n: number) => Math.ceil(n / (1024 * 1024));
  throw new DocumentError(
    source,
    `too large for this process's memory (${mb(bytes)} MB of text needs about ${mb(needed)} MB, the heap limit is ${mb(heapLimit)} MB): split it into several files, or raise the limit with NODE_OPTIONS=--max-old-space-size=${Math.ceil(mb(needed) * 1.2)}`,
  );
}

function readStdin(): Doc {
  const bytes = readFileSync(0);
  checkFitsInMemory('<stdin>', bytes.length);
  return parseDocument(decodeText(bytes, '<stdin>'), '<stdin>');
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

/** The documents an input names: stdin, one file, or a folder's .txt files; a `DocumentError` otherwise. */
export function readInputs(input: string): InputDocument[] {
  if (input === '-') return [{ source: '<stdin>', read: readStdin }];
  let files: string[];
  try {
    files = textFilesAt(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DocumentError(input, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied (EACCES)' : (err as Error).message.split('\n')[0]!);
  }
  if (files.length === 0) throw new DocumentError(input, 'folder holds no .txt file');
  return files.map((file) => ({ source: file, read: () => readFile(file) }));
}
