import { uniqueSlugs } from '../io';

/**
 * Document ids of a folder run: the output slugs `discourse-kit analyze` gives the documents
 * (`uniqueSlugs`), with `corpus` kept for the corpus folder (a `corpus.txt` becomes `corpus-2`).
 */
export function documentIds(sources: readonly string[]): string[] {
  return uniqueSlugs(['corpus', ...sources]).slice(1);
}
