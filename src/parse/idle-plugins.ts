/**
 * Sentence plugins of parse-latin that only act around one character, and
 * are skipped for a text where they cannot.
 *
 * parse-latin runs its sentence plugins over every node of the text (the
 * whole text is one sentence at that stage), each through a generic
 * walker: `mergeInitialWordSymbol` looks for "&" before a word ("&c"),
 * `mergeInnerWordSlash` for "/" between short words ("km/h"),
 * `mergeFinalWordSymbol` for a hyphen that ends a word ("pre- and
 * post-war"). These three walks were about a quarter of the parse, and
 * most news texts give them nothing to do: of the 840 train texts, 795
 * hold no "&", 677 no "/", 496 only hyphens inside words. A node's value is
 * a stretch of the text, so without the character no node can be it, and
 * the skipped plugin would have changed nothing.
 *
 * parse-latin does not export its plugins: they are found in a plugin
 * list by what each does to a probe sentence.
 */
import type {Sentence, SentenceContent} from 'nlcst'

type SentencePlugin = (sentence: Sentence) => void

/** Whether a plugin may change anything in a sentence tokenized from `value`. */
export type MayAct = (value: string) => boolean

/**
 * The probes: a sentence that one plugin of the list (only) merges into a
 * single word, and when that plugin may act at all, given whether a UTF-16
 * code unit is a word character to the tokenizer.
 */
const probes: Array<{nodes: () => SentenceContent[]; mayAct: (isWordCode: (code: number) => boolean) => MayAct}> = [
  // "&" before a word: `mergeInitialWordSymbol`.
  {nodes: () => [{type: 'SymbolNode', value: '&'}, word('c')], mayAct: () => (value) => value.includes('&')},
  // "/" between short words: `mergeInnerWordSlash`.
  {nodes: () => [word('km'), {type: 'SymbolNode', value: '/'}, word('h')], mayAct: () => (value) => value.includes('/')},
  // A hyphen no word follows, after a word ("pre- and post-war"): `mergeFinalWordSymbol`.
  // A hyphen with a word character right after it is followed by a word node,
  // which no earlier plugin turns into anything else.
  {
    nodes: () => [word('pre'), {type: 'PunctuationNode', value: '-'}],
    mayAct: (isWordCode) => (value) => {
      for (let index = value.indexOf('-'); index !== -1; index = value.indexOf('-', index + 1)) {
        if (index + 1 === value.length || !isWordCode(value.charCodeAt(index + 1))) return true
      }

      return false
    }
  }
]

/**
 * For each plugin of `plugins` that only acts around one character, when it
 * may act: found as the one plugin that merges a probe whole. A probe that
 * no plugin or several merge whole marks none.
 */
export function idleWithout(plugins: readonly SentencePlugin[], isWordCode: (code: number) => boolean): Map<SentencePlugin, MayAct> {
  const found = new Map<SentencePlugin, MayAct>()
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
    if (merging.length === 1) found.set(merging[0], probe.mayAct(isWordCode))
  }

  return found
}

function word(value: string): SentenceContent {
  return {type: 'WordNode', children: [{type: 'TextNode', value}]}
}
