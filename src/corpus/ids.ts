import { uniqueSlugs } from '../io';

/** Names at the top of an output root that are not a document's folder. */
const RESERVED_NAMES = ['corpus', 'corpus.duckdb', 'index.html', 'plotly.min.js'];

/**
 * Document ids of a run: the output folder names `discourse-kit analyze` gives the documents —
 * file names made safe and distinct (`uniqueSlugs`), never a name the output root keeps for
 * itself (a `corpus.txt` becomes `corpus-2`).
 */
export function documentIds(sources: readonly string[]): string[] {
  return uniqueSlugs(sources, RESERVED_NAMES);
}
