import type { Span } from './types';

// A line break is `\r\n` (Windows), `\n` or a lone `\r`: `\r(?!\n)` keeps one CRLF from reading as two breaks.
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\f\v\u00a0]*(?:\r\n|\r(?!\n)|\n)/;
const PARAGRAPH_BREAK_BLANK = /(?:\r\n|\r(?!\n)|\n)(?:[ \t\f\v\u00a0]*(?:\r\n|\r(?!\n)|\n))+/g;
const PARAGRAPH_BREAK_LINE = /(?:\r\n|\r(?!\n)|\n)+/g;

/**
 * Paragraph spans, trimmed of surrounding whitespace. A file that uses blank lines
 * between paragraphs keeps single line breaks inside a paragraph (hard-wrapped text);
 * a file without blank lines has one paragraph per line.
 */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const breaks = BLANK_LINE.test(text) ? PARAGRAPH_BREAK_BLANK : PARAGRAPH_BREAK_LINE;
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

const TITLE_MAX_WORDS = 30;

/**
 * The first paragraph is a headline when it is one line with no final sentence
 * punctuation and title length, and more text follows.
 */
export function headlineSpan(text: string, paragraphs: readonly { start: number; end: number }[]): Span | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const line = text.slice(first.start, first.end);
  if (/[\r\n]/.test(line)) return null;
  if (/[.!?:;,…]["'”’)\]]*$/.test(line)) return null;
  if (line.split(/\s+/).length > TITLE_MAX_WORDS) return null;
  return { start: first.start, end: first.end, text: line };
}

/** Whitespace, one UTF-16 code at a time: ASCII spaces and line ends, next line (NEL), no-break, ideographic and typographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}
