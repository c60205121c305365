/**
 * Every quotation tied to its speaker, by the error classes of issue 15:
 * each test is a paragraph in some house style, with the quotations that
 * must be tied and the speakerless one that must still be left untied.
 */
import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {analyse} from '../../src/analysis/ledger.js'
import type {FoundStance, Ledger} from '../../src/analysis/types.js'
import {findMarkedQuotations} from '../../src/analysis/attribution/quotation-marks.js'
import {findQuotations} from '../../src/analysis/attribution/quotations.js'
import {attributeQuotations} from '../../src/analysis/attribution/quotation-speakers.js'
import {addQuotationFrames} from '../../src/analysis/attribution/quotation-frames.js'
import {applyParticipleSubjects} from '../../src/analysis/attribution/participle-subjects.js'
import {findDatelines} from '../../src/analysis/attribution/datelines.js'

function ledgerOf(text: string): Ledger {
  return analyse(buildDocument(parseEnglish(text), text))
}

/** The name of the party that says the quotation holding `words` (null when none does). */
function speakerOf(ledger: Ledger, words: string): string | null {
  const quotation = ledger.quotations?.find((item) => item.text.includes(words))
  if (!quotation) throw new Error('no quotation holds: ' + words)
  const stance = ledger.stances.find((item) => item.id === quotation.stance)
  if (!stance) return null
  return ledger.parties.find((party) => party.id === stance.party)?.name ?? stance.source?.text ?? null
}

/** The claim of the quotation's speaker, to check that it takes the quotation in. */
function claimOf(ledger: Ledger, words: string): string | undefined {
  const quotation = ledger.quotations?.find((item) => item.text.includes(words))
  const stance = ledger.stances.find((item) => item.id === quotation?.stance)
  return ledger.claims.find((claim) => claim.id === stance?.claim)?.text
}

describe('a speaker in the same sentence', () => {
  it('ties wire copy’s “…,” he said and British ‘…,’ said X', () => {
    const ledger = ledgerOf(
      'The district has not yet published the figures. "Nobody has seen the budget."\n\n' +
        '"The cuts will fall hardest on rural schools," Mr. Jones said on Tuesday. ' +
        "'We were never consulted,' said Ana Ruiz, who chairs the parents' council."
    )
    // Nobody in the article before it, nor in its sentence or the next, says it.
    expect(speakerOf(ledger, 'Nobody has seen')).toBeNull()
    expect(speakerOf(ledger, 'rural schools')).toContain('Jones')
    expect(speakerOf(ledger, 'never consulted')).toBe('Ana Ruiz')
    expect(claimOf(ledger, 'never consulted')).toBe('We were never consulted')
  })

  it('ties a quoted word and a that-clause to the frames of their sentence', () => {
    const ledger = ledgerOf('Senator Mara Ellis called the plan "reckless" and said that "it will close three hospitals by spring."')
    expect(speakerOf(ledger, 'reckless')).toBe('Mara Ellis')
    expect(speakerOf(ledger, 'three hospitals')).toBe('Mara Ellis')
  })

  it('reads a frame the tagger misses: a verb right before the quotation, or between commas', () => {
    const ledger = ledgerOf('In what Dimension Data calls an "alarming development", induction fell to 21 days. This, Ms Diemont warns, is "scary" for any business.')
    expect(speakerOf(ledger, 'alarming development')).toBe('Dimension Data')
    expect(speakerOf(ledger, 'scary')).toContain('Diemont')
  })

  it('ties a signature after a dash to its quotation, and not to the next one', () => {
    const ledger = ledgerOf(
      'Readers wrote in.\n\n“He has no plan for the border towns.” ― Carla Sanchez\n“Nobody I know trusts him.” ― Esther Tapia, 41, El Paso'
    )
    expect(speakerOf(ledger, 'border towns')).toBe('Carla Sanchez')
    expect(speakerOf(ledger, 'Nobody I know')).toBe('Esther Tapia')
  })

  it('ties a quotation standing as a paragraph to the dash line that signs it, and no other', () => {
    const ledger = ledgerOf(
      'Here is what the candidates said on stage, and how it holds up.\n\n' +
        '"The county has lost half of its factory jobs since I was elected."\n\n' +
        '- Gov. Ruth Okafor.\n\n' +
        '"We will not raise a single tax."\n\n' +
        '-Mayor Dan Pike, speaking after the debate.\n\n' +
        'The county lost about a fifth of its factory jobs.\n\n' +
        '"Nobody reads these reports."\n\n' +
        'The audit office - Pike has read it twice - disagrees.'
    )
    expect(speakerOf(ledger, 'factory jobs')).toContain('Okafor')
    expect(speakerOf(ledger, 'single tax')).toContain('Dan Pike')
    // A dash inside the writer's next sentence signs nothing.
    expect(speakerOf(ledger, 'Nobody reads')).toBeNull()
  })

  it('ties a digest’s excerpt to the credit in brackets that ends its item', () => {
    const ledger = ledgerOf(
      'THE MORNING BRIEF\n\n' +
        'A SLOW YEAR FOR FACTORIES “Output fell for the third quarter running, and the outlook is no better.” [Reuters.]\n\n' +
        'THE BRIDGE REOPENS “Nobody expected the repairs to take four years.” Drivers can use it again from Monday.\n\n' +
        'ON STAGE “We have never sold so many tickets.” [Laughter] The run was extended.'
    )
    expect(speakerOf(ledger, 'third quarter')).toBe('Reuters')
    expect(speakerOf(ledger, 'four years')).toBeNull()
    // A bracket that does not end the item is no credit.
    expect(speakerOf(ledger, 'so many tickets')).toBeNull()
  })

  it('takes a question’s frame after the sentence break the question makes', () => {
    const ledger = ledgerOf('The mayor stood up. “Where is the money going?” asked Councillor Tom Akers.')
    expect(speakerOf(ledger, 'Where is the money')).toBe('Tom Akers')
  })
})

