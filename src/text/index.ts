export type { Doc, Paragraph, Sentence, Span, Token, TokenKind } from './types';
export { DocumentError, MAX_DOCUMENT_BYTES, decodeText, readText } from './load';
export { headlineSpan, paragraphSpans } from './paragraphs';
export { MAX_SENTENCE_LENGTH, sentenceSpans } from './segment';
export { tokenizeRange } from './tokenize';
export { isStopWord, stemOf } from './normalize';
export { isWordLike, loadDocument, parseDocument, sentenceTokens } from './document';
export { ALL_QUOTE_MARKS, QUOTE_MARKS, closingMarksFor, isQuoteMarkChar } from './quote-marks';
