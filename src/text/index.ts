export type { Doc, Paragraph, Sentence, Span, Token, TokenKind } from './types';
export { DocumentError, MAX_DOCUMENT_BYTES, checkDocumentText, decodeText, readText } from './load';
export { headlineSpan, isSpace, paragraphSpans } from './paragraphs';
export {
  blankAfter,
  blankBefore,
  isLineBreak,
  isWhite,
  lineBreakBetween,
  lineEndAt,
  lineStartAt,
  shortLineAt,
} from './lines';
export {
  MAX_SENTENCE_LENGTH,
  isDigit,
  isLetter,
  isLower,
  isUpper,
  pastBullet,
  pastItemNumber,
  pastListMarker,
  sentenceSpans,
  skipSpaces,
  trimEnd,
} from './segment';
export { tokenizeRange } from './tokenize';
export { CLOCK_TIME, ENTRY_STAMP, STAMP } from './clock-times';
export { isStopWord, porterStem, stemOf } from './normalize';
export { isWordLike, loadDocument, parseDocument, sentenceTokens, tokenColumns, tokenColumnsOf } from './document';
export { detach } from './detach';
export { TextCache } from './text-cache';
export { TITLE_CASE_MAX_WORDS, isTitleCase } from './title-case';
export { formMemo } from './form-memo';
export { charIndexWithin, firstAtOrAfter, lastAtOrBefore } from './search';
export { WORD_CLASSES, dotlessKey, exactKey, keyId, lexiconForm, wordKey } from './word-keys';
export { REPORTING_VERBS, quoteAttributionForms, reportingForms } from './reporting-verbs';
export type { FormMemo } from './form-memo';
export type { TokenColumns, TokenForm } from './tokenize';
export { DASH_TOKENS } from './dashes';
export { ALL_QUOTE_MARKS, QUOTE_MARKS, closingMarksFor, isQuoteMarkChar, isUnitMark } from './quote-marks';
