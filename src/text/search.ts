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