describe('a speaker in the sentence or paragraph before', () => {
  it('ties a colon frame, in its sentence or ending the paragraph before', () => {
    const ledger = ledgerOf(
      'Dr. Lena Ward, who led the review, stated:\n\n“The solution to the budget gap is not new taxes, but fewer consultants.”\n\n' +
        'The New York Times reports:\n\n“Just 24 percent of the contributors gave $200 or less.”'
    )
    expect(speakerOf(ledger, 'fewer consultants')).toBe('Lena Ward')
    expect(claimOf(ledger, 'fewer consultants')).toBe('The solution to the budget gap is not new taxes, but fewer consultants')
    expect(speakerOf(ledger, '24 percent')).toBe('The New York Times')
  })

  it('ties a nominal frame: the following comment, a statement by someone', () => {
    const ledger = ledgerOf(
      'On July 6, Sanders made the following comment:\n\n“For young people who dropped out of high school, the unemployment rate is 51 percent.”\n\n' +
        'The site rated this statement by Trump on June 11:\n\n“Youth unemployment in this country is at 59 percent.”'
    )
    expect(speakerOf(ledger, '51 percent')).toBe('Sanders')
    expect(speakerOf(ledger, '59 percent')).toBe('Trump')
  })

  it('ties a quotation that a sentence after it names', () => {
    const ledger = ledgerOf('"I would rather have a sister in a gambling den than a brother in the agency." That quote from commissioner Thomas Krebs ran on the front page in 1980.')
    expect(speakerOf(ledger, 'sister')).toBe('Thomas Krebs')
  })

  it('continues the speaker of the sentence before, also after the writer’s own sentence, and the speaker of the sentence after', () => {
    const ledger = ledgerOf(
      'Mayor Ana Ruiz said the bridge would reopen by spring. "It will take two years, and we will not cut corners." ' +
        'The old bridge closed in May. "Nobody will pay a toll."\n\n' +
        'Costs at the new sites "are no higher than the ones at home". "You can make a call centre work anywhere," Cara Diemont says.'
    )
    expect(speakerOf(ledger, 'two years')).toBe('Ana Ruiz')
    expect(speakerOf(ledger, 'toll')).toBe('Ana Ruiz')
    expect(speakerOf(ledger, 'no higher')).toBe('Cara Diemont')
  })

  it('lets the speaker of a quoted question answer it in the same paragraph, not the next', () => {
    const rhetorical = ledgerOf('“That is a bribe, isn’t it?” Trump asked the crowd. “I think it is a bribe.”')
    expect(speakerOf(rhetorical, 'I think it is')).toBe('Trump')
    const interview = ledgerOf('“Do we give up on this town?” Mayor Ana Ruiz asked.\n\n“No, we will never give up on this town.”')
    expect(speakerOf(interview, 'never give up')).toBeNull()
    const indirect = ledgerOf('The reporter asked Mayor Ana Ruiz whether the bridge would reopen. “No, we will never give up on this bridge.”')
    expect(speakerOf(indirect, 'never give up')).toBeNull()
  })
})

describe('a reading list: a headline, its byline and the article’s first lines', () => {
  it('reads the headline as a title and ties the excerpt after the colon to the byline’s author', () => {
    const ledger = ledgerOf(
      'WHAT WE ARE READING\n\n' +
        'CLOSING TIME—"A corner bookshop will shut its doors after 40 years," by the Courier\'s Mia Holt: "The shop, which outlived three chain stores, will close in March, its owner said on Monday."\n\n' +
        '—"Why the river flooded again," by Tom Briggs: http://example.com/river.\n\n' +
        'A reader sent a note about "the shop that will close in March" by hand.'
    )
    const quotation = (words: string) => ledger.quotations?.find((item) => item.text.includes(words))
    expect(quotation('shut its doors')?.term).toBe(true)
    expect(quotation('river flooded')?.term).toBe(true)
    expect(speakerOf(ledger, 'outlived three chain stores')).toContain('Mia Holt')
    // No comma at the closing mark: "by" is no byline there.
    expect(quotation('will close in March"')?.term).not.toBe(true)
  })
})

describe('a quotation that continues the previous paragraph', () => {
  it('continues the speaker the paragraph before ends with, and stretches the speaker’s claim over it', () => {
    const ledger = ledgerOf(
      '“We will rebuild the bridge,” Mayor Ana Ruiz said.\n\n“It will take two years, and we will not cut corners.”\n\n“Then we start on the school.”'
    )
    expect(speakerOf(ledger, 'rebuild')).toBe('Ana Ruiz')
    expect(speakerOf(ledger, 'cut corners')).toBe('Ana Ruiz')
    expect(speakerOf(ledger, 'the school')).toBe('Ana Ruiz')
    expect(claimOf(ledger, 'the school')).toMatch(/^We will rebuild the bridge.*Then we start on the school$/s)
  })

  it('continues a paraphrase’s speaker, but not into a paragraph with a speaker of its own', () => {
    const ledger = ledgerOf(
      'Mayor Ana Ruiz said the bridge would be rebuilt by next year.\n\n“It will take two years, and we will not cut corners.”\n\n' +
        'Her deputy, Tom Akers, disagreed: “It cannot be done in two years.”'
    )
    expect(speakerOf(ledger, 'cut corners')).toBe('Ana Ruiz')
    expect(speakerOf(ledger, 'cannot be done')).toBe('Tom Akers')
  })

  it('goes on with the only speaker over a paragraph of the writer’s narration, for a statement', () => {
    const ledger = ledgerOf(
      '"Listing would be one option," Mr Dein said.\n\n' +
        'The club is funding its move through bank debt and sponsors. "We have two executives travelling round Japan and China at the moment."'
    )
    expect(speakerOf(ledger, 'two executives')).toContain('Dein')
  })
})

