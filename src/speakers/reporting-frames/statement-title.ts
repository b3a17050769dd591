import { dotlessKey, type Doc } from '../../text';
import { opensWithSpeechOpener } from '../lexicon';

/**
 * A title that designates its text as a statement, a declaration or remarks: `Statement by …`,
 * `DRC: Statement by High Representative …`, `(Statement by Foreign Minister …)`, `…: UK
 * statement at the Security Council`, `Press remarks by …`: the document's noun, up to two words
 * before it, at the title's start or after its colon, bracket or dash, then the preposition that
 * places it.
 */
const DESIGNATION =
  /(?:^|[:(–—]\s*)(?:[\p{L}.'’-]+\s+){0,2}(?:statement|declaration|remarks|communiqu[eé])\s+(?:by|at|of|from|to|for|on)\b/iu;

/** Opening paragraphs read for the designation: the title and the line under it. */
const TITLE_PARAGRAPHS = 2;
/** Opening paragraphs read for a speech's address, below a title and the lines naming who delivers it. */
const ADDRESS_PARAGRAPHS = 6;
/** Most characters of an address line (`Thank you, Mr President,`, `Mr. President, distinguished delegates,`). */
const ADDRESS_LINE_MAX = 80;

/**
 * `Mr. President, distinguished delegates,` on a line of its own near the top: the text is a
 * delivered speech, which speaks for its speaker's country as a statement does.
 */
function opensWithAddress(doc: Doc): boolean {
  return doc.paragraphs.slice(1, ADDRESS_PARAGRAPHS).some((p) => {
    const line = dotlessKey(p.text.trim());
    return line.length <= ADDRESS_LINE_MAX && /[,:]$/u.test(line) && opensWithSpeechOpener(line);
  });
}

const ISSUED = new WeakMap<Doc, boolean>();

/** The document is a statement (or a declaration, or remarks) its title designates as such, or a speech that opens with its address. */
export function isIssuedStatement(doc: Doc): boolean {
  let issued = ISSUED.get(doc);
  if (issued === undefined) {
    issued = doc.paragraphs.slice(0, TITLE_PARAGRAPHS).some((p) => DESIGNATION.test(p.text)) || opensWithAddress(doc);
    ISSUED.set(doc, issued);
  }
  return issued;
}
