/**
 * Party identity (src/analysis/parties/identity.ts): who each source is for
 * a reader, decided once for every rule. One realistic sentence per error
 * class of issue 14, through the whole analysis (tagger included), with what
 * must be identified and what must stay anonymous or vague.
 */
import {describe, expect, it} from 'vitest'
import {analyse} from '../../src/analysis/ledger.js'
import {isUnnamedSource} from '../../src/analysis/parties/identity.js'
import type {Ledger, Party, Stance} from '../../src/analysis/types.js'
import {documentOf} from './helpers.js'

function ledgerOf(text: string): Ledger {
  return analyse(documentOf(text))
}

/** The stance whose source mention is `source` (first one after `after`, if given). */
function stanceBy(ledger: Ledger, text: string, source: string, after = ''): Stance {
  const from = text.indexOf(after)
  const stance = ledger.stances.find((item) => item.source?.text === source && item.cue.start >= from)
  if (!stance) throw new Error('no stance with the source ' + source + ': ' + ledger.stances.map((item) => item.source?.text).join(' | '))
  return stance
}

function partyOf(ledger: Ledger, id: string | null | undefined): Party | undefined {
  return ledger.parties.find((party) => party.id === id)
}

/** The party of the stance whose source mention is `source`, in `text` analysed whole. */
function partyBy(text: string, source: string): Party | undefined {
  const ledger = ledgerOf(text)
  return partyOf(ledger, stanceBy(ledger, text, source).party)
}

