import { isWordLike } from '../text';
import type { Doc } from '../text';
import type { DocSummary } from './types';

/** Size and vocabulary richness of a document. */
export function summary(doc: Doc): DocSummary {
  const words = doc.tokens.filter(isWordLike);
  const types = new Set(words.map((t) => t.norm)).size;
  const stop = words.filter((t) => t.stop).length;
  return {
    paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length,
    tokens: doc.tokens.length,
    words: words.length,
    types,
    typeTokenRatio: words.length === 0 ? 0 : types / words.length,
    stopwordShare: words.length === 0 ? 0 : stop / words.length,
    headline: doc.headline?.text ?? null,
  };
}
