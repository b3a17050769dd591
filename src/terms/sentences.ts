import type { Doc, Token } from '../text';

/** Tokens of the given sentences, in document order: one side of a keyness comparison within a document. */
export function tokensOfSentences(doc: Doc, indices: Iterable<number>): Token[] {
  const wanted = new Set(indices);
  return doc.sentences.filter((s) => wanted.has(s.index)).flatMap((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd));
}

/** Tokens of every sentence not given: the rest of the document, as the reference side. */
export function tokensOutsideSentences(doc: Doc, indices: Iterable<number>): Token[] {
  const excluded = new Set(indices);
  return tokensOfSentences(
    doc,
    doc.sentences.map((s) => s.index).filter((i) => !excluded.has(i)),
  );
}