describe('party identity', () => {
  describe('a spokesman, lawyer or definite role speaks for the principal the text names', () => {
    it.each([
      ['a name before the role', 'Vodafone will appeal, a Vodafone spokesman said on Tuesday.', 'a Vodafone spokesman', 'Vodafone'],
      ['a principal after "for"', 'The auction was illegal, lawyers for Menatep said.', 'lawyers for Menatep', 'Menatep'],
      ['a possessive', 'Mittal Steel could cut 45,000 jobs over five years, its chief executive has said.', 'its chief executive', 'Mittal Steel'],
      ['a possessive noun', 'Harbour Holdings runs the ferry. The company’s chairman said fares would rise.', 'The company’s chairman', 'Harbour Holdings'],
      ['the institution that spoke just before', 'The Vestey Group said it had owned the land since 1920. But a spokesman added that the firm had complied fully.', 'a spokesman', 'Vestey Group']
    ])('%s', (_, text, source, principal) => {
      const ledger = ledgerOf(text)
      const party = partyOf(ledger, stanceBy(ledger, text, source).party)!
      expect(partyOf(ledger, party.speaksFor)?.name).toContain(principal)
      expect(isUnnamedSource(party)).toBe(false)
    })

    it('a source inside an organisation stays anonymous', () => {
      const text = 'The deficit will grow next year, a Finance Ministry official said.'
      const ledger = ledgerOf(text)
      const party = partyOf(ledger, stanceBy(ledger, text, 'a Finance Ministry official').party)!
      expect(party.kind).toBe('anonymous')
      expect(party.speaksFor).toBeUndefined()
      expect(isUnnamedSource(party)).toBe(true)
    })
  })

  describe('named collectives', () => {
    it.each([
      ['Republicans said the credibility of the Congress was on the line.', 'Republicans'],
      ['Across the aisle, the Tories say the plan is unaffordable.', 'the Tories'],
      ['The Saudis have warned they could sell off their US assets.', 'The Saudis']
    ])('%s', (text, source) => {
      const ledger = ledgerOf(text)
      expect(isUnnamedSource(partyOf(ledger, stanceBy(ledger, text, source).party)!)).toBe(false)
    })

    it.each([
      ['Some Republicans said the vote had been rigged.', 'Some Republicans'],
      ['Politicians say the plan is unaffordable.', 'Politicians']
    ])('a loose group stays vague: %s', (text, source) => {
      const ledger = ledgerOf(text)
      const party = partyOf(ledger, stanceBy(ledger, text, source).party)!
      expect(party.kind).toBe('vague')
      expect(isUnnamedSource(party)).toBe(true)
    })
  })

  describe('descriptions and pronouns: resolved, or left unresolved, never anonymous', () => {
    it('a definite role the text fills', () => {
      const text = 'Senator Lindsey Graham spoke to reporters on Monday. The South Carolina senator said the judge was unfit to serve.'
      const ledger = ledgerOf(text)
      expect(partyOf(ledger, stanceBy(ledger, text, 'The South Carolina senator').party)).toMatchObject({name: 'Lindsey Graham', kind: 'person'})
    })

    it('a definite group nothing before it names', () => {
      const text = 'The groups said the law was unfair to small farmers.'
      const ledger = ledgerOf(text)
      const party = partyOf(ledger, stanceBy(ledger, text, 'The groups').party)!
      expect(party.unresolved).toBe(true)
      expect(isUnnamedSource(party)).toBe(false)
    })

    it('a loose group reached only through "they" is not called anonymous', () => {
      const text = 'Other countries have joined the pact since March. They fear the tariffs will rise again.'
      const ledger = ledgerOf(text)
      const party = partyOf(ledger, stanceBy(ledger, text, 'They').party)
      expect(party && isUnnamedSource(party)).toBeFalsy()
    })
  })

  describe('a head that names no one is no party', () => {
    it.each([
      ['a count', 'Nearly two-thirds of all firms polled said they feared the move.', 'Nearly two-thirds of all firms polled'],
      ['a share of a poll, through "who"', 'Percentage of likely voters who say they would be scared if the candidate won: 41 percent.', 'who'],
      ['a capitalised opener', 'However, shortly after the Bank made its decision, new figures showed a fall in growth.', null],
      ['anyone at all', 'Anyone questioning her lead of 3 million votes can find solace in the article.', 'Anyone']
    ])('%s', (_, text, source) => {
      const ledger = ledgerOf(text)
      for (const stance of ledger.stances) {
        const party = partyOf(ledger, stance.party)
        if (source && stance.source?.text === source) expect(party).toBeUndefined()
        if (party) expect(party.name).not.toMatch(/^However/)
      }
    })
  })

  it.each([
    ['Most people polled said the economy was weak.', 'Most people polled'],
    ['Respondents said they feared for their jobs.', 'Respondents']
  ])('the answers to a poll are a measurement, never an unnamed source: %s', (text, source) => {
    expect(isUnnamedSource(partyBy(text, source)!)).toBe(false)
  })

  it('state media the text does not name are a state outlet, not an unnamed source', () => {
    const party = partyBy('North Korea’s state television said the launch had succeeded.', 'North Korea’s state television')!
    expect(party.kind).toBe('state-media')
    expect(isUnnamedSource(party)).toBe(false)
  })

  it('a count of people through "who" is a group, not a poll', () => {
    expect(partyBy('The comedian is under attack by dozens of women who claim he assaulted them.', 'who')).toMatchObject({name: 'women', kind: 'vague'})
  })

  it('a role in capitals with no article is a title or a name, never an unnamed source', () => {
    expect(isUnnamedSource(partyBy('On his new track, Tote King says he is the best rapper in Spain.', 'Tote King')!)).toBe(false)
  })

  it('a verb joined by "and" to its clause’s first verb has that verb’s subject, not its object', () => {
    const text =
      'HOUSTON (Reuters) - Governor Ruth Haldane met survivors of the flood and relatives of the 12 people killed on Friday and said the state must rebuild the levees.'
    const ledger = ledgerOf(text)
    const stance = ledger.stances.find((item) => item.cue.text === 'said')!
    expect(stance.source?.text).toBe('Governor Ruth Haldane')
    expect(partyOf(ledger, stance.party)).toMatchObject({kind: 'person'})
  })

  describe('a group with a member the text identifies is identified', () => {
    it.each([
      ['a name known from earlier', 'Donald Trump spoke on Monday. Trump and top aides have told reporters that the moderators are unfair.', 'Trump and top aides'],
      ['a definite description', 'Hackers released the emails. The Clinton campaign and some cybersecurity experts have alleged that the Russian government was behind it.', 'The Clinton campaign and some cybersecurity experts']
    ])('%s', (_, text, source) => {
      const ledger = ledgerOf(text)
      expect(isUnnamedSource(partyOf(ledger, stanceBy(ledger, text, source).party)!)).toBe(false)
    })

    it('a pronoun for a person the text names', () => {
      const text = 'Sanders spoke in Ohio on Monday. Early on, he and other Clinton challengers complained that the party had limited the debates.'
      expect(isUnnamedSource(partyBy(text, 'he and other Clinton challengers')!)).toBe(false)
    })

    it('but not a group of unnamed people alone', () => {
      const text = 'Analysts and some bankers have said that the deal will close.'
      const ledger = ledgerOf(text)
      expect(isUnnamedSource(partyOf(ledger, ledger.stances[0].party)!)).toBe(true)
    })
  })

  it('a document of record is identified, loose reports are not', () => {
    const text = 'The firm paid $2m in bribes, according to court filings. The deal will close next week, according to newspaper reports.'
    const ledger = ledgerOf(text)
    expect(isUnnamedSource(partyOf(ledger, stanceBy(ledger, text, 'court filings').party)!)).toBe(false)
    expect(isUnnamedSource(partyOf(ledger, stanceBy(ledger, text, 'newspaper reports').party)!)).toBe(true)
  })

  describe('wire copy', () => {
    it('a name in apposition names the source', () => {
      const text = 'The bus company, Coastline Coaches, denied that the driver had been drinking.'
      const ledger = ledgerOf(text)
      const stance = ledger.stances.find((item) => item.kind === 'denies')!
      expect(partyOf(ledger, stance.party)).toMatchObject({name: 'Coastline Coaches', kind: 'organization'})
    })

    it('a dateline is no source and no part of the claim', () => {
      const text = 'LONDON: Shares fell sharply on Monday.\n\nNAIROBI, Kenya - At least nine people died when a bus plunged into a river on Sunday, police said.'
      const ledger = ledgerOf(text)
      expect(ledger.parties.map((party) => party.name)).not.toContain('LONDON')
      const police = stanceBy(ledger, text, 'police')
      expect(ledger.claims.find((claim) => claim.id === police.claim)?.text).toMatch(/^At least nine people died/)
    })

    it('a source that says why it is not named keeps its clause, and the cue is the verb of saying', () => {
      const text = 'Three officials who spoke on condition of anonymity because they were not allowed to discuss the inquiry said the fire started in the engine.'
      const ledger = ledgerOf(text)
      const stance = ledger.stances.find((item) => item.cue.text === 'said')!
      const party = partyOf(ledger, stance.party)!
      expect(party).toMatchObject({name: 'Three officials', kind: 'anonymous'})
      expect(party.anonymity?.text).toContain('on condition of anonymity')
      expect(ledger.claims.find((claim) => claim.id === stance.claim)?.text).toBe('the fire started in the engine')
    })

    it('"X quoted Y as saying" is Y’s stance, carried by X', () => {
      const text = 'Verizon has held merger talks with MCI, Reuters quoted sources as saying.'
      const ledger = ledgerOf(text)
      const stance = ledger.stances[0]
      expect(partyOf(ledger, stance.party)).toMatchObject({name: 'sources', kind: 'anonymous'})
      expect(partyOf(ledger, stance.via)).toMatchObject({name: 'Reuters'})
    })
  })

  describe('reports, not acts: what a party does, wants or asks vouches for no claim', () => {
    it.each([
      ['Creditors agreed to suspend interest payments until 2007.', 'agreed', true],
      ['G7 finance ministers backed plans to write off the debts.', 'backed', true],
      ['A caller asked why young men were coming as refugees.', 'asked', true],
      ['Its makers claimed to have built the fastest robot yet.', 'claimed', false],
      ['Analysts said the deal would give Gazprom control of the field.', 'said', false]
    ])('%s', (text, cue, attitude) => {
      const stance = ledgerOf(text).stances.find((item) => item.cue.text.startsWith(cue))!
      expect(Boolean(stance.attitude)).toBe(attitude)
    })
  })
})

