/**
 * Index of the first item whose start is at or after `at`, in items sorted by
 * start (items.length when there is none). Readers find "the next figure" or
 * "the last date before" this way: a scan of a sentence's figures per figure
 * made long sentences quadratic.
 */
export function firstFrom(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item starting at or before `at` (the sentence holding an offset), or undefined when none does. */
export function lastStartingBy<T extends { start: number }>(items: readonly T[], at: number): T | undefined {
  return items[firstFrom(items, at + 1) - 1];
}

/** The same over sorted offsets. */
export function firstOffsetFrom(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
