import { tokenColumnsOf, type Doc, type TokenColumns } from '../text';
import { lexicon } from './lexicon/compile';
import { CAPITALIZED, REPORT_VERB, wordInfoOfForm } from './word-info';

/**
 * The names a statement's author gives itself. A statement speaks of its issuer in the third
 * person (`The United Kingdom notes the results …`, `The European Union remains steadfast …`):
 * a sentence in the author's voice that opens with a name and goes on, past a few adverbs, with a
 * stance or speech verb in the present names the issuer. Call it only for a document that is
 * not a report quoting others: there the same shape reports another party's words.
 *
 * `authored(i)` says whether sentence `i` is in the author's voice.
 */
export function issuerNames(doc: Doc, authored: (sentence: number) => boolean): string[] {
  const lex = lexicon();
  const columns = tokenColumnsOf(doc);
  const names = new Set<string>();
  for (const sentence of doc.sentences) {
    // A headline's present tense is news style (`Council Condemns Attack`), not the issuer speaking.
    if (!authored(sentence.index) || sentence.headline) continue;
    const end = sentence.tokenEnd;
    // A sentence that reports someone's words (`…, said the spokesperson`) is that party's claim, not the issuer's.
    if (reports(columns, sentence.tokenStart, end)) continue;
    let i = sentence.tokenStart;
    while (i < end && !wordInfoOfForm(columns.forms[i]!).word) i++;
    const article = i;
    if (i < end && wordInfoOfForm(columns.forms[i]!).norm === 'the') i++;
    const from = i;
    // The name: capitalised words, with `of`, `and`, `the` between them (`Government of the Republic of Ruritania`).
    let specific = false;
    while (i < end && i - from < lex.issuerMaxWords) {
      const info = wordInfoOfForm(columns.forms[i]!);
      if (info.flags & CAPITALIZED) {
        if (!lex.issuerGeneric.has(info.norm)) specific = true;
      } else if (!(i > from && lex.issuerConnectors.has(info.norm))) break;
      i++;
    }
    // A name ends in a name word, not a connector (`The UK and`).
    let nameEnd = i;
    while (nameEnd > from && !(wordInfoOfForm(columns.forms[nameEnd - 1]!).flags & CAPITALIZED)) nameEnd--;
    const institution = !specific && from > article && nameEnd - from <= 2 && institutionOnly(columns, from, nameEnd);
    if ((!specific && !institution) || nameEnd === from) continue;
    while (i < end && lex.issuerAdverbs.has(wordInfoOfForm(columns.forms[i]!).norm)) i++;
    if (i >= end || !lex.issuerVerbs.has(wordInfoOfForm(columns.forms[i]!).norm)) continue;
    const text = (a: number, b: number) =>
      doc.text.slice(columns.starts[a]!, columns.starts[b - 1]! + columns.forms[b - 1]!.length);
    // `The Ministry` keeps its article: `the ministry`, not any ministry.
    names.add(text(institution ? article : from, nameEnd));
    if (institution) continue;
    // The name's head after its last connector (`Freedonia` of `Republic of Freedonia`) names the issuer too, when it is specific.
    let head = nameEnd;
    while (head > from && wordInfoOfForm(columns.forms[head - 1]!).flags & CAPITALIZED) head--;
    if (head > from) {
      let headSpecific = false;
      for (let j = head; j < nameEnd; j++)
        if (!lex.issuerGeneric.has(wordInfoOfForm(columns.forms[j]!).norm)) headSpecific = true;
      if (headSpecific) names.add(text(head, nameEnd));
    }
  }
  return [...names];
}

/** A report verb that attributes the sentence (`…, said X`, `X said that …`, `…, X said.`), not a noun (`the report`). */
function reports(columns: TokenColumns, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!(wordInfoOfForm(columns.forms[i]!).flags & REPORT_VERB)) continue;
    const before = i > from ? wordInfoOfForm(columns.forms[i - 1]!) : null;
    const after = i + 1 < to ? wordInfoOfForm(columns.forms[i + 1]!).norm : '';
    if ((before && !before.word && before.norm !== '(') || after === 'that' || i >= to - ATTRIBUTION_TAIL) return true;
  }
  return false;
}

/** How near the end a report verb closes an inverted attribution (`…, the minister said.`). */
const ATTRIBUTION_TAIL = 3;

function institutionOnly(columns: TokenColumns, from: number, to: number): boolean {
  const lex = lexicon();
  for (let i = from; i < to; i++) if (!lex.issuerInstitutions.has(wordInfoOfForm(columns.forms[i]!).norm)) return false;
  return true;
}
