import type { Doc, Paragraph } from '../text';
import { QUOTE_MARKS, closingMarksFor, isUnitMark } from '../text';
import { isSpace, shortLineAt } from '../text';

/** A stretch of text between quotation marks, possibly running over several paragraphs. */
export interface QuoteSegment {
  /** Offset of the opening mark (or of the content when the mark is missing). */
  readonly open: number;
  /** Content offsets (inside the marks, trimmed). */
  readonly start: number;
  readonly end: number;
  /** Offset just after the closing mark, or `end` when the quote is never closed. */
  readonly close: number;
  readonly closed: boolean;
  readonly firstParagraph: number;
  readonly lastParagraph: number;
}

const DOUBLE = QUOTE_MARKS.double;
const SINGLE = QUOTE_MARKS.single;
const DOUBLE_OPEN = new Set(DOUBLE.open);
const DOUBLE_CLOSE = new Set(DOUBLE.close);
const SINGLE_OPEN = new Set(SINGLE.open);
const SINGLE_CLOSE = new Set(SINGLE.close);
const escape = (chars: string): string => chars.replace(/[-\]\\^]/g, '\\$&');
const DOUBLE_CHARS = DOUBLE.open + DOUBLE.close + DOUBLE.either;
const SINGLE_CHARS = SINGLE.open + SINGLE.close + SINGLE.either;
const MARK = new RegExp(`[${escape(DOUBLE_CHARS + SINGLE_CHARS)}]`);

const DOUBLE_MARKS = new RegExp(`[${escape(DOUBLE_CHARS)}]`, 'g');
const SINGLE_MARKS = new RegExp(`[${escape(SINGLE_CHARS)}]`, 'g');

/**
 * The quotation marks of a set in a text, found in one pass of the pattern (which skips plain
 * text faster than a character loop): the scan below asks for the next mark again and again,
 * from positions that may step back a paragraph.
 */
class MarkFinder {
  /** Offsets of the marks, ascending. */
  private readonly offsets: Int32Array;

  constructor(text: string, marks: RegExp) {
    const found: number[] = [];
    marks.lastIndex = 0;
    for (let m = marks.exec(text); m !== null; m = marks.exec(text))
      if (!isUnitMark(text, m.index)) found.push(m.index);
    this.offsets = Int32Array.from(found);
  }

  /** Offset of the first mark at or after `from`, or -1. */
  find(from: number): number {
    const offsets = this.offsets;
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < offsets.length ? offsets[lo]! : -1;
  }

  /** Whether a mark lies in `[start, end)`. */
  any(start: number, end: number): boolean {
    const at = this.find(start);
    return at >= 0 && at < end;
  }
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A mark that opens: at the paragraph start or after space/bracket/dash, and before a letter, digit or ellipsis. */
function opensHere(text: string, i: number, paragraphStart: number): boolean {
  const prev = i > paragraphStart ? text[i - 1]! : ' ';
  const next = text[i + 1];
  const prevOk = isSpace(prev.charCodeAt(0)) || '([{—–-:/'.includes(prev);
  return (
    prevOk &&
    (isAlnum(next) ||
      next === '…' ||
      next === '.' ||
      next === '$' ||
      next === '@' ||
      next === '[' ||
      (next !== undefined && SINGLE_OPEN.has(next)) ||
      next === "'")
  );
}

/** A single mark that closes: after a non-space and not followed by a letter (so not `don’t`). */
function closesHere(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return prev !== undefined && !isSpace(prev.charCodeAt(0)) && !isAlnum(next);
}

interface Open {
  open: number;
  start: number;
  firstParagraph: number;
}

interface Pending extends Open {
  lastEnd: number;
  lastParagraph: number;
}

/**
 * Quotation segments of a document, found on `doc.text` directly so a rough tokenizer cannot
 * derail them. Double marks are speech marks when the text has any; otherwise single marks are.
 * Quote state resets at each paragraph: an unclosed quote continues only into a following
 * paragraph that opens with a quote mark (or that closes one before opening any), the
 * multi-paragraph quote convention; otherwise it ends at its own paragraph's end.
 * Curly marks are oriented, except a `”` in opening position, which opens (a mis-set glyph).
 */
export function scanQuoteSegments(doc: Doc): QuoteSegment[] {
  const scanner = new SegmentScanner(doc);
  for (const p of doc.paragraphs) scanner.paragraph(p);
  const out = scanner.finish();
  const marked = scanner.doubleMode ? withGuillemets(doc, out) : out;
  const blocks = indentedBlocks(doc, marked);
  return blocks.length === 0 ? marked : [...marked, ...blocks].sort((a, b) => a.open - b.open);
}

/** Least indentation of a block quotation's paragraph (`    The fault beneath …`), in spaces; a tab counts as enough. */
const BLOCK_INDENT = 2;

/** How far a paragraph's first line is indented: spaces before `start` on its line, a tab counting as a block's. */
function indentOf(text: string, start: number): number {
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) return 0;
  return text.slice(k, start).includes('\t') ? BLOCK_INDENT : start - k;
}

