/**
 * The party lexicons are data: they load, they say what the kinds are, and
 * the code that reads them names no country, capital or outlet itself.
 */
import fs from 'node:fs'
import {describe, expect, test} from 'vitest'
import {partyLexicons} from '../../src/analysis/parties/lexicons.js'
import {nameKey} from '../../src/analysis/parties/normalize.js'

describe('party lexicons', () => {
  const lex = partyLexicons()

  test.each([
    ['KCNA', 'state-media'],
    ['Korean Central News Agency', 'state-media'],
    ['TASS', 'state-media'],
    ['Yonhap', 'news-agency'],
    ['Reuters', 'news-agency'],
    ['Pyongyang', 'government'],
    ['Moscow', 'government'],
    ['the Kremlin', 'government'],
    ['NIS', 'government'],
    ['The Washington Post', 'publication'],
    ['Human Rights Watch', 'organization']
  ])('%s is %s', (name, kind) => {
    expect(lex.entities.get(nameKey(name))?.kind).toBe(kind)
  })

  test('a capital and its country are one entity', () => {
    expect(lex.entities.get(nameKey('Pyongyang'))).toBe(lex.entities.get(nameKey('North Korea')))
    expect(lex.entities.get(nameKey('Moscow'))).toBe(lex.entities.get(nameKey('Russia')))
  })

  test('acronyms keep their case: "US" is a country, "us" is not', () => {
    expect(lex.entities.get(nameKey('US'))?.kind).toBe('government')
    expect(lex.entities.get(nameKey('U.S.'))?.kind).toBe('government')
    expect(lex.entities.get(nameKey('us'))).toBeUndefined()
  })

  test('the party code names no entity of the lexicons outside comments', () => {
    const dir = new URL('../../src/analysis/parties/', import.meta.url)
    const names = [...new Set([...lex.entities.values()].map((entry) => entry.canonical))].filter((name) => name.length >= 4)
    for (const file of fs.readdirSync(dir)) {
      const code = fs
        .readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
      const literals = code.match(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g) ?? []
      for (const literal of literals) {
        for (const name of names) expect(literal.includes(name), file + ': ' + literal).toBe(false)
      }
    }
  })
})
