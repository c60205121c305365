/**
 * A small pattern language over words, so that status phrases live in data
 * files a user can read and extend (`data/lexicons/status.json`):
 *
 * - elements are separated by spaces; `a|b|c` is a choice of word forms;
 * - `@name` is a word class of the lexicon;
 * - a trailing `?` makes an element optional;
 * - `*N` skips up to N words (never punctuation);
 * - `NEG` is a negation: `not`/`never` (after an optional auxiliary),
 *   a contraction (`didn't`, `won't`) or `cannot`;
 * - `$` matches where the clause ends (punctuation or the sentence end).
 *
 * Patterns are compiled once; each is indexed by one *anchor* word element
 * (the last required one, which is usually the rarest word), so matching a
 * document is a map look-up per token and a short check around hits.
 */

export type Element =
  | {type: 'word'; words: Set<string>; optional: boolean}
  | {type: 'neg'; optional: boolean}
  | {type: 'skip'; max: number}
  | {type: 'end'}

export interface Pattern<Info> {
  source: string
  elements: Element[]
  /** Index of the anchor element in `elements`. */
  anchor: number
  info: Info
}

/** A match: token range `[first, last]` (inclusive). */
export interface PatternMatch<Info> {
  first: number
  last: number
  pattern: Pattern<Info>
}

/** The words and shape of the text a pattern runs on (one sentence at a time). */
export interface WordView {
  /** Normalised lower-case word forms (curly apostrophes straightened), per token. */
  keys: string[]
  /** Whether each token is a word (not punctuation or a symbol). */
  isWord: boolean[]
}

const negationWords = new Set(['not', 'never', 'cannot'])
const negatableAuxiliaries = new Set([
  'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'s", "'ve", "'d"
])

/** Whether a normalised word is a negative contraction (`didn't`, `won't`). */
export function isNegativeContraction(key: string): boolean {
  return key.endsWith("n't") || key === 'cannot'
}

const quoteMarks = new Set(['"', "'", "''", '\u201c', '\u201d', '``'])

/** `*N` skips words and quotation marks ("no ''direct evidence''"), never other punctuation. */
function skippable(view: WordView, index: number): boolean {
  return view.isWord[index] || quoteMarks.has(view.keys[index])
}

/** Compile one pattern; `classes` resolves `@name`. Throws on unknown classes (a typo in a data file should be loud). */
export function compilePattern<Info>(
  source: string,
  classes: Record<string, string[]>,
  info: Info
): Pattern<Info> {
  const elements: Element[] = []
  for (const raw of source.trim().split(/\s+/)) {
    if (raw === '$') {
      elements.push({type: 'end'})
      continue
    }

    const skip = /^\*(\d+)$/.exec(raw)
    if (skip) {
      elements.push({type: 'skip', max: Number(skip[1])})
      continue
    }

    const optional = raw.length > 1 && raw.endsWith('?')
    const body = optional ? raw.slice(0, -1) : raw
    if (body === 'NEG') {
      elements.push({type: 'neg', optional})
      continue
    }

    const words = new Set<string>()
    for (const choice of body.split('|')) {
      if (choice.startsWith('@')) {
        const members = classes[choice.slice(1)]
        if (!members) throw new Error('vouch: unknown word class `' + choice + '` in pattern `' + source + '`')
        for (const member of members) words.add(normaliseWord(member))
      } else {
        words.add(normaliseWord(choice))
      }
    }

    elements.push({type: 'word', words, optional})
  }

  let anchor = -1
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]
    if (element.type === 'word' && !element.optional) {
      anchor = index
      break
    }
  }

  if (anchor === -1) throw new Error('vouch: pattern `' + source + '` needs at least one required word')
  return {source, elements, anchor, info}
}

/** Lower-case a word and straighten apostrophes, as the matcher sees it. */
export function normaliseWord(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
}