/**
 * Block quotations without marks: an indented paragraph right after a paragraph that hands over
 * with a colon (`Mrs Marrow told the review:` / `    We stood on the church steps …`), and the
 * indented paragraphs that follow it. Each block is one segment with no marks (its `open` is its
 * start, unclosed), linked to the cue before its colon like a quotation opening a paragraph.
 */
function indentedBlocks(doc: Doc, marked: readonly QuoteSegment[]): QuoteSegment[] {
  const blocks: QuoteSegment[] = [];
  const { text, paragraphs } = doc;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const before = paragraphs[i - 1]!;
    // (Indented beyond the paragraph before: a text that indents every paragraph sets off no block.)
    const indent = indentOf(text, p.start);
    if (indent < indentOf(text, before.start) + BLOCK_INDENT || !before.text.trimEnd().endsWith(':')) continue;
    if (MARK.test(p.text[0]!) || marked.some((seg) => seg.start < p.end && seg.end > p.start && seg.open <= p.start))
      continue;
    let last = i;
    while (last + 1 < paragraphs.length && indentOf(text, paragraphs[last + 1]!.start) >= indent) last++;
    const end = paragraphs[last]!.start + paragraphs[last]!.text.trimEnd().length;
    blocks.push({
      open: p.start,
      start: p.start,
      end,
      close: end,
      closed: false,
      firstParagraph: i,
      lastParagraph: last,
    });
    i = last;
  }
  return blocks;
}

/** The quote state carried from paragraph to paragraph while `scanQuoteSegments` reads them in order. */
class SegmentScanner {
  readonly doubleMode: boolean;
  private readonly text: string;
  private readonly marks: MarkFinder;
  private readonly out: QuoteSegment[] = [];
  /** A quotation left open at the end of the paragraph before, which may run on. */
  private pending: Pending | null = null;

  constructor(private readonly doc: Doc) {
    const text = doc.text;
    this.text = text;
    const doubles = new MarkFinder(text, DOUBLE_MARKS);
    this.doubleMode = doubles.find(0) >= 0;
    this.marks = this.doubleMode ? doubles : new MarkFinder(text, SINGLE_MARKS);
  }

  /** Reads one paragraph's marks, emitting the segments that close in it. */
  paragraph(p: Paragraph): void {
    const carried = this.carriedInto(p);
    let cur = carried.cur;
    for (let i = this.marks.find(carried.from); i >= 0 && i < p.end; i = this.marks.find(i + 1))
      cur = this.doubleMode ? this.doubleMark(cur, i, p) : this.singleMark(cur, i, p);
    // Only a quotation opened where speech opens (paragraph start, after a colon, comma or sentence end) may run on.
    if (cur && opensSpeech(this.text, cur.open, p.start))
      this.pending = { ...cur, lastEnd: p.end, lastParagraph: p.index };
    else if (cur) this.emit(cur, p.end, p.end, false, p.index);
    else this.pending = null;
  }

  finish(): QuoteSegment[] {
    const pending = this.pending;
    if (pending) this.emit(pending, pending.lastEnd, pending.lastEnd, false, pending.lastParagraph);
    this.pending = null;
    return this.out;
  }

