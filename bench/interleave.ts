/**
 * Timing several ways of processing the same texts, taking turns document by
 * document (or in larger blocks: `bench:speed` takes whole-corpus turns).
 *
 * On a machine shared with other tenants the load moves from minute to
 * minute (the bare parse alone has taken 0.45–0.92 s for the same texts
 * within an hour here), so timing each side in a block of its own compares
 * one minute's load with another's. Running every side on a document before
 * moving to the next lets the load hit them alike; the best of several
 * rounds is kept per side.
 *
 * Document by document is fair between like sides (two builds of the lint),
 * not between unlike ones:
 * a short bare parse run right after the lint starts on caches the lint
 * filled, and the lint right after the parse finds the text warm. Against
 * the bare parse this flatters the lint by a fifth (see bench/speed.ts).
 */
import {performance} from 'node:perf_hooks'

export interface Side {
  name: string
  run: (text: string) => unknown
}

/**
 * Best-of-`rounds` seconds per side (in the order given), after a warm-up on
 * the first 50 texts. The sides take turns every `block` texts: one by
 * default, the whole corpus for rounds of each side in turn.
 */
export function interleave(sides: Side[], texts: string[], rounds: number, block = 1): number[] {
  // Warm up (model loading, lazily read lexicons, JIT) before timing.
  for (const side of sides) for (const text of texts.slice(0, 50)) side.run(text)

  const best = sides.map(() => Infinity)
  for (let round = 0; round < rounds; round++) {
    const spent = sides.map(() => 0)
    for (let first = 0; first < texts.length; first += block) {
      const chunk = texts.slice(first, first + block)
      for (const [index, side] of sides.entries()) {
        const start = performance.now()
        for (const text of chunk) side.run(text)
        spent[index] += performance.now() - start
      }
    }

    spent.forEach((ms, index) => (best[index] = Math.min(best[index], ms / 1000)))
  }

  return best
}
