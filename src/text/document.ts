import { readText } from './load';
import { headlineSpan, paragraphSpans } from './paragraphs';
import { sentenceSpans } from './segment';
import { TokenBuffer, tokenizeInto, tokensOfColumns } from './tokenize';
import type { TokenColumns, TokenForm } from './tokenize';
import type { Doc, Paragraph, Sentence, Token } from './types';

/** Fewer characters per token than press text has (5.1 to 6.1 in the corpus): the buffer rarely grows. */
const CHARACTERS_PER_TOKEN = 5;

/**
 * Build the document model of a text: paragraphs, an optional headline, sentences and
 * tokens, each with offsets into `text`.
 */
export function parseDocument(text: string, source = '<text>'): Doc {
  const paragraphs: Paragraph[] = paragraphSpans(text).map((p, index) => ({
    index,
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
  }));
  const headline = headlineSpan(text, paragraphs);
  const sentences: Sentence[] = [];
  const tokens = TokenBuffer.withRoom(Math.ceil(text.length / CHARACTERS_PER_TOKEN));
  for (const paragraph of paragraphs) {
    const spans = headline && paragraph.index === 0 ? [headline] : sentenceSpans(text, paragraph.start, paragraph.end);
    for (const span of spans) {
      const tokenStart = tokens.length;
      tokenizeInto(text, span.start, span.end, sentences.length, tokens);
      sentences.push({
        index: sentences.length,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        paragraph: paragraph.index,
        headline: headline !== null && paragraph.index === 0,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  }
  const columns = tokens.finish();
  let built: Token[] | undefined;
  const doc: Doc = {
    source,
    text,
    headline,
    paragraphs,
    sentences,
    /** Built on first read: stages that read the columns (`tokenColumns`) never pay for the objects. */
    get tokens(): Token[] {
      return (built ??= tokensOfColumns(columns));
    },
  };
  COLUMNS.set(doc, columns);
  return doc;
}

const COLUMNS = new WeakMap<Doc, TokenColumns>();

/**
 * The tokens of a document made by `parseDocument`, as columns (offsets, sentences, shared
 * forms), without building `Token` objects; undefined for a document built some other way.
 */
export function tokenColumns(doc: Doc): TokenColumns | undefined {
  return COLUMNS.get(doc);
}

/**
 * The tokens of any document as columns: the parse's own columns, or, for a document built some
 * other way (a hand-made token list), columns read once from its `tokens` with one form per token
 * and cached for the document's lifetime. Stages that read every token read these, so that a
 * parsed document never builds its `Token` objects for them.
 */
export function tokenColumnsOf(doc: Doc): TokenColumns {
  let columns = COLUMNS.get(doc) ?? READ_COLUMNS.get(doc);
  if (columns === undefined) {
    columns = columnsOfTokens(doc.tokens);
    READ_COLUMNS.set(doc, columns);
  }
  return columns;
}

/** Columns read from the tokens of documents not made by `parseDocument` (kept apart: `tokenColumns` stays undefined for them). */
const READ_COLUMNS = new WeakMap<Doc, TokenColumns>();

function columnsOfTokens(tokens: readonly Token[]): TokenColumns {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const sentences = new Int32Array(n);
  const forms: TokenForm[] = new Array<TokenForm>(n);
  for (let t = 0; t < n; t++) {
    const token = tokens[t]!;
    starts[t] = token.start;
    sentences[t] = token.sentence;
    const possessive = token.possessive;
    forms[t] = {
      text: token.text,
      length: token.end - token.start,
      kind: token.kind,
      norm: token.norm,
      stem: token.stem,
      stop: token.stop,
      possessive,
      surface: possessive ? token.text.slice(0, token.text.length - possessive.length) : token.text,
      mark: -1,
      markId: -1,
      memo: undefined,
    };
  }
  return { length: n, starts, sentences, forms };
}

/** Read and parse a UTF-8 text file (see `readText` for what is refused). */
export function loadDocument(path: string): Doc {
  return parseDocument(readText(path), path);
}

/** The tokens of one sentence. */
export function sentenceTokens(doc: Doc, sentence: Sentence): readonly Token[] {
  return doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** Word tokens only (no punctuation, quote marks or symbols; numbers are kept). */
export function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}