describe('the writer’s narration between two quotations', () => {
  it('keeps narration out of a reopened running quotation (BBC copy) and ties each part', () => {
    const ledger = ledgerOf(
      'Kaha Lomidze, an analyst at Troika, said: "I think the decision was taken long ago. "The buyer will pay in 14 days." ' +
        'However, the company has denied any link. And Paul Collison, chief analyst at Brunswick, said: "I see no plausible explanation. ' +
        '"It could still end up with the government."'
    )
    const texts = ledger.quotations?.map((quotation) => quotation.text)
    expect(texts?.some((text) => text.includes('denied any link'))).toBe(false)
    expect(speakerOf(ledger, '14 days')).toBe('Kaha Lomidze')
    expect(speakerOf(ledger, 'government')).toBe('Paul Collison')
  })

  it('ties both quotations around “ she said. Earlier, she told a radio interviewer: “', () => {
    const ledger = ledgerOf(
      'Governor Lisa Park defended the plan. "We cannot keep borrowing," she said. Earlier, she told a radio interviewer: "The state is not a credit card."'
    )
    expect(ledger.quotations).toHaveLength(2)
    expect(speakerOf(ledger, 'keep borrowing')).toBe('Lisa Park')
    expect(speakerOf(ledger, 'credit card')).toBe('Lisa Park')
  })
})

describe('no speaker a reader can name', () => {
  it('leaves a quotation whose only frame is an unnamed tweet or sign untied', () => {
    const ledger = ledgerOf('The news spread fast online. One tweet said: "This is the saddest day this town has seen." A sign outside read "We will rebuild".')
    expect(speakerOf(ledger, 'saddest day')).toBeNull()
    expect(speakerOf(ledger, 'We will rebuild')).toBeNull()
  })

  it('leaves a quoted judgment in narration untied, and ties one its neighbour sentence frames', () => {
    const ledger = ledgerOf(
      'The awards were given out in London. Warner Bros was given two prizes for its "inspiring" efforts in film. The BBC collected three awards.\n\n' +
        'It was recognised for its "groundbreaking" use of animation. Bafta’s Grant Dean said all the entrants had been outstanding.'
    )
    expect(speakerOf(ledger, 'inspiring')).toBeNull()
    expect(speakerOf(ledger, 'groundbreaking')).toContain('Grant Dean')
  })

  it('ties a headline’s quotation to the story that says it, and not a headline word the story never uses', () => {
    const said = ledgerOf('Arsenal \'may seek full share listing\'\n\nArsenal vice-chairman David Dein has said the club may consider seeking a full listing for its shares.')
    expect(speakerOf(said, 'may seek')).toBe('David Dein')
    const unsaid = ledgerOf("'Stoic' driver identified in Las Vegas crash\n\nPolice named the driver on Monday. She was taken to hospital.")
    expect(speakerOf(unsaid, 'Stoic')).toBeNull()
  })

  it('ties a subhead’s quotation to a quotation the story says later, in a paragraph its speaker goes on in', () => {
    const ledger = ledgerOf(
      'The speech was praised at first.\n\n' +
        '– ‘Not a word of it’ –\n\n' +
        'Then it was picked apart online.\n\n' +
        '– ‘Who cares?’ –\n\n' +
        'Delegates on the floor shrugged the row off.\n\n' +
        '“She spoke well,” said Rosa Villa of the Ohio delegation.\n\n' +
        '“Who cares? It was her night, and nobody here will remember the rest.”'
    )
    expect(speakerOf(ledger, 'Who cares?’')).toBe('Rosa Villa')
    // A subhead the story never says has no speaker.
    expect(speakerOf(ledger, 'Not a word')).toBeNull()
  })
})

describe('frames the sieve adds', () => {
  it('gives a participle the subject after an opening adverbial, and keeps the tagger’s other frames', () => {
    const ledger = ledgerOf('Meanwhile, it attacked the plan, calling it “a disaster that we saw coming.”')
    const quotation = ledger.quotations?.[0]
    const stance = ledger.stances.find((item) => item.id === quotation?.stance)
    expect(stance?.cue.text).toBe('calling')
    expect(stance?.source?.text).toBe('it')
    expect(ledger.stances.some((item) => item.cue.text.includes('attacked'))).toBe(true)
  })
})

describe('a speaker’s claim stretched over the quotation that goes on', () => {
  it('is not stopped by the speaker’s own participle or second frame between the quotations', () => {
    const ledger = ledgerOf(
      'The bank’s quarterly results beat forecasts.\n\n' +
        '“We will not close a single branch this year,” the chief executive, Rhea Mallory, told investors on Thursday, referring to the 40 rural offices. ' +
        '“Every one of them pays its way.”\n\n' +
        '“Nobody here is talking about a merger,” Mallory told reporters after hinting that “changes” could come at the top. “Not this year, and not next.”'
    )
    expect(speakerOf(ledger, 'pays its way')).toBe('Rhea Mallory')
    expect(claimOf(ledger, 'pays its way')).toContain('Every one of them pays its way')
    expect(speakerOf(ledger, 'not next')).toBe('Rhea Mallory')
    expect(claimOf(ledger, 'not next')).toContain('Not this year, and not next')
  })

  it('is not stopped by another frame that tells the circumstance in the speaker’s own sentence', () => {
    const ledger = ledgerOf(
      '“We are going to win this county by ten points,” Marta Solberg said at her victory party, two hours after local stations declared her the winner. “You will not be disappointed.”'
    )
    expect(speakerOf(ledger, 'not be disappointed')).toBe('Marta Solberg')
    expect(claimOf(ledger, 'not be disappointed')).toContain('You will not be disappointed')
  })

  it('stretches the nearest speaker’s claim over a quotation after the writer’s sentence in the same paragraph, not into the next paragraph', () => {
    const ledger = ledgerOf(
      'The campaign plans three stops in the north of the state.\n\n' +
        '“Those are some very small towns,” Nora Arden, the campaign’s state director, said. They also sit far from any television market. “That is a tough area to campaign in.”\n\n' +
        'The candidate will spend the weekend there anyway. “We go where the voters are,” a volunteer shouted.'
    )
    expect(speakerOf(ledger, 'tough area')).toBe('Nora Arden')
    expect(claimOf(ledger, 'tough area')).toContain('That is a tough area to campaign in')
    expect(claimOf(ledger, 'very small towns')).not.toContain('weekend')
  })
})

