/** Line breaks as texts come: `\n`, `\r\n` or a lone `\r` (a text is read the same in all three). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/**
 * Where the line holding offset `i` starts: after the last line break before `i`, else 0; looked
 * for no further back than `floor`, where the search stops (a caller that needs only a few
 * characters of the line passes one, so a text without line breaks costs nothing).
 */
export function lineStartAt(text: string, i: number, floor = 0): number {
  let k = i;
  while (k > floor && !isLineBreak(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Where the line holding offset `i` ends: at the first line break from `i`, else the text's end. */
export function lineEndAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && !isLineBreak(text.charCodeAt(k))) k++;
  return k;
}

/** A line break stands in `text[from, to)`: the gap between two words, read without scanning on to the line's end. */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

/** White space as `String.prototype.trim` removes it and `split(/\s+/)` splits at it (`\s`). */
const WHITE = /\s/;

/** The character (one code unit, or a string's first) is white space as `trim` and `\s` read it. */
export function isWhite(char: string): boolean {
  return WHITE.test(char);
}

/**
 * Only white space stands between the start of the line holding `at` (or `floor`, when the line
 * starts before it) and `at`. Reads back over the blank only: asking this for every sentence of a
 * long paragraph would cost a scan to the line's start each time.
 */
export function blankBefore(text: string, at: number, floor = 0): boolean {
  return blankUntilLineBreak(text, at - 1, floor - 1, -1);
}

/** Only white space stands between `at` and the end of its line (or `ceiling`), read forward over the blank only. */
export function blankAfter(text: string, at: number, ceiling = text.length): boolean {
  return blankUntilLineBreak(text, at, ceiling, 1);
}

/** From `from` towards `stop` (excluded) by `step`: white space only, up to a line break or `stop`. */
function blankUntilLineBreak(text: string, from: number, stop: number, step: 1 | -1): boolean {
  for (let k = from; step > 0 ? k < stop : k > stop; k += step) {
    if (isLineBreak(text.charCodeAt(k))) return true;
    if (!isWhite(text[k]!)) return false;
  }
  return true;
}

/**
 * The line holding `at` without its outer white space, or null as soon as it is known to be longer
 * than `max` characters: a test for a short line (a heading) reads about `max` characters on each
 * side of `at`, never the rest of a long paragraph.
 */
export function shortLineAt(text: string, at: number, max: number): string | null {
  if (at >= text.length || isWhite(text[at]!)) {
    const line = text.slice(lineStartAt(text, at), lineEndAt(text, at)).trim();
    return line.length <= max ? line : null;
  }
  let first = at;
  let last = at;
  for (let k = at - 1; k >= 0 && !isLineBreak(text.charCodeAt(k)); k--) {
    if (isWhite(text[k]!)) continue;
    first = k;
    if (last - first >= max) return null;
  }
  for (let k = at + 1; k < text.length && !isLineBreak(text.charCodeAt(k)); k++) {
    if (isWhite(text[k]!)) continue;
    last = k;
    if (last - first >= max) return null;
  }
  return text.slice(first, last + 1);
}
