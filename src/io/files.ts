import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const MAX_NAME = 80;

/**
 * A file or folder name derived from input that is safe on every platform: letters, digits,
 * `.`, `-` and `_` only, no leading dot, no reserved Windows device name, bounded length.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
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
    .filter((file) => statSync(file).isFile());
}

/**
 * Distinct output slugs for several sources: a second `a b.txt` next to `a_b.txt` gets
 * `a_b-2` rather than silently overwriting the first one's outputs.
 */
export function uniqueSlugs(sources: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return sources.map((source) => {
    const slug = documentSlug(source);
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}
