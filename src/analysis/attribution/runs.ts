/** Token runs: what the grouping step works with. */

/** Roles of runs (as `roleOf` gives them for labels). */
export const SOURCE = 1
export const CUE = 2
export const CONTENT = 3

/** A run of tokens with the same role, `[first, last]` inclusive. */
export interface Run {
  role: number
  first: number
  last: number
}

/** An attribution as token runs. */
export interface RunAttribution {
  cue: Run
  source: Run | null
  content: Run | null
}
