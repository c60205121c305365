/**
 * `loaded-attribution-verb`: an attribution verb that judges what it reports
 * ("claimed" casts doubt, "admitted" implies guilt, "revealed" implies
 * truth). "Said" lets the reader judge. The verbs and their neutral
 * replacements, tense for tense, are data: `data/lexicons/loaded-verbs.json`.
 */
import type {Span} from '../src/analysis/types.js'
import {partyName, readPackageJson, vouchRule} from '../src/rule.js'

export interface Options {
  /** More loaded forms and their neutral replacements (`{"slammed": "criticised"}`), or `null` to drop one. */
  verbs?: Record<string, string | null>
}

interface LoadedVerbsFile {
  description: string
  verbs: Record<string, string>
}

let lexicon: Map<string, string> | undefined

/** The shipped lexicon, read once. */
function loadedVerbs(): Map<string, string> {
  if (!lexicon) {
    const file = readPackageJson<LoadedVerbsFile>('data/lexicons/loaded-verbs.json')
    lexicon = new Map(Object.entries(file.verbs).map(([form, neutral]) => [normalise(form), neutral]))
  }

  return lexicon
}

function normalise(form: string): string {
  return form.toLowerCase().trim().replace(/\s+/g, ' ')
}

/** One pattern for all forms, longest first so "pointed out" beats a shorter key. */
function patternOf(verbs: Map<string, string>): RegExp | undefined {
  const forms = [...verbs.keys()].sort((a, b) => b.length - a.length)
  if (forms.length === 0) return undefined
  const alternatives = forms.map((form) => form.split(' ').map(escape).join('\\s+'))
  return new RegExp('(?<![\\p{L}\\p{N}])(?:' + alternatives.join('|') + ')(?![\\p{L}\\p{N}])', 'giu')
}

function escape(value: string): string {
  return value.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&')
}

/** Keep the case of the original's first letter ("Claimed" → "Said"). */
function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0)
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

const cache = new WeakMap<object, {verbs: Map<string, string>; phrases: Map<string, RegExp[]>; pattern: RegExp | undefined}>()
const defaults = {}

function compile(options: Options | undefined) {
  const key = options ?? defaults
  let found = cache.get(key)
  if (!found) {
    const verbs = new Map(loadedVerbs())
    for (const [form, neutral] of Object.entries(options?.verbs ?? {})) {
      if (neutral === null) verbs.delete(normalise(form))
      else verbs.set(normalise(form), neutral)
    }

    // Forms of several words, by their first word, longest first: "railed" → /^railed\s+against/.
    const phrases = new Map<string, RegExp[]>()
    for (const form of [...verbs.keys()].sort((a, b) => b.length - a.length)) {
      const words = form.split(' ')
      if (words.length === 1) continue
      const list = phrases.get(words[0]) ?? []
      list.push(new RegExp('^' + words.map(escape).join('\\s+') + '(?![\\p{L}\\p{N}])', 'iu'))
      phrases.set(words[0], list)
    }

    found = {verbs, phrases, pattern: patternOf(verbs)}
    cache.set(key, found)
  }

  return found
}

/**
 * The loaded form at the cue's verb (as the analysis found it): the verb
 * with the words after it ("railed against"), or the verb alone
 * ("claimed"). No search of the cue: the analysis says where its verb is.
 */
function formAt(cue: Span, verb: Span, verbs: Map<string, string>, phrases: Map<string, RegExp[]>): string | undefined {
  const word = normalise(verb.text)
  const rest = cue.text.slice(verb.start - cue.start)
  for (const phrase of phrases.get(word) ?? []) {
    const match = phrase.exec(rest)
    if (match) return match[0]
  }

  return verbs.has(word) ? verb.text : undefined
}

const loadedAttributionVerb = vouchRule<Options>(
  {
    id: 'loaded-attribution-verb',
    severity: 'warn',
    description: 'An attribution verb that judges what it reports ("claimed", "admitted", "revealed")',
    options: {
      verbs: {
        type: 'object',
        additionalProperties: {type: ['string', 'null']},
        description: 'More loaded forms and their neutral replacements, or `null` to drop one'
      }
    }
  },
  function ({ledger, view, report, options}) {
    const {verbs, phrases, pattern} = compile(options)
    if (!pattern) return
    // A cue like "admits" can reach the ledger as an assertion and as a
    // confirmation at once: the verb is loaded either way, reported once.
    const seen = new Set<number>()
    for (const stance of ledger.stances) {
      if (stance.kind !== 'asserts' && stance.kind !== 'confirms') continue
      // The analysis says where the cue's verb is, and when the cue does not
      // report through a verb in its reporting sense ("his claim",
      // "claimed responsibility"): then there is nothing to judge.
      if (stance.verb === null) continue
      let actual: string | undefined
      let start: number
      if (stance.verb) {
        actual = formAt(stance.cue, stance.verb, verbs, phrases)
        start = stance.verb.start
      } else {
        // A ledger built elsewhere, with no verb read: search the cue.
        pattern.lastIndex = 0
        const match = pattern.exec(stance.cue.text)
        actual = match?.[0]
        start = stance.cue.start + (match?.index ?? 0)
      }

      if (!actual) continue
      const neutral = verbs.get(normalise(actual))
      if (!neutral) continue
      const expected = matchCase(neutral, actual)
      const place = {start, end: start + actual.length}
      // Inside a quotation the words are the speaker's, not the writer's.
      if (seen.has(start) || view.isQuoted(place)) continue
      seen.add(start)
      const who = partyName(view.party(stance.party), stance)
      report(
        'Loaded attribution verb “' + actual + '”' + (who ? ' for ' + who : '') + ': use “' + expected + '”, which does not judge what is reported',
        place,
        {expected: [expected], actual}
      )
    }
  }
)

export default loadedAttributionVerb
