import type { Doc } from '../../text';

/**
 * A title that designates its text as a statement, a declaration or remarks: `Statement by …`,
 * `DRC: Statement by High Representative …`, `(Statement by Foreign Minister …)`, `…: UK
 * statement at the Security Council`, `Press remarks by …`: the document's noun, up to two words
 * before it, at the title's start or after its colon, bracket or dash, then the preposition that
 * places it.
 */
const DESIGNATION =
  /(?:^|[:(–—]\s*)(?:[\p{L}.'’-]+\s+){0,2}(?:statement|declaration|remarks|communiqu[eé])\s+(?:by|at|of|from|to|on behalf)\b/iu;

/** Opening paragraphs read for the designation: the title and the line under it. */
const TITLE_PARAGRAPHS = 2;

const ISSUED = new WeakMap<Doc, boolean>();

/** The document is a statement (or a declaration, or remarks) its title designates as such. */
export function isIssuedStatement(doc: Doc): boolean {
  let issued = ISSUED.get(doc);
  if (issued === undefined) {
    issued = doc.paragraphs.slice(0, TITLE_PARAGRAPHS).some((p) => DESIGNATION.test(p.text));
    ISSUED.set(doc, issued);
  }
  return issued;
}
