export type { Doc, Paragraph, Sentence, Span, Token, TokenKind } from './types';
export { DocumentError, MAX_DOCUMENT_BYTES, checkDocumentText, decodeText, readText } from './load';
export { headlineSpan, isSpace, paragraphSpans } from './paragraphs';
export { MAX_SENTENCE_LENGTH, sentenceSpans } from './segment';
export { tokenizeRange } from './tokenize';
export { isStopWord, porterStem, stemOf } from './normalize';
export { isWordLike, loadDocument, parseDocument, sentenceTokens, tokenColumns } from './document';
export type { TokenColumns, TokenForm } from './tokenize';
export { ALL_QUOTE_MARKS, QUOTE_MARKS, closingMarksFor, isQuoteMarkChar } from './quote-marks';
