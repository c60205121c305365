/**
 * Binary search over anything sorted: spans, sightings, claims, sentences.
 * The many sorted lists of the analysis and the formats are searched one
 * way, by the one loop here.
 */

/**
 * The first index in `[0, count)` at which `before` is false (`count` if it
 * never is). `before` must hold for a prefix of the indices and fail for the
 * rest, as "item `index` sorts before the value sought" does on a sorted
 * list; the last index where it holds is the result minus one.
 */
export function firstIndex(count: number, before: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }

  return low
}