  /**
   * The quotation open as paragraph `p` starts, and where its marks are read from: the pending
   * quotation when `p` continues it (past its opening mark), else none (the pending one is
   * emitted unclosed); or one whose opening mark was lost.
   */
  private carriedInto(p: Paragraph): { cur: Open | null; from: number } {
    const { text, marks, doubleMode } = this;
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      const first = text[p.start]!;
      const opensWithMark = doubleMode
        ? DOUBLE_CHARS.includes(first)
        : SINGLE_OPEN.has(first) || first === SINGLE.either;
      if (opensWithMark) return { cur: pending, from: p.start + 1 };
      if (
        closesBeforeOpening(text, p.start, p.end, marks, doubleMode) ||
        bridgesToClose(this.doc, p.index, marks, doubleMode)
      )
        return { cur: pending, from: p.start };
      this.emit(pending, pending.lastEnd, pending.lastEnd, false, pending.lastParagraph);
      return { cur: null, from: p.start };
    }
    const out = this.out;
    if (
      out.length > 0 &&
      out[out.length - 1]!.lastParagraph === p.index - 1 &&
      closesBeforeOpening(text, p.start, p.end, marks, doubleMode)
    )
      // A paragraph that closes a quotation it never opened, right after a quoted paragraph: the opening mark was lost.
      return { cur: { open: p.start, start: p.start, firstParagraph: p.index }, from: p.start };
    return { cur: null, from: p.start };
  }

  /** The quotation open after the double mark at `i`. */
  private doubleMark(cur: Open | null, i: number, p: Paragraph): Open | null {
    const c = this.text[i]!;
    const opened = { open: i, start: i + 1, firstParagraph: p.index };
    if (cur && DOUBLE_OPEN.has(c) && closingMarksFor(this.text[cur.open]!).includes(c) && closesHere(this.text, i)) {
      // `„Wir schaffen das“`: the German closing mark is the English opening one.
      this.emit(cur, i, i + 1, true, p.index);
      return null;
    }
    if (DOUBLE_OPEN.has(c)) {
      if (cur) this.emit(cur, i, i, false, p.index);
      return opened;
    }
    if (DOUBLE_CLOSE.has(c)) {
      if (cur) {
        this.emit(cur, i, i + 1, true, p.index);
        return null;
      }
      return opensHere(this.text, i, p.start) ? opened : cur;
    }
    if (c === '"') {
      if (!cur) return opened;
      this.emit(cur, i, i + 1, true, p.index);
      return null;
    }
    return cur;
  }

  /** The quotation open after the single mark at `i`. */
  private singleMark(cur: Open | null, i: number, p: Paragraph): Open | null {
    const c = this.text[i]!;
    if (!cur && (SINGLE_OPEN.has(c) || opensHere(this.text, i, p.start)))
      return { open: i, start: i + 1, firstParagraph: p.index };
    if (cur && !SINGLE_OPEN.has(c) && closesHere(this.text, i)) {
      this.emit(cur, i, i + 1, true, p.index);
      return null;
    }
    return cur;
  }

  /** A segment from `o` to `end` (trimmed), unless it holds nothing. */
  private emit(o: Open, end: number, close: number, closed: boolean, lastParagraph: number): void {
    const text = this.text;
    let s = o.start;
    let e = end;
    // Skip space and a continuation paragraph's own opening mark.
    while (s < e && (isSpace(text.charCodeAt(s)) || (s > o.start && MARK.test(text[s]!)))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s)
      this.out.push({
        open: o.open,
        start: s,
        end: e,
        close: closed ? close : e,
        closed,
        firstParagraph: o.firstParagraph,
        lastParagraph,
      });
  }
}

/** The single guillemets, which no apostrophe shares: they quote speech even in a text with double marks. */
const SINGLE_GUILLEMETS = /‹([^‹›\n]+)›/g;

/**
 * Curly single marks after a space or colon, closed before a non-letter (not `rock’n’roll`); an
 * apostrophe before a letter may stand inside (`‘the Authority’s own register’`).
 */
