import { readFileSync } from 'node:fs';
import { DocumentError, decodeText, parseDocument, readText } from '../text';
import type { Doc } from '../text';
import { textFilesAt } from '../io';

/** One document of a run: where it comes from and how to read it. */
export interface InputDocument {
  readonly source: string;
  readonly read: () => Doc;
}

/** The documents an input names: stdin, one file, or a folder's .txt files; a `DocumentError` otherwise. */
export function readInputs(input: string): InputDocument[] {
  if (input === '-') return [{ source: '<stdin>', read: () => parseDocument(decodeText(readFileSync(0), '<stdin>'), '<stdin>') }];
  let files: string[];
  try {
    files = textFilesAt(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DocumentError(input, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied (EACCES)' : (err as Error).message.split('\n')[0]!);
  }
  if (files.length === 0) throw new DocumentError(input, 'folder holds no .txt file');
  return files.map((file) => ({ source: file, read: () => parseDocument(readText(file), file) }));
}
