/** Line breaks as texts come: `\n`, `\r\n` or a lone `\r` (a text is read the same in all three). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Where the line holding offset `i` starts: after the last line break before `i`, else 0. */
export function lineStartAt(text: string, i: number): number {
  let k = i;
  while (k > 0 && !isLineBreak(text.charCodeAt(k - 1))) k--;
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
