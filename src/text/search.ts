/*
 * Binary searches over lists sorted by a position (spans by start, names by offset): every stage
 * that asks "which of these fall in this sentence" asks it in a few steps, so a long document
 * with many of them costs no pass over the whole list per sentence.
 */

/** Index of the last item whose position is at or before `pos` in a list sorted by it, or -1. */
export function lastAtOrBefore<T>(list: readonly T[], pos: number, at: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid]!) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first item whose position is at or after `pos` in a list sorted by it, or the list's length. */
export function firstAtOrAfter<T>(list: readonly T[], pos: number, at: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(list[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where `char` (one code unit) first stands in `text[from, to)`, or -1. Unlike `indexOf`, it stops
 * at `to`: asking for the next semicolon or parenthesis of one sentence must not read on through
 * the rest of a long document.
 */
export function charIndexWithin(text: string, char: string, from: number, to: number): number {
  const code = char.charCodeAt(0);
  for (let k = Math.max(0, from), end = Math.min(to, text.length); k < end; k++)
    if (text.charCodeAt(k) === code) return k;
  return -1;
}