/** Index patterns by their anchor words. */
export function indexPatterns<Info>(patterns: Array<Pattern<Info>>): Map<string, Array<Pattern<Info>>> {
  const index = new Map<string, Array<Pattern<Info>>>()
  for (const pattern of patterns) {
    const anchor = pattern.elements[pattern.anchor]
    if (anchor.type !== 'word') continue
    for (const word of anchor.words) {
      let list = index.get(word)
      if (!list) {
        list = []
        index.set(word, list)
      }

      list.push(pattern)
    }
  }

  return index
}

/**
 * Try `pattern` with its anchor at token `at`, within tokens `[first, end)`
 * (a sentence). Returns the match or `null`.
 */
export function matchAt<Info>(
  view: WordView,
  pattern: Pattern<Info>,
  at: number,
  first: number,
  end: number
): PatternMatch<Info> | null {
  const {elements, anchor} = pattern
  const last = forward(anchor + 1, at + 1)
  if (last < 0) return null
  const start = backward(anchor - 1, at - 1)
  if (start < 0) return null
  return {first: start, last, pattern}

  /** Match elements[k…] from token `pos`; returns the last matched token, or -1. */
  function forward(k: number, pos: number): number {
    if (k === elements.length) return pos - 1
    const element = elements[k]
    switch (element.type) {
      case 'word': {
        if (pos < end && element.words.has(view.keys[pos])) {
          const result = forward(k + 1, pos + 1)
          if (result >= 0) return result
        }

        return element.optional ? forward(k + 1, pos) : -1
      }

      case 'neg': {
        if (pos < end) {
          const key = view.keys[pos]
          if (negatableAuxiliaries.has(key) && pos + 1 < end && negationWords.has(view.keys[pos + 1])) {
            const result = forward(k + 1, pos + 2)
            if (result >= 0) return result
          }

          if (negationWords.has(key) || isNegativeContraction(key)) {
            const result = forward(k + 1, pos + 1)
            if (result >= 0) return result
          }
        }

        return element.optional ? forward(k + 1, pos) : -1
      }

      case 'skip': {
        for (let count = 0; count <= element.max; count++) {
          if (count > 0 && (pos + count - 1 >= end || !skippable(view, pos + count - 1))) break
          const result = forward(k + 1, pos + count)
          if (result >= 0) return result
        }

        return -1
      }

      case 'end': {
        return pos >= end || !view.isWord[pos] ? forward(k + 1, pos) : -1
      }
    }
  }

  /** Match elements[…k] leftwards from token `pos`; returns the first matched token, or -1. */
  function backward(k: number, pos: number): number {
    if (k < 0) return pos + 1
    const element = elements[k]
    switch (element.type) {
      case 'word': {
        if (pos >= first && element.words.has(view.keys[pos])) {
          const result = backward(k - 1, pos - 1)
          if (result >= 0) return result
        }

        return element.optional ? backward(k - 1, pos) : -1
      }

      case 'neg': {
        if (pos >= first) {
          const key = view.keys[pos]
          if (negationWords.has(key)) {
            if (pos - 1 >= first && negatableAuxiliaries.has(view.keys[pos - 1])) {
              const result = backward(k - 1, pos - 2)
              if (result >= 0) return result
            }

            const result = backward(k - 1, pos - 1)
            if (result >= 0) return result
          } else if (isNegativeContraction(key)) {
            const result = backward(k - 1, pos - 1)
            if (result >= 0) return result
          }
        }

        return element.optional ? backward(k - 1, pos) : -1
      }

      case 'skip': {
        for (let count = 0; count <= element.max; count++) {
          if (count > 0 && (pos - count + 1 < first || !skippable(view, pos - count + 1))) break
          const result = backward(k - 1, pos - count)
          if (result >= 0) return result
        }

        return -1
      }

      case 'end': {
        return pos < first || !view.isWord[pos] ? backward(k - 1, pos) : -1
      }
    }
  }
}