const CURLY_SINGLES = /(?<=^|[\s:(—])‘((?:[^‘’\n\r]|’(?=\p{L}))+)’(?!\p{L})/gmu;

/** Straight single marks in the same places as `CURLY_SINGLES` (an apostrophe before a letter may stand inside). */
const STRAIGHT_SINGLES = /(?<=^|[\s:(—])'((?:[^'\n\r]|'(?=\p{L}))+)'(?!\p{L})/gmu;

/** Longest line read as a heading for its single marks. */
const HEADING_LINE_MAX = 120;

/**
 * Single-mark quotations in a text that otherwise uses double marks: a `‹ ›` pair anywhere
 * (`Ruiz added: ‹The storm took everything.›`), and curly single marks on a heading line, as
 * newspapers quote in headlines (`Rebels: ‘No shots from our side’`); each outside every
 * double-mark segment, within its paragraph.
 */
function withGuillemets(doc: Doc, segments: QuoteSegment[]): QuoteSegment[] {
  // British style: single marks quote and double marks nest inside them (`‘“Foreseeable” is an
  // understatement,’ she said`). When curly single pairs outnumber the double-mark segments, each
  // is a quotation and the double-mark segments inside them are not; otherwise only those on a
  // heading line or holding a sentence are.
  const text = doc.text;
  const curly = singleQuotations(doc, '‘', CURLY_SINGLES);
  // Straight single marks count only where they outnumber the double-mark segments (a British-style
  // text typed without curly marks: `'If that is "in advance", I would like to know …'`).
  const straight = curly.length === 0 ? singleQuotations(doc, "'", STRAIGHT_SINGLES) : [];
  const singles = straight.length > segments.length ? straight : curly;
  const british = singles.length > segments.length;
  const outer = british
    ? segments.filter((s) => !singles.some((q) => q.open < s.open && s.close <= q.close))
    : segments;
  const outside = (q: QuoteSegment) => !outer.some((s) => s.open < q.close && q.open < Math.max(s.close, s.end));
  const added = [
    ...singleQuotations(doc, '‹', SINGLE_GUILLEMETS).filter(outside),
    ...singles.filter(
      (q) => outside(q) && (british || onHeadingLine(text, q.open) || speechLike(text, q.open, q.close)),
    ),
  ];
  return added.length === 0 ? outer : [...outer, ...added].sort((a, b) => a.open - b.open);
}

/** Every pair of `pattern` in the text, as a segment within its paragraph. */
function singleQuotations(doc: Doc, opening: string, pattern: RegExp): QuoteSegment[] {
  const text = doc.text;
  const added: QuoteSegment[] = [];
  // Most texts hold no such mark: no pass of the pattern over them.
  if (text.indexOf(opening) < 0) return added;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const open = m.index;
    const close = open + m[0].length;
    let start = open + 1;
    let end = close - 1;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const paragraph = doc.paragraphs.findIndex((p) => p.start <= open && open < p.end);
    if (end > start && paragraph >= 0)
      added.push({ open, start, end, close, closed: true, firstParagraph: paragraph, lastParagraph: paragraph });
  }
  return added;
}

/** Fewest words of a single-mark quotation read as speech in a text that quotes with double marks. */
const SPEECH_LIKE_WORDS = 4;

/**
 * `‘Ilse Maradov is not a bargaining chip,’ she said`: in a text that quotes with double marks, a
 * single-mark pair holding a sentence — a capital first (or a comma before it, the second half of
 * a split quotation), at least four words, a comma or a final mark last — is speech too, unlike a
 * term or a title (`‘temporary guests’`, `‘The Quiet Squeeze’`).
 */
function speechLike(text: string, open: number, close: number): boolean {
  const inner = text.slice(open + 1, close - 1);
  // The second half of a split quotation opens in lower case after its attribution's comma (`’ she said, ‘and …’`).
  let before = open - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  const opensSentence = /^\p{Lu}/u.test(inner) || text[before] === ',';
  return opensSentence && /[,.!?]$/.test(inner) && inner.split(/\s+/).length >= SPEECH_LIKE_WORDS;
}

/** The line holding `at` is a heading: short, and no sentence punctuation closes it. */
function onHeadingLine(text: string, at: number): boolean {
  const line = shortLineAt(text, at, HEADING_LINE_MAX);
  return line !== null && !/[.!?][’”"']?$/.test(line);
}

function opensSpeech(text: string, open: number, paragraphStart: number): boolean {
  let i = open - 1;
  while (i >= paragraphStart && isSpace(text.charCodeAt(i))) i--;
  return i < paragraphStart || ':,.!?—'.includes(text[i]!);
}

/**
 * A quoted paragraph left open, then a paragraph with no marks at all, then one that closes
 * without opening: the middle paragraph is inside the quotation (its marks were lost).
 */
function bridgesToClose(doc: Doc, paragraph: number, marks: MarkFinder, doubleMode: boolean): boolean {
  const p = doc.paragraphs[paragraph]!;
  const next = doc.paragraphs[paragraph + 1];
  if (!next || marks.any(p.start, p.end)) return false;
  return closesBeforeOpening(doc.text, next.start, next.end, marks, doubleMode);
}

function closesBeforeOpening(
  text: string,
  start: number,
  end: number,
  marks: MarkFinder,
  doubleMode: boolean,
): boolean {
  for (let i = marks.find(start); i >= 0 && i < end; i = marks.find(i + 1)) {
    const c = text[i]!;
    if (doubleMode) {
      if (DOUBLE_OPEN.has(c) || c === DOUBLE.either) return false;
      if (DOUBLE_CLOSE.has(c)) return true;
    } else if (SINGLE_OPEN.has(c) || (c === SINGLE.either && opensHere(text, i, start))) {
      // `be 'directly relevant'`: a straight mark after a space opens.
      return false;
    } else if ((SINGLE_CLOSE.has(c) || c === SINGLE.either) && closesHere(text, i)) {
      return true;
    }
  }
  return false;
}
