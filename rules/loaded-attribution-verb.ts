/**
 * `loaded-attribution-verb`: an attribution verb that judges what it reports
 * ("claimed" casts doubt, "admitted" implies guilt, "revealed" implies
 * truth). "Said" lets the reader judge. The verbs and their neutral
 * replacements, tense for tense, are data: `data/lexicons/loaded-verbs.json`.
 */
import {readPackageJson, vouchRule} from '../src/rule.js'

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

const cache = new WeakMap<object, {verbs: Map<string, string>; pattern: RegExp | undefined}>()
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

    found = {verbs, pattern: patternOf(verbs)}
    cache.set(key, found)
  }

  return found
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
  function ({ledger, report, options}) {
    const {verbs, pattern} = compile(options)
    if (!pattern) return
    // A cue like "admits" can reach the ledger as an assertion and as a
    // confirmation at once: the verb is loaded either way, reported once.
    const seen = new Set<number>()
    for (const stance of ledger.stances) {
      if (stance.kind !== 'asserts' && stance.kind !== 'confirms') continue
      pattern.lastIndex = 0
      const match = pattern.exec(stance.cue.text)
      if (!match) continue
      const actual = match[0]
      const neutral = verbs.get(normalise(actual))
      if (!neutral) continue
      const expected = matchCase(neutral, actual)
      const start = stance.cue.start + match.index
      if (seen.has(start)) continue
      seen.add(start)
      report(
        'Loaded attribution verb “' + actual + '”: use “' + expected + '”, which does not judge what is reported',
        {start, end: start + actual.length},
        {expected: [expected], actual}
      )
    }
  }
)

export default loadedAttributionVerb
