import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const MAX_NAME = 80;

/**
 * A file or folder name derived from input that is safe on every platform: letters, digits,
 * `.`, `-` and `_` only, no leading dot or dash (a name starting with `-` reads as an option), no reserved Windows device name, bounded length.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, MAX_NAME);
  const safe = cleaned === '' ? 'document' : cleaned;
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(safe) ? `_${safe}` : safe;
}

/** The output folder name for a source document: its sanitised base name without `.txt`. */
export function documentSlug(source: string): string {
  return safeFileName(basename(source, extname(source)));
}

/**
 * The `.txt` files a path names: the file itself, or the folder's `.txt` files in name
 * order (not recursive). Anything else is the caller's usage error.
 */
export function textFilesAt(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => join(path, name))
    .filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return true; // a broken link: kept, so that reading it names the file and the problem
      }
    });
}

/**
 * Safe, distinct names for a batch of outputs written to one folder: each name through
 * `safeFileName`, a repeat suffixed `-2`, `-3`, ... (`a b` and `a_b` become `a_b` and `a_b-2`).
 * Names are compared ignoring case, as the file systems of macOS and Windows do, and a suffixed
 * name skips any name already given, so no output overwrites another.
 */
export function uniqueSafeNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  const lastSuffix = new Map<string, number>();
  return names.map((name) => {
    const base = safeFileName(name);
    const key = base.toLowerCase();
    let unique = base;
    let n = lastSuffix.get(key) ?? 1;
    while (taken.has(unique.toLowerCase())) unique = `${base}-${++n}`;
    lastSuffix.set(key, n);
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/**
 * Distinct output slugs for several sources: a second `a b.txt` next to `a_b.txt` gets
 * `a_b-2` rather than silently overwriting the first one's outputs; never one of the `reserved`
 * names (compared as file names, case-insensitively).
 */
export function uniqueSlugs(sources: readonly string[], reserved: readonly string[] = []): string[] {
  return uniqueSafeNames([...reserved, ...sources.map((source) => basename(source, extname(source)))]).slice(
    reserved.length,
  );
}
