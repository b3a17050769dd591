export type { Doc, Paragraph, Sentence, Span, Token, TokenKind } from './types';
export { DocumentError, decodeText, readText } from './load';
export { headlineSpan, paragraphSpans } from './paragraphs';
export { sentenceSpans } from './segment';
export { tokenizeRange } from './tokenize';
export { isStopWord, stemOf } from './normalize';
export { isWordLike, loadDocument, parseDocument, sentenceTokens, tokenColumns } from './document';
export type { TokenColumns, TokenForm } from './tokenize';
