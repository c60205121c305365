import {describe, expect, it} from 'vitest'
import {ParseEnglish} from 'parse-english'
import {NewsEnglish} from '../../src/parse/english.js'
import {splitAfterNumberStops} from '../../src/parse/number-stops.js'
import {joinAfterNumberAbbreviations} from '../../src/parse/abbreviation-stops.js'
import {breakImplicitSentences, withImplicitBreaks} from '../../src/parse/implicit-breaks.js'
import {idleWithout} from '../../src/parse/idle-plugins.js'

/** parse-english with vouch's two sentence-end plugins, but parse-latin's own tokenizer and blank-line breaks. */
class Reference extends ParseEnglish {}
Reference.prototype.tokenizeParagraphPlugins = [...ParseEnglish.prototype.tokenizeParagraphPlugins, splitAfterNumberStops, joinAfterNumberAbbreviations]

const texts = [
  'Jonah Leff, head of Conflict Armament Research, told the council on Wednesday that “this is the first public evidence.”',
  'Line one\r\nline two\rline three\n\nA new paragraph — with a dash… and 😀 emoji, café, naïve.',
  "Mr. Smith's U.S.-based firm said: \"We'll see.\"\n\n\n  Indented after blank lines.\r\n\r\nCRLF blank line.",
  'Headline without a stop\n\nBody text starts here. And ends here.',
  '\u00A0leading no-break space, \u2028line separator, tab\there, symbols $5 & 10% #tag @user a/b',
  'Lone surrogates \uD83D and \uDE00, repeated punctuation !!! ??? ... ---, __init__'
]

describe('NewsEnglish parser', () => {
  it('tokenizes exactly as parse-latin does', () => {
    for (const text of texts) {
      expect(new NewsEnglish().tokenize(text)).toEqual(ParseEnglish.prototype.tokenize.call(new ParseEnglish(), text))
    }
  })

  it('parses exactly as parse-english with the same plugins', () => {
    for (const text of texts) expect(new NewsEnglish().parse(text)).toEqual(new Reference().parse(text))
  })

  it('uses its own blank-line sentence break instead of parse-latin’s', () => {
    expect(NewsEnglish.prototype.tokenizeParagraphPlugins).toContain(breakImplicitSentences)
    expect(NewsEnglish.prototype.tokenizeParagraphPlugins).toHaveLength(ParseEnglish.prototype.tokenizeParagraphPlugins.length + 2)
  })

  it('leaves a plugin list alone when no plugin breaks at blank lines', () => {
    const plugins = [splitAfterNumberStops]
    expect(withImplicitBreaks(plugins)).toBe(plugins)
  })

  it('knows when the sentence plugins for "&", "/" and a final hyphen may act', () => {
    const isWordCode = (code: number) => /[\p{L}\p{N}]/u.test(String.fromCharCode(code))
    const idle = [...idleWithout(ParseEnglish.prototype.tokenizeSentencePlugins, isWordCode).values()]
    expect(idle).toHaveLength(3)
    const acting = (value: string) => idle.map((mayAct) => mayAct(value))
    expect(acting('Smith & Wesson')).toEqual([true, false, false])
    expect(acting('km/h and well-known')).toEqual([false, true, false])
    expect(acting('pre- and post-war')).toEqual([false, false, true])
    expect(acting('ends with a hyphen-')).toEqual([false, false, true])
    // Texts where each may act or not parse as parse-english parses them.
    for (const text of ['Smith & Wesson said km/h.', 'Smith and Wesson said km per hour.', 'A & B', 'w/ love', 'pre- and post-war', 'well-known, long-term', 'a - b', 'x-']) {
      expect(new NewsEnglish().parse(text)).toEqual(new Reference().parse(text))
    }
  })

  it('runs every sentence plugin when the list has extensions', () => {
    const parser = new NewsEnglish()
    // An extension that makes an "&" the text does not hold: the plugin that merges it must still run.
    const ampersand: (typeof parser.tokenizeSentencePlugins)[number] = (sentence) => {
      sentence.children = [{type: 'SymbolNode', value: '&'}, {type: 'WordNode', children: [{type: 'TextNode', value: 'c'}]}]
    }
    parser.tokenizeSentencePlugins = [ampersand, ...parser.tokenizeSentencePlugins]
    const sentence = parser.tokenizeSentence('No ampersand here')
    expect(sentence.children).toHaveLength(1)
    expect(sentence.children[0].type).toBe('WordNode')
  })
})