describe('a frame after the quotation whatever its verb', () => {
  it('ties “…,” X fumed and “…!” barked the chairman, but reads no frame into a title’s apposition', () => {
    const ledger = ledgerOf(
      'The committee adjourned without a vote.\n\n' +
        '“We were promised a vote on this bill before the recess,” Senator Dana Whitcomb fumed on Tuesday. “We got a press release instead.”\n\n' +
        '“Sit down!” barked the chairman.\n\n' +
        '“Harbor Lights,” a drama series that first aired in 1994, will return to the network in the fall.'
    )
    expect(speakerOf(ledger, 'promised a vote')).toBe('Dana Whitcomb')
    expect(speakerOf(ledger, 'press release')).toBe('Dana Whitcomb')
    expect(speakerOf(ledger, 'Sit down')).toContain('chairman')
    expect(ledger.stances.some((stance) => stance.cue.text === 'aired')).toBe(false)
  })
})

describe('two reports joined in one sentence', () => {
  it('gives the second speaker the quotation after “, and X said”, and leaves a quoted speaker’s own “and I think” alone', () => {
    const ledger = ledgerOf(
      'The candidates sharpened their attacks on the governor. Mayor Tom Alvarez said the budget was "a fiscal mess," for instance, and Lena Ortiz vowed to "tear it up on day one." ' +
        'In the poll, 38 percent said the state was "on the right track" and 51 percent said it was "headed the wrong way."\n\n' +
        '"The schools are crowded, and I think the voters know it," Ortiz said.'
    )
    expect(speakerOf(ledger, 'fiscal mess')).toContain('Alvarez')
    expect(speakerOf(ledger, 'tear it up')).toBe('Lena Ortiz')
    expect(speakerOf(ledger, 'wrong way')).toContain('51 percent')
    expect(claimOf(ledger, 'voters know it')).toContain('The schools are crowded')
  })
})

describe('a participle’s report', () => {
  it('takes the subject of its clause, not the nearest noun phrase the tagger gave it', () => {
    const ledger = ledgerOf(
      'Mayor Dan Ocampo went on local radio to defend his deputy, Clara Voss, saying “She did nothing wrong and she will keep her job.”\n\n' +
        'Later on Sunday, Governor Ruth Haldane posted the audit on her campaign website, writing “Here are the numbers my opponent says do not exist.”\n\n' +
        'Ocampo seemed ready to move on from the dispute, telling the crowd, “We have a city to run, have you noticed?”'
    )
    expect(speakerOf(ledger, 'nothing wrong')).toBe('Dan Ocampo')
    expect(speakerOf(ledger, 'numbers my opponent')).toBe('Ruth Haldane')
    expect(speakerOf(ledger, 'city to run')).toBe('Dan Ocampo')
  })

  it('keeps a description and its name whole as the subject, and the tagger’s source that is that subject', () => {
    const ledger = ledgerOf(
      'Presumptive Democratic gubernatorial nominee Alma Reyes also joined the debate, announcing on Wednesday that she would meet the teachers’ union. Reyes went after the governor on Thursday, calling his budget “a betrayal of every classroom.”'
    )
    const announcing = ledger.stances.find((stance) => stance.cue.text.startsWith('announcing'))
    expect(announcing?.source?.text).toBe('Presumptive Democratic gubernatorial nominee Alma Reyes')
    expect(speakerOf(ledger, 'betrayal of every classroom')).toBe('Alma Reyes')
  })

  it('takes a gerund’s own subject, the name right before it, not a clause the tagger read as its source', () => {
    const ledger = ledgerOf('The campaign released a video of Marsh telling donors in Dayton, “We will win the suburbs by a mile.”')
    const quotation = ledger.quotations?.find((item) => item.text.includes('win the suburbs'))
    expect(ledger.stances.find((item) => item.id === quotation?.stance)?.source?.text).toBe('Marsh')
    expect(speakerOf(ledger, 'win the suburbs')).toBe('Marsh')
  })
})

describe('“what X calls” in a sentence with a frame of its own', () => {
  it('ties the quoted name to the one who calls it so, and not a belief verb’s subject', () => {
    const ledger = ledgerOf(
      'The city hopes the stadium deal will shed what Mayor Ana Quiroga called "a reputation for chaos" downtown. ' +
        'Quiroga said the council had been briefed.\n\n' +
        'Vance Moyer, a union steward, said the workers would strike and say what they believe "no matter what."'
    )
    expect(speakerOf(ledger, 'reputation for chaos')).toBe('Ana Quiroga')
    expect(speakerOf(ledger, 'no matter what')).toBe('Vance Moyer')
  })
})

