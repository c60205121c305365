/**
 * The tag set of the attribution tagger: BIO over the three PolNeAR roles.
 * Cue beats source beats content where gold spans nest (an inner
 * attribution's source and cue sit inside the outer one's content).
 */
export const O = 0
export const B_SOURCE = 1
export const I_SOURCE = 2
export const B_CUE = 3
export const I_CUE = 4
export const B_CONTENT = 5
export const I_CONTENT = 6

export const LABEL_COUNT = 7
/**
 * Row stride of the emission table: 8 rather than 7 so that a feature's
 * weights never straddle a cache line (decoding is bound by memory reads).
 */
export const LABEL_STRIDE = 8
export const LABEL_NAMES = ['O', 'B-source', 'I-source', 'B-cue', 'I-cue', 'B-content', 'I-content'] as const

/** Role of a label: 0 none, 1 source, 2 cue, 3 content. */
export function roleOf(label: number): number {
  return label === O ? 0 : (label + 1) >> 1
}

/** Whether `label` begins a run. */
export function isBegin(label: number): boolean {
  return label !== O && (label & 1) === 1
}