describe('beliefs of loose groups the tagger misses', () => {
  it.each([
    ['Many experts suspect the losses were generated by savvy use of tax breaks.', 'Many experts'],
    ['Analysts had believed the product would provide a new growth opportunity.', 'Analysts']
  ])('%s', (text, source) => {
    const ledger = analyse(documentOf(text))
    const stance = ledger.stances.find((item) => item.source?.text === source)!
    expect(stance.attitude).toBeFalsy()
    expect(isUnnamedSource(ledger.parties.find((party) => party.id === stance.party)!)).toBe(true)
  })

  it('but not what a group is afraid of, nor what papers say', () => {
    const text = 'Voters fear the candidate furthest from them. The messages said they were adverts.'
    const ledger = analyse(documentOf(text))
    for (const stance of ledger.stances) {
      const party = ledger.parties.find((item) => item.id === stance.party)
      if (!stance.attitude && party) expect(isUnnamedSource(party)).toBe(false)
    }
  })
})

describe('the party named right', () => {
  function partyAt(text: string, source: string, after = '') {
    const ledger = analyse(documentOf(text))
    const from = text.indexOf(after)
    const stance = ledger.stances.find((item) => item.source?.text === source && item.cue.start >= from)!
    return ledger.parties.find((party) => party.id === stance.party)
  }

  it('"the university" and "the campaign" refer back only to a body whose name says so', () => {
    const text = 'Exxon Mobil wrote to the dean on Monday. The university said the articles were accurate and fair.'
    expect(partyAt(text, 'The university')?.name).not.toMatch(/Exxon/)
    const named = 'Columbia University published the series in 2015. The university said the articles were accurate and fair.'
    expect(partyAt(named, 'The university')?.name).toBe('Columbia University')
    const campaign = 'The Federal Election Commission is reviewing the complaint. The Clinton campaign said it had done nothing wrong.'
    expect(partyAt(campaign, 'The Clinton campaign')?.name).not.toMatch(/Commission/)
    // A name the tagger guessed to be a person is no campaign either; "the campaign" then refers back to it.
    const text2 = 'Boeing built the plane in Boston. The Trump campaign said the plane was safe. The campaign later said it would be sold.'
    expect(partyAt(text2, 'The Trump campaign')?.name).toBe('The Trump campaign')
    expect(partyAt(text2, 'The campaign')?.name).toBe('The Trump campaign')
  })

  it('"the Commission" is the European Commission named before, and no company to refer back to', () => {
    const text =
      'The European Commission wrote to Vodafone on Monday. It is the second time Vodafone has come under the Commission’s scrutiny. The UK operator said it would appeal. The Commission said it had written to three firms.'
    expect(partyAt(text, 'The UK operator')?.name).toBe('Vodafone')
    expect(partyAt(text, 'The Commission', 'would appeal')?.name).toBe('European Commission')
  })

  it('a participle that opens its sentence has the main clause’s subject', () => {
    const ledger = analyse(documentOf('Claiming the criticism of the moderator was designed to rattle him, Ruiz told reporters that the debate was rigged.'))
    expect(ledger.stances.find((item) => item.cue.text === 'Claiming')?.source?.text).toBe('Ruiz')
  })

  /** The name of the party that declines to comment in `text`. */
  function silentParty(text: string): string | undefined {
    const ledger = analyse(documentOf(text))
    const stance = ledger.stances.find((item) => item.kind === 'no-comment')!
    return ledger.parties.find((party) => party.id === stance.party)?.name
  }

  it('a pronoun that opens its sentence continues the subject before, not a name in its apposition', () => {
    expect(silentParty('Jay Carney, a former press secretary for Mr. Obama, is now an executive at Amazon. He declined to comment.')).toBe('Jay Carney')
  })

  it('a participle after the head noun modifies it: "superdelegates supporting Sanders" are not Sanders', () => {
    expect(silentParty('Several superdelegates supporting Sanders declined to comment.')).not.toBe('Sanders')
  })

  it('documents of record that open a sentence are identified, not a name', () => {
    const text = 'Depositions released in March quote Trump acknowledging a lack of close involvement with students.'
    const ledger = analyse(documentOf(text))
    const party = ledger.parties.find((item) => item.id === ledger.stances[0].party)!
    expect(party.kind).toBe('publication')
    expect(isUnnamedSource(party)).toBe(false)
  })

  it('an amount, a decade or an ordinal is no name for a description to refer back to', () => {
    const text = 'PwC released a report on Monday. The chancellor will need to raise about $10bn a year by the 2020s, the firm says.'
    expect(partyAt(text, 'the firm')?.name).toBe('PwC')
  })

  it('a description of an organisation refers back to the organisation, not to a place in its name', () => {
    const text = 'Regulators fined Vodafone on Monday. The UK operator said it would appeal.'
    expect(partyAt(text, 'The UK operator')?.name).toBe('Vodafone')
  })

  it('a newspaper is a publication, and "the company" is not the paper that reported on it', () => {
    const text = 'Shares in Harbour Holdings fell after The Sunday Times reported that the firm had lost money. The company said the report was wrong.'
    expect(partyAt(text, 'The Sunday Times')?.kind).toBe('publication')
    expect(partyAt(text, 'The company', 'The company')?.name).not.toBe('Sunday Times')
  })

  it('"the administration" is no country named before it', () => {
    const text = 'Troops left Afghanistan in August. The administration said the withdrawal had gone to plan.'
    expect(partyAt(text, 'The administration')?.name).not.toBe('Afghanistan')
  })

  it('"the officials" are no other unnamed group named before', () => {
    const text =
      'Dana Ruiz, head of the fund, said in a recent interview that trials, with expert witnesses and thick records, were key to rebutting the states. The state officials whose laws have been overturned say the real change has come in the makeup of the courts.'
    expect(partyAt(text, 'The state officials whose laws have been overturned')?.name).toBe('The state officials')
  })

  it('a name in apposition inside the source names it, before an affiliation too', () => {
    const text = 'Another pollster, Dana Whitcombe of Clemson University, said her survey showed support holding steady.'
    expect(partyAt(text, 'Another pollster, Dana Whitcombe of Clemson University')?.name).toBe('Dana Whitcombe')
  })

  it('"she said" after a quotation is the subject who opens the paragraph, not the last speaker before it', () => {
    const text =
      "Hillary Clinton spoke in Iowa.\n\nA young woman stood up. ''You say that all victims should be believed,'' the woman said.\n\nMrs. Clinton did not hesitate. ''Well, I would say that everybody should be believed at first,'' she said."
    expect(partyAt(text, 'she')?.name).toBe('Hillary Clinton')
  })

  it('a source begun inside its relative clause starts at the noun the clause is about', () => {
    const text = 'The deal was signed in May, people who reviewed the papers said. Mr Hale, now the party leader, who in 2010 said the goal was growth, spoke again.'
    const ledger = analyse(documentOf(text))
    const sources = ledger.stances.map((stance) => stance.source?.text)
    expect(sources).toContain('people who reviewed the papers')
    expect(sources).not.toContain('reviewed the papers')
  })

  it('a particle inside a name', () => {
    expect(partyAt('Jeremy de Souza, a local councillor, said the plan was flawed.', 'Jeremy de Souza, a local councillor')?.name).toBe('Jeremy de Souza')
  })

  it('"I" in a signed piece is its author', () => {
    const text = 'Why the war must end\n\nBy Norman Solomon\n\nI have long argued that the war is a mistake.'
    expect(partyAt(text, 'I')).toMatchObject({kind: 'self', name: 'Norman Solomon'})
  })
})