describe('a frame before the quotation whatever its verb', () => {
  it('ties “X snapped, “…”” to X, with an adverb or an adjective around the name', () => {
    const ledger = ledgerOf(
      'Reporters asked who would pay for the repairs. A visibly irritated Okafor snapped, “Ask the governor, not me.” ' +
        'Her deputy, Sam Reyes, quickly added that the state had been warned.'
    )
    expect(speakerOf(ledger, 'Ask the governor')).toBe('Okafor')
    expect(claimOf(ledger, 'Ask the governor')).toBe('Ask the governor, not me')
  })

  it('ties “As X sang, “…”” to X whatever the verb, but not a clause of time with no name', () => {
    const ledger = ledgerOf(
      'The council met on Monday. As the clock struck ten, “Nobody here trusts the board.”\n\n' +
        'The old mill town has heard promises before. As the Dustbowl Brothers sang back in 1979, “They will close the mill and call it progress.”'
    )
    expect(speakerOf(ledger, 'call it progress')).toContain('Dustbowl Brothers')
    expect(speakerOf(ledger, 'Nobody here trusts')).toBeNull()
  })

  it('ties the quotation after a colon to the clause of “as” in the sentence the colon ends', () => {
    const ledger = ledgerOf(
      'As prices rose, the town was divided:\n\n“Nobody can afford the rent any more.”\n\n' +
        'Of course, as Mara Quist of the Tenants Union observed, the biggest winner was not a landlord at all:\n\n“The clear winner of this year is the county, which collects the tax either way.”'
    )
    expect(speakerOf(ledger, 'collects the tax')).toBe('Mara Quist')
    expect(speakerOf(ledger, 'afford the rent')).toBeNull()
  })

  it('ties a quotation after a dash to the noun of speech and its author before it', () => {
    const ledger = ledgerOf(
      'The mayor has faced the question for years. Ana Ruiz’s stock answer then — “I’ll be fine whatever happens … it’s the voters I’m worried about” — is likely to be repeated, nearly word for word, by her deputy when she debates.'
    )
    expect(speakerOf(ledger, 'voters I’m worried about')).toContain('Ana Ruiz')
    // A noun of speech with no author names no one.
    const authorless = ledgerOf('The campaign was angry. A post last spring, about the audit — “When the same problems crop up twice, who do we blame?”')
    expect(speakerOf(authorless, 'crop up twice')).toBeNull()
  })

  it('ties a colon quotation to the author of the noun of speech its sentence opens with', () => {
    const ledger = ledgerOf(
      'Ortiz won the county by twelve points. In addition, a campaign letter sent out by Ortiz on Friday night warned of the hard weeks ahead: "We have six weeks, and you can be sure that tonight will bring a flood of attack ads from the other side."'
    )
    expect(speakerOf(ledger, 'six weeks')).toBe('Ortiz')
    const opening = ledgerOf('Ortiz won the county. A campaign letter sent out by Ortiz on Friday night warned of the hard weeks ahead: "We have six weeks, and you can be sure of it."')
    expect(speakerOf(opening, 'sure of it')).toBe('Ortiz')
    // "by hand" names no author.
    const unsigned = ledgerOf('The county is flooding. In addition, a letter sent out by hand on Friday warned of the hard weeks ahead: "Roads will stay closed for six weeks."')
    expect(speakerOf(unsigned, 'Roads will stay')).toBeNull()
  })

  it('ties an infinitive frame to the name before “to”, past a relative clause', () => {
    const ledger = ledgerOf(
      'The county has voted for the winner since 1956. That record prompted the Harlan Election Atlas, which tracks bellwether counties, to state, “Harlan County is the surest guide to the national result.”'
    )
    expect(speakerOf(ledger, 'surest guide')).toContain('Harlan Election Atlas')
  })
})

describe('a frame the tagger ran on into the next sentence', () => {
  it('does not take the next sentence’s quotation from the speaker before it', () => {
    const text =
      '“The contracts cannot be ended at will,” the spokesman, Ron Castell, said, after Mayor Ida Brooks stated an interest in ending the deal. “These contracts are fully binding.”'
    const doc = buildDocument(parseEnglish(text), text)
    const span = (words: string) => ({start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words})
    // What a tagger may read: the mayor's frame run on over the next sentence's quotation.
    const said: FoundStance = {kind: 'asserts', cue: span('said'), source: span('the spokesman, Ron Castell'), content: span('The contracts cannot be ended at will'), channel: null}
    const stated: FoundStance = {kind: 'asserts', cue: span('stated'), source: span('Mayor Ida Brooks'), content: span('These contracts are fully binding'), channel: null}
    const quotations = findQuotations(doc, findMarkedQuotations(doc))
    attributeQuotations(doc, quotations, [said, stated])
    expect(quotations.map((quotation) => quotation.attribution?.cue.text)).toEqual(['said', 'said'])
    expect(said.content?.end).toBe(text.indexOf('binding') + 'binding'.length)
  })
})

describe('a verb of naming, its object and the quotation that names it', () => {
  it('frames “X branded Y an “…”” and “X characterized Y, Z, as “…”” where the tagger found no frame', () => {
    const text = 'Norway branded the proposed ban an "act of economic war on our coastal towns." Later, Kessler characterized the mayor, a former ally, as "a man who has lost his way."'
    const doc = buildDocument(parseEnglish(text), text)
    const quotations = findQuotations(doc, findMarkedQuotations(doc))
    const attributions: FoundStance[] = []
    addQuotationFrames(doc, quotations, attributions)
    expect(attributions.map((item) => [item.source?.text, item.cue.text, item.content?.text])).toEqual([
      ['Norway', 'branded', 'act of economic war on our coastal towns'],
      ['Kessler', 'characterized', 'a man who has lost his way']
    ])
  })
})

/** A span of `text` by its words (the first occurrence from `from`), as a tagger's attribution would hold it. */
function spanIn(text: string) {
  return (words: string, from = 0) => ({start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length, text: words})
}

/** What `addQuotationFrames` makes of `attributions` (a tagger's reading of `text`): source, cue and content of each. */
function framesRead(text: string, attributions: FoundStance[]): Array<Array<string | undefined>> {
  const doc = buildDocument(parseEnglish(text), text)
  addQuotationFrames(doc, findQuotations(doc, findMarkedQuotations(doc)), attributions)
  return attributions.map((item) => [item.source?.text, item.cue.text, item.content?.text])
}

/** The source `applyParticipleSubjects` gives the cue `verb` of `text`, read by a tagger with no source. */
function sourceGiven(text: string, verb: string): string | undefined {
  const doc = buildDocument(parseEnglish(text), text)
  const cue = spanIn(text)(verb)
  const stance: FoundStance = {kind: 'asserts', cue, source: null, content: {start: cue.end + 1, end: text.length, text: text.slice(cue.end + 1)}, channel: null}
  applyParticipleSubjects(doc, [stance], findDatelines(doc))
  return stance.source?.text
}

/** Tie the quotations of `text` with `attributions` (a tagger's reading); the quotations. */
function tiedWith(text: string, attributions: FoundStance[]) {
  const doc = buildDocument(parseEnglish(text), text)
  const quotations = findQuotations(doc, findMarkedQuotations(doc))
  attributeQuotations(doc, quotations, attributions)
  return quotations
}

