import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {findQuotations} from '../../src/analysis/attribution/index.js'

function found(text: string) {
  return findQuotations(buildDocument(parseEnglish(text), text))
}

function quotations(text: string) {
  return found(text).map((quotation) => quotation.text)
}

/** The quotations that hold someone's words (not terms). */
function statements(text: string) {
  return found(text)
    .filter((quotation) => !quotation.term)
    .map((quotation) => quotation.text)
}

describe('pairing quotation marks', () => {
  it('pairs curly and straight double quotes', () => {
    expect(quotations('She said: “We will win.” He said: "We will not."')).toEqual(['“We will win.”', '"We will not."'])
  })

  it('reads two apostrophes as a quotation mark both ways (the New York Times’ style), also closing on a figure', () => {
    expect(quotations("''We will not back down,'' the mayor said. ''Nobody expected it.'' Her slogan was ''No. 1'' for years.")).toEqual([
      "''We will not back down,''",
      "''Nobody expected it.''",
      "''No. 1''"
    ])
  })

  it('closes a quotation within a quotation and its own at once', () => {
    expect(quotations("''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said.")).toEqual([
      "''She'd look at me and say, 'What did he mean by that?'''"
    ])
  })

  it('reads a straight mark by the space around it, and mends a curly one set the wrong way', () => {
    // Straight marks that only alternated would pair "leaves. " with "The".
    expect(quotations('He said "it leaves. "The rest stays," she said.')).toEqual(['"it leaves. "The rest stays,"'])
    expect(quotations('The rate for young people is “51 percent.“\n\nThat was the claim.')).toEqual(['“51 percent.“'])
    // A closing mark that opens its paragraph opens.
    expect(quotations('The vote is on Saturday.\n\n” … in Ohio, the race was settled weeks ago,” wrote Time magazine. “The race is over.”')).toEqual([
      '” … in Ohio, the race was settled weeks ago,”',
      '“The race is over.”'
    ])
  })

  it('takes the paragraphs of a running quotation for one quotation, reopened or continued', () => {
    // Copy that runs a quotation's paragraphs into one reopens it at each.
    const reopened = 'Mr Dein said: "Listing would be one option. "We want to be in the best financial health." The club declined to comment.'
    expect(quotations(reopened)).toEqual(['"Listing would be one option. "We want to be in the best financial health."'])
    expect(found(reopened)[0].segments).toHaveLength(2)
    const continued = 'The talks collapsed.\n\n“We will not negotiate under fire.”\n\nShe said: “First part.\n\n“Second part,” she added. He said “never'
    expect(quotations(continued)).toEqual(['“We will not negotiate under fire.”', '“First part.\n\n“Second part,”', '“never'])
  })

  it('opens a quotation of its own at a transcript’s next speaker’s label, where it would continue or reopen one', () => {
    expect(quotations('Transcript as follows:\n\n"HOLT: Governor, you knew. Listen.\n\n"OKAFOR: I feel a great deal of sympathy."')).toEqual([
      '"HOLT: Governor, you knew. Listen.',
      '"OKAFOR: I feel a great deal of sympathy."'
    ])
    expect(found('"HOLT: You knew. "MS. OKAFOR: I did not."').map((quotation) => quotation.segments.length)).toEqual([1, 1])
  })

  it('starts a quotation that only closes at its sentence, and says so', () => {
    const [quotation] = found('The report called it a cursory review of [his] systems" including his heart.')
    expect(quotation.text).toBe('The report called it a cursory review of [his] systems"')
    expect(quotation.unopened).toBe(true)
  })

  it('leaves inch marks, markup and a stray doubled mark alone', () => {
    expect(quotations('Trump is 6\'3" tall and weighs 236 pounds.')).toEqual([])
    expect(quotations('<tweet author="The Mayor" date="May 3">We won.</tweet>')).toEqual([])
    expect(quotations('"“You don’t win by how many states you win,” Rubio said before adding more."')).toEqual(['"“You don’t win by how many states you win,”'])
  })

  it('pairs British single quotes, and leaves apostrophes and possessives alone', () => {
    expect(quotations("'We will not negotiate under fire,' the minister said. The players' union met in the '90s.")).toEqual([
      "'We will not negotiate under fire,'"
    ])
    expect(quotations("The mayor's plan, the 'big idea', failed.")).toEqual(["'big idea'"])
  })

  it('takes a quotation within a quotation for the speaker’s own words', () => {
    expect(quotations('“He told me ‘never again’ and left,” she said.')).toEqual(['“He told me ‘never again’ and left,”'])
    expect(quotations("'He called it \"a disgrace\" on air,' she said.")).toEqual(["'He called it \"a disgrace\" on air,'"])
  })
})

describe('terms and statements', () => {
  it('takes titles, names after "so-called" or "known as", and phrases with no clause for terms', () => {
    const text =
      'Her book “A Choice, Not an Echo” sold well. He hosts “The Nightly Show with Larry Wilmore.” ' +
      'The so-called “peace dividend” never came, and the scheme known as “Help to Buy” ended. ' +
      'The hashtag #UneBougiePourParis - “a candle for Paris” - trended. ' +
      'The mayor said “It’s not new in Virginia” and “You’re No Match for Us!”'
    expect(statements(text)).toEqual(['“It’s not new in Virginia”', '“You’re No Match for Us!”'])
  })

  it('takes a name given after "titled" for a term even when it is an evaluative word, and a lone pronoun for a term', () => {
    const text = 'The 60-second ad, titled “Reckless,” shows a report. Why pick him, unless "she" is a "he" now? They called it “reckless.”'
    expect(statements(text)).toEqual(['“reckless.”'])
    // A pronoun that ends the words is an object: "sit on it" is a phrase, "I did it" a clause.
    expect(statements('Voters delay their ballots (“sit on it” in consultant-speak). He told me “I did it.”')).toEqual(['“I did it.”'])
    expect(found(text).find((quotation) => quotation.text.includes('Reckless'))?.term).toBe(true)
  })

  it('takes a clause for someone’s words: a subject pronoun, an auxiliary, or a sentence of its own', () => {
    expect(statements('They called it “a disaster that we saw coming” and left.')).toEqual(['“a disaster that we saw coming”'])
    expect(statements('The bill “has been dead for months,” aides said.')).toEqual(['“has been dead for months,”'])
    expect(statements('He shouted, “Get him out of here!” and left. She was his “Obama whisperer.”')).toEqual(['“Get him out of here!”'])
  })

  it('takes a quoted judgment for someone’s words, not a term', () => {
    const [inspiring] = found('Warner Bros was given two prizes for its "inspiring" efforts in film.')
    expect(inspiring.judgment).toBe(true)
    expect(inspiring.term).toBeUndefined()
    const [stoic] = found("'Stoic' driver identified in Las Vegas crash.")
    expect(stoic.judgment).toBe(true)
    // A classifying compound is a term: "work-related" judges nothing.
    expect(found('She sorted her “work-related” emails.')[0].term).toBe(true)
  })
})
