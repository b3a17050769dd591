import { isAbsolute, relative, resolve } from 'node:path';

/** A path as the user reads it: relative to the working folder when inside it, else absolute. */
export function shownPath(path: string): string {
  const rel = relative('.', path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}