describe('a second speaker’s frame inside a sentence another frame opens', () => {
  it('ties “…, the treasurer replied, “…”” to the one who replied, not to the sentence’s first speaker the tagger gave the cue', () => {
    const text =
      'Mayor Lena Ortiz said the levy would not touch family homes, and when pressed on why the plan spares office towers, the 61-year-old treasurer replied, "Those owners were never part of the bargain, and they know it."'
    const ledger = ledgerOf(text)
    expect(speakerOf(ledger, 'never part of the bargain')).toBe('the 61-year-old treasurer')
    expect(claimOf(ledger, 'never part of the bargain')).toBe('Those owners were never part of the bargain, and they know it')
    // The mayor keeps her own report, and only it.
    const said = ledger.stances.find((stance) => stance.cue.text === 'said')
    expect(ledger.parties.find((party) => party.id === said?.party)?.name).toBe('Lena Ortiz')
    expect(ledger.claims.find((claim) => claim.id === said?.claim)?.text).not.toContain('bargain')
  })

  it('reads the frame where the tagger ran the first speaker’s content over it', () => {
    const text = 'Ortiz said the levy was fair, and the treasurer replied, "Nobody asked us."'
    const span = spanIn(text)
    const said: FoundStance = {kind: 'asserts', cue: span('said'), source: span('Ortiz'), content: span('the levy was fair, and the treasurer replied, "Nobody asked us."'), channel: null}
    expect(framesRead(text, [said])).toEqual([
      ['Ortiz', 'said', 'the levy was fair'],
      ['the treasurer', 'replied', 'Nobody asked us']
    ])
  })

  it('keeps a content that opens with the frame (read as a later speaker’s words) whole, at the start of the text too', () => {
    const text = 'The treasurer replied, "Nobody asked us," Ortiz said.'
    const span = spanIn(text)
    const said: FoundStance = {kind: 'asserts', cue: span('said'), source: span('Ortiz'), content: span('The treasurer replied, "Nobody asked us,"'), channel: null}
    expect(framesRead(text, [said])).toEqual([
      ['Ortiz', 'said', 'The treasurer replied, "Nobody asked us,"'],
      ['The treasurer', 'replied', 'Nobody asked us']
    ])
  })
})

describe('a second speaker’s frame after a parenthesis set off by dashes', () => {
  it('ties “― Grant boasted, “…”” to Grant, though the verb is no plain verb of saying', () => {
    const ledger = ledgerOf(
      'When the auditor noted that Grant’s firm had paid no city tax for years ― as the filings made public last spring showed ― Grant boasted, “That makes me a good businessman.”'
    )
    expect(speakerOf(ledger, 'good businessman')).toBe('Grant')
  })
})

describe('a content the tagger ran on over the next speaker’s quotation', () => {
  it('gives the quotation to the frame of its own sentence and ends the run-on content in its sentence', () => {
    const text =
      '“We were never told,” Alvarez said. “You hid the audit from this board” to protect the contract, she said, pointing to the vote. “You owe these families an answer” before the election.'
    const span = spanIn(text)
    // What a tagger may read: Alvarez's content run on over the next sentence's quotation.
    const alvarez: FoundStance = {kind: 'asserts', cue: span('said'), source: span('Alvarez'), content: span('“We were never told,” Alvarez said. “You hid the audit from this board”'), channel: null}
    const she: FoundStance = {kind: 'asserts', cue: span('said', text.indexOf('she')), source: span('she'), content: span('“You hid the audit from this board” to protect the contract'), channel: null}
    const quotations = tiedWith(text, [alvarez, she])
    expect(quotations.map((quotation) => quotation.attribution?.source?.text)).toEqual(['Alvarez', 'she', 'she'])
    expect(alvarez.content?.text).toBe('“We were never told,”')
  })

  it('leaves alone a content the tagger began in a sentence before its frame’s', () => {
    const text = '“He is a new dad,” he said. “A dad for the second time.” Others paid tribute online. “He was my mentor,” his colleague wrote.'
    const span = spanIn(text)
    const said: FoundStance = {kind: 'asserts', cue: span('said'), source: span('he'), content: span('“He is a new dad,”'), channel: null}
    // What a tagger may read: a frame's content run back over the sentence before it and on over the next.
    const tribute: FoundStance = {kind: 'asserts', cue: span('paid tribute'), source: span('Others'), content: span('“A dad for the second time.” Others paid tribute online. “He was my mentor,”'), channel: null}
    const wrote: FoundStance = {kind: 'asserts', cue: span('wrote'), source: span('his colleague'), content: span('He was my mentor'), channel: null}
    tiedWith(text, [said, tribute, wrote])
    // Cut back to its own sentence it would be the second quotation alone, which is the first speaker's, not theirs.
    expect(tribute.content?.text).toBe('“A dad for the second time.” Others paid tribute online. “He was my mentor,”')
  })
})

describe('a colon after a sentence that opens with a name and its verb', () => {
  it('frames the quotation with that name whatever the verb, where the tagger found no frame, and not “Residents were divided:”', () => {
    const text =
      'The budget passed on Tuesday, with Okonkwo voting against.\n\n' +
      'Okonkwo has taken the line common among rural members of the council: “I will not raise taxes on farmers in a drought year.”\n\n' +
      'Residents were divided: “The council should have listened to us before the vote was taken.”'
    expect(framesRead(text, [])).toEqual([['Okonkwo', 'has', 'I will not raise taxes on farmers in a drought year']])
  })
})

describe('a trailing frame the tagger read half', () => {
  it('takes “…,” added Moreno and “…,” said the senator as frames where the tagger found the verb but no source', () => {
    const text =
      'Yet "it is hard to draw a straight line from one to the other," added Moreno. "It is a hard question," said the Ohio senator, "because two rights pull against each other."'
    const span = spanIn(text)
    // What a tagger may read: the verb and the name as one cue, and a verb with no source.
    const added: FoundStance = {kind: 'asserts', cue: span('added Moreno'), source: null, content: span('Yet "it is hard to draw a straight line from one to the other,"'), channel: null}
    const said: FoundStance = {kind: 'asserts', cue: span('said'), source: null, content: span('"It is a hard question," said the Ohio senator, "because two rights pull against each other."'), channel: null}
    expect(framesRead(text, [added, said])).toEqual([
      ['Moreno', 'added', 'it is hard to draw a straight line from one to the other'],
      ['the Ohio senator', 'said', 'It is a hard question']
    ])
  })
})

