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
