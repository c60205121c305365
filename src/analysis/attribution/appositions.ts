/**
 * Subjects with appositions, which the tagger tends to cut: a long one
 * before the source, a name after it.
 */
import type {Document} from '../document.js'
import {SOURCE, type RunAttribution} from './runs.js'
import {isCapitalised} from './frames.js'

/**
 * The tagger sometimes loses a long apposition: "Jonah Leff, [head of …,
 * which] [traces …, including Russia’s war on Ukraine,]S told …" gives a
 * source that is only the apposition's tail. When the sentence opens with
 * a name and a comma, and nothing between that comma and the source belongs
 * to another attribution, the source is the whole subject (as PolNeAR
 * annotates it: name, apposition and all).
 */
export function absorbAppositions(doc: Document, result: RunAttribution[], claimed: Uint8Array): void {
  const tokens = doc.tokens
  const used = new Uint8Array(tokens.length)
  for (const attribution of result) {
    const content = attribution.content
    if (content) used.fill(1, content.first, content.last + 1)
  }

  for (const attribution of result) {
    const source = attribution.source
    if (!source || source.last >= attribution.cue.first) continue
    const start = doc.sentences[tokens[source.first].sentence].firstToken
    // "Jonah Leff ,": one to four capitalised words and a comma.
    let comma = start
    while (comma < source.first && tokens[comma].kind === 'word' && isCapitalised(tokens[comma].text)) comma++
    if (comma === start || comma - start > 4 || comma >= source.first - 1 || tokens[comma].text !== ',') continue
    // Only an apposition the tagger dropped: at least three words, none
    // claimed by another attribution.
    let free = true
    for (let i = comma + 1; i < source.first && free; i++) if (claimed[i] !== 0 || used[i] !== 0) free = false
    if (!free || source.first - comma < 4) continue
    // A real subject opens with a capital, a determiner or a pronoun; a run
    // that opens with any other lower-case word is a tail ("traces weapons"),
    // and so is a relative clause after the opening name ("Jonah Leff, head
    // of CAR, which traces weapons …, told": "which" is CAR, not the speaker).
    const opener = tokens[source.first]
    if (opener.kind !== 'word' || isCapitalised(opener.text) || SUBJECT_OPENERS.has(opener.lower)) continue
    attribution.source = {role: SOURCE, first: start, last: source.last}
  }
}

const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many',
  'most', 'several', 'two', 'three', 'both', 'all', 'other', 'another', 'one', 'he', 'she', 'they', 'we', 'i', 'you',
  'it', 'who', 'officials', 'critics', 'experts', 'analysts', 'aides', 'sources', 'people'
])

/**
 * "The bus company, Coastline Coaches, denied …", "The company's owner, X
 * Ltd, said …": a name set off by commas between the source and its cue
 * names the source. The tagger stops at the first comma and leaves the
 * source its common noun; PolNeAR marks the apposition as part of the
 * source, and the parties pass then names the party by it.
 */
export function absorbNamingAppositions(doc: Document, result: RunAttribution[]): void {
  const tokens = doc.tokens
  for (const attribution of result) {
    const source = attribution.source
    if (!source) continue
    const comma = source.last + 1
    if (tokens[comma]?.text !== ',' || !tokens[comma + 1] || !isCapitalised(tokens[comma + 1].text)) continue
    let last = comma + 1
    while (last + 1 < tokens.length && last - comma < MAX_NAME && (isCapitalised(tokens[last + 1].text) || NAME_JOINERS.has(tokens[last + 1].text))) last++
    // The name must be closed by a comma right before the cue.
    if (tokens[last + 1]?.text !== ',' || last + 2 !== attribution.cue.first) continue
    if (tokens[source.first].sentence !== tokens[last].sentence) continue
    attribution.source = {...source, last}
  }
}

/** Words a name may hold between its capitalised ones ("Marks & Spencer"). */
const NAME_JOINERS = new Set(['&', 'of', 'and', 'de', '-'])
const MAX_NAME = 6