describe('a trailing frame with a reporting verb in the present tense', () => {
  it('frames “…,” the ministry states in its paper, but not a possessor’s “Editor’s note”', () => {
    const text =
      'The paper went to lawmakers on Thursday. "The kingdom has worked with its allies on every front," the ministry states in its paper. "Nobody will be left out?" Editor’s note: the figures were updated.'
    expect(framesRead(text, [])).toEqual([['the ministry', 'states', 'The kingdom has worked with its allies on every front']])
  })
})

describe('a trailing frame whose subject is a name and the head that says what it names', () => {
  it('frames “…,” wrote Time magazine and ties the next quotation of the paragraph to it', () => {
    const text = 'The vote is on Saturday.\n\n” … in Ohio, the race was settled weeks ago,” wrote Time magazine. “The county meetings set the stage for another rout.”'
    expect(framesRead(text, [])).toEqual([['Time magazine', 'wrote', 'in Ohio, the race was settled weeks ago']])
    expect(speakerOf(ledgerOf(text), 'set the stage')).toBe('Time magazine')
  })
})

describe('a transcript quoted whole, with its speakers’ labels', () => {
  it('ties each quotation to the label in capitals it opens with, and not a title before a colon', () => {
    const text =
      'Partial transcript as follows:\n\n"HOLT: Governor, on the night of the flood you sent an email saying the levee was safe. Listen.\n\n"OKAFOR: I feel a great deal of sympathy for the families who lost their homes."\n\nHer memoir, "Crippled County: How to Make Our Towns Great Again," came out in May.'
    const ledger = ledgerOf(text)
    expect(speakerOf(ledger, 'the night of the flood')).toBe('HOLT')
    expect(speakerOf(ledger, 'great deal of sympathy')).toBe('OKAFOR')
    expect(ledger.quotations?.find((item) => item.text.includes('Crippled County'))?.term).toBe(true)
  })
})

describe('a quotation after narration that goes on from the speaker before it', () => {
  it('ties a paragraph’s quotation to the speaker the paragraph before named before a sentence of narration, or a paragraph of it', () => {
    const text =
      '"We watched the town turn on its own people," Amara Osei said. When they went out to dinner, neighbours would sidle up to him.\n\n' +
      '"They would come to me and say, you are a lawyer, will we be thrown out?"\n\n' +
      '"I am calling from the county office. How are you today?" Lena Voss said into the phone.\n\nShe pauses.\n\n"Well, thank you so much for your time."'
    const ledger = ledgerOf(text)
    expect(speakerOf(ledger, 'will we be thrown out')).toBe('Amara Osei')
    expect(speakerOf(ledger, 'thank you so much')).toBe('Lena Voss')
  })

  it('does not go back over a run of narration paragraphs (a list), nor past narration of the quotation’s own paragraph and a paragraph of narration before it', () => {
    const text =
      'The channel suggested that Ruiz has the following tasks ahead of her tonight.\n\nStop lying.\n\nShow humility.\n\n' +
      '"I have learned that I cannot be quite so passionate in my presentation."\n\n' +
      'Congress required the president to plan early. It is a new rule.\n\n' +
      'Under the act, the services go to major-party candidates and "any other candidate who has been determined to be among the principal contenders."'
    const ledger = ledgerOf(text)
    expect(speakerOf(ledger, 'so passionate')).toBeNull()
    expect(speakerOf(ledger, 'principal contenders')).toBeNull()
  })
})

describe('an indirect question in the frame’s sentence', () => {
  it('gives the answer to the sentence’s speaker who was asked, not to the ones who asked', () => {
    const text =
      '"And I am not being paid for this!" Okafor declared, a point she likes to make after a recent appearance on a radio station during which callers asked how much money she was getting to talk up the mayor. "I make my own money. I have a five-star-rated business."'
    expect(speakerOf(ledgerOf(text), 'my own money')).toBe('Okafor')
  })
})

describe('a reaction after a quotation is no trailing frame', () => {
  it('leaves “…,” the crowd applauded loudly to the one who said it', () => {
    const text = 'As she toured the flood zone, Ortiz said she would "rebuild every home," the crowd applauded loudly.'
    expect(speakerOf(ledgerOf(text), 'rebuild every home')).toBe('Ortiz')
  })
})

describe('a trailing frame of “as”, of “per”, or with an adverb before its verb', () => {
  it('frames “…,” as a memo put it, “…,” per the bylaws and “…,” it further wrote, where the tagger misread or half read them', () => {
    const text =
      'The only condition is "proof of a stable home address," as a county memo put it. Proxies are barred when the board meets "to replace a sitting chair," per the club’s charter. "Since then, its luck has turned for good," it further wrote.'
    const span = spanIn(text)
    // What a tagger may read: the pronoun as the cue, the adverb and the verb as its source, and the adverb as the verb's source.
    const pronoun: FoundStance = {kind: 'asserts', cue: span('it', text.indexOf('it further')), source: span('further wrote'), content: span('Since then, its luck has turned for good'), channel: null}
    const adverb: FoundStance = {kind: 'asserts', cue: span('wrote'), source: span('further'), content: null, channel: null}
    // And the clause of "as" as a frame without content, the quotation left to another frame of the sentence.
    const contentless: FoundStance = {kind: 'asserts', cue: span('put it'), source: span('a county memo'), content: null, channel: null}
    expect(framesRead(text, [pronoun, adverb, contentless])).toEqual([
      ['a county memo', 'put it', 'proof of a stable home address'],
      ['the club’s charter', 'per', 'to replace a sitting chair'],
      ['it', 'wrote', 'Since then, its luck has turned for good']
    ])
  })

  it('does not read a clause of “as” with no verb of its own, nor “per” before a figure, as a frame', () => {
    const text = 'The price was "fair for the land and the town," as expected. The fee is "five dollars a day," per 100 visitors.'
    expect(framesRead(text, [])).toEqual([])
  })
})

