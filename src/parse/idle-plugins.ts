/**
 * Sentence plugins of parse-latin that only act on one character, and are
 * skipped for a text without it.
 *
 * parse-latin runs its sentence plugins over every node of the text (the
 * whole text is one sentence at that stage), each through a generic
 * walker: `mergeInitialWordSymbol` looks for "&" before a word ("&c"),
 * `mergeInnerWordSlash` for "/" between short words ("km/h"). Walking the
 * text for a character it does not hold was about a sixth of the parse;
 * most news texts hold neither (train: 795 of 840 no "&", 677 no "/").
 * A node's value is a stretch of the text, so without the character no
 * node can be it, and the skipped plugin would have changed nothing.
 *
 * parse-latin does not export its plugins: they are found in a plugin
 * list by what each does to a probe sentence.
 */
import type {Sentence, SentenceContent} from 'nlcst'

type SentencePlugin = (sentence: Sentence) => void

/** The probes: a sentence one plugin of the list (only) merges into a single word, and the character it needs. */
const probes: Array<{character: string; nodes: () => SentenceContent[]}> = [
  {character: '&', nodes: () => [{type: 'SymbolNode', value: '&'}, word('c')]},
  {character: '/', nodes: () => [word('km'), {type: 'SymbolNode', value: '/'}, word('h')]}
]

/**
 * For each plugin of `plugins` that only acts on one character, that
 * character: the one plugin that merges a probe whole. A probe that no
 * plugin or several merge whole marks none.
 */
export function idleWithout(plugins: readonly SentencePlugin[]): Map<SentencePlugin, string> {
  const found = new Map<SentencePlugin, string>()
  for (const probe of probes) {
    const merging = plugins.filter((plugin) => {
      const sentence: Sentence = {type: 'SentenceNode', children: probe.nodes()}
      try {
        plugin(sentence)
      } catch {
        return false
      }

      return sentence.children.length === 1 && sentence.children[0].type === 'WordNode'
    })
    if (merging.length === 1) found.set(merging[0], probe.character)
  }

  return found
}

function word(value: string): SentenceContent {
  return {type: 'WordNode', children: [{type: 'TextNode', value}]}
}
