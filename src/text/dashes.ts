/**
 * Dashes as the tokenizer leaves them between spaces: an em or en dash, a hyphen, or two hyphens
 * typed for a dash (`said -- and this matters -- that …`). One table for every stage that reads
 * asides and handovers set off by dashes.
 */
export const DASH_TOKENS: ReadonlySet<string> = new Set(['—', '–', '-', '--']);