describe('an inverted frame before a colon', () => {
  it('ties “Said Moreno: “…”” to Moreno, replacing the tagger’s reading of “Said” as the source', () => {
    const text = 'Analysts say the plan would make the rules longer. Said Moreno: “I do not think she cares at all about making anything simpler.”'
    const span = spanIn(text)
    const misread: FoundStance = {kind: 'asserts', cue: span('Moreno:'), source: span('Said'), content: span('I do not think she cares at all about making anything simpler'), channel: null}
    expect(framesRead(text, [misread])).toEqual([['Moreno', 'Said', 'I do not think she cares at all about making anything simpler']])
    expect(speakerOf(ledgerOf(text), 'making anything simpler')).toBe('Moreno')
  })
})

describe('a participle’s subject past a relative clause, a description or an opening preposition', () => {
  it('gives “…, saying” after a relative clause the main clause’s subject, not the relative pronoun', () => {
    const ledger = ledgerOf(
      'Mayor Ines Grant was defensive when pressed about a contractor who said he was never paid for the bridge work, saying, “Perhaps the work was poor, and I was not happy with it.”'
    )
    expect(speakerOf(ledger, 'not happy with it')).toContain('Grant')
  })

  it('takes a described subject up to its verb in the past tense, but not an adverbial of time', () => {

    expect(sourceGiven('Last spring, two tenant associations granted the landlord more time on the repair order, saying his “cash on hand was lower than planned.”', 'saying')).toBe('two tenant associations')
    expect(sourceGiven('A few minutes later they reversed the order, saying his “cash on hand was lower than planned.”', 'saying')).toBeUndefined()
  })

  it('gives a verb of saying in a clause of “after” or “because” the subject right before it, not the main clause’s', () => {
    expect(sourceGiven('In June, the senator called on colleagues to drop Grant after the billionaire developer claimed that the judge was biased.', 'claimed')).toBe('the billionaire developer')
    // A relation to someone named before is left to the tagger's source, and so is the subject of a verb of seeming.
    expect(sourceGiven('Boeing was sued by Lockheed Martin after its rival accused it of espionage.', 'accused')).toBeUndefined()
    expect(sourceGiven('Critics pounced when the senator seemed to confirm the charge.', 'seemed')).toBeUndefined()
  })

  it('gives a passive participle its agent after “by”, not the noun it modifies, and leaves a noun’s participle alone', () => {
    const text = '"I believe him when he says he would only run to win," says Ana Ruiz, still excoriated by Democrats for tipping the 2010 race to the governor.'
    const doc = buildDocument(parseEnglish(text), text)
    const span = spanIn(text)
    // What a tagger may read: the participle with the name it modifies as its source.
    const excoriated: FoundStance = {kind: 'asserts', cue: span('still excoriated'), source: span('Ana Ruiz'), content: null, channel: null}
    const cited: FoundStance = {kind: 'asserts', cue: span('says'), source: span('Ana Ruiz'), content: null, channel: null}
    applyParticipleSubjects(doc, [excoriated, cited], findDatelines(doc))
    expect([excoriated.source?.text, cited.source?.text]).toEqual(['Democrats', 'Ana Ruiz'])
    const noun = 'Fact-checkers noted that she may have meant a rumour, and an article cited by her campaign quoted a few experts.'
    const article: FoundStance = {kind: 'asserts', cue: spanIn(noun)('an article cited'), source: spanIn(noun)('Fact-checkers'), content: null, channel: null}
    applyParticipleSubjects(buildDocument(parseEnglish(noun), noun), [article], [])
    expect(article.source?.text).toBe('Fact-checkers')
  })

  it('gives a participle after an opening preposition the main clause’s subject, and ends its content before it', () => {
    const ledger = ledgerOf('In his memoir, Ortiz described the fall. After saying his knee was “too stiff to climb a single stair,” he was taken to the hospital.')
    const saying = ledger.stances.find((stance) => stance.cue.text === 'saying')
    expect(saying?.source?.text).toBe('he')
    expect(ledger.claims.find((claim) => claim.id === saying?.claim)?.text).not.toContain('hospital')
  })
})

describe('a source inside a phrase that opens the sentence', () => {
  it('gives a cue after “With …,” the main clause’s subject, not the phrase’s own source', () => {
    const ledger = ledgerOf(
      'With aides worried about turnout in the suburbs, Governor Ana Ruiz is trying a blunter and more personal pitch: "This election is about my record and nothing else."'
    )
    expect(speakerOf(ledger, 'about my record')).toBe('Ana Ruiz')
  })
})

describe('a verb of naming whose object is a long name, and a source the tagger left out', () => {
  it('frames “characterized Republican nominee Rep. Mark Dale, R-Ohio, as, “…”” past the usual reach of a leading verb', () => {
    const text = 'Later, she characterized Republican gubernatorial nominee Rep. Mark Dale, R-Ohio, as, “a man in a hurry, talking all the time and never waiting his turn.”'
    expect(framesRead(text, [])).toEqual([['she', 'characterized', 'a man in a hurry, talking all the time and never waiting his turn']])
  })

  it('gives a verb of saying with no source the noun phrase that opens its sentence, but not a clause of seeming', () => {

    expect(sourceGiven('A memo on the agency’s intranet states that only full-time staff would receive the "twelve weeks of paid leave."', 'states')).toBe('A memo on the agency’s intranet')
    expect(sourceGiven('The city’s voters also appeared to turn out in large numbers that day.', 'appeared')).toBeUndefined()
    expect(sourceGiven('Looks like someone told the mayor that the vote is lost.', 'told')).toBeUndefined()
  })
})
