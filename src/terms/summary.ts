import { tokenColumns } from '../text';
import { docWords, newStamp } from './doc-words';
import type { Doc } from '../text';
import type { DocSummary } from './types';

/** Size and vocabulary richness of a document. */
export function summary(doc: Doc): DocSummary {
  const { count: words, forms } = docWords(doc);
  const norms = new Set<string>();
  const stamp = newStamp();
  let stop = 0;
  for (let w = 0; w < words; w++) {
    const form = forms[w]!;
    if (form.stop) stop++;
    if (form.mark !== stamp) {
      form.mark = stamp;
      norms.add(form.norm);
    }
  }
  const types = norms.size;
  return {
    paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length,
    tokens: tokenColumns(doc)?.length ?? doc.tokens.length,
    words,
    types,
    typeTokenRatio: words === 0 ? 0 : types / words,
    stopwordShare: words === 0 ? 0 : stop / words,
    headline: doc.headline?.text ?? null,
  };
}
