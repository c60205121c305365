/**
 * Status words in context, through the whole analysis: the classes of
 * issue 16 as realistic copy — denials phrased without "deny", "deny" in
 * another sense, withheld confirmation under a noun of evidence, who the
 * denier is.
 */
import {describe, expect, it} from 'vitest'
import {analyse} from '../../src/analysis/ledger.js'
import {documentOf} from './helpers.js'

/** The status stances of `text` (not the assertions), with the party's name and the claim. */
function stances(text: string) {
  const ledger = analyse(documentOf(text))
  return ledger.stances
    .filter((stance) => stance.kind !== 'asserts')
    .map((stance) => ({
      kind: stance.kind,
      cue: stance.cue.text,
      party: ledger.parties.find((party) => party.id === stance.party)?.name ?? null,
      claim: ledger.claims.find((claim) => claim.id === stance.claim)?.text ?? null
    }))
}

function kinds(text: string) {
  return stances(text).map((stance) => stance.kind)
}

describe('denials without "deny"', () => {
  it('reads a claim called wrong, a misconception or mischaracterised as denied by whoever says so', () => {
    const [wrong] = stances('Suggestions that outsourcing is to blame are wrong, Ms Diemont says.')
    expect(wrong).toMatchObject({kind: 'denies', claim: 'outsourcing is to blame'})
    expect(wrong.party).toMatch(/Diemont/)
    expect(kinds('He said that was a misconception based on a lack of awareness of the technology.')).toEqual(['denies'])
    const [mischaracterised] = stances('Clark later said his comments were mischaracterized and that he was against internment.')
    expect(mischaracterised).toMatchObject({kind: 'denies', party: 'Clark', claim: 'his comments'})
  })

  it('reads "called the ruling total political crap" as the caller’s denial of the ruling', () => {
    const [called] = stances("Apple's chief executive, Tim Cook, called the ruling ''total political crap'' on Thursday.")
    expect(called).toMatchObject({kind: 'denies', claim: 'the ruling'})
    expect(called.party).toMatch(/Cook|chief executive/)
  })

  it('takes the content clause of "this notion that …" as the claim, not its last words', () => {
    const [notion] = stances('“This notion that Barack Obama doesn’t know what he’s doing is just not true,” Rubio said.')
    expect(notion).toMatchObject({kind: 'denies', party: 'Rubio', claim: 'Barack Obama doesn’t know what he’s doing'})
  })

  it('reads a party saying it complied with the law, or is not linked, as a denial', () => {
    expect(kinds('The firm insisted that it had complied fully with Venezuelan law.')).toEqual(['denies'])
    expect(kinds('Gazprom has announced it is not linked to Baikal in any way.')).toEqual(['denies'])
    expect(kinds('The company said it had done nothing wrong.')).toEqual(['denies'])
  })

  it('leaves the writer’s own statement of compliance, a negated or supposed one, and a poll’s answer alone', () => {
    expect(kinds('The bank complied with the new rules in March.')).toEqual([])
    expect(kinds('The court ruled that the state’s practices are not in compliance with the 1993 act.')).toEqual([])
    expect(kinds('Figueroa said the candidate complied with police orders and left the area.')).toEqual([])
    // A poll's share is no party: its answers deny nothing.
    expect(kinds('Asked about her email, just 19 percent said she did nothing wrong.')).toEqual([])
  })

  it('reads "appealing against allegations" as disputing them', () => {
    const [appeal] = stances('The UK operator is already appealing against allegations that its roaming rates are unfair.')
    expect(appeal).toMatchObject({kind: 'denies', claim: 'allegations that its roaming rates are unfair'})
  })
})

describe('falsity words that deny nothing', () => {
  it('leaves a supposition, a tally of verdicts and a deed called wrong alone', () => {
    expect(kinds('“If you think the moon landing was a hoax, you can go online and find people just like you,” Holan said.')).toEqual([])
    expect(kinds('PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.')).toEqual([])
    expect(kinds('It was wrong to cut the budget for schools, she said.')).toEqual([])
  })

  it('leaves a concession of one’s own error alone: it corrects, it denies nothing', () => {
    expect(kinds('Carson admitted that the course name that appeared in his book was inaccurate.')).not.toContain('denies')
  })

  it('leaves a lie named in passing alone, but reads "called X a hoax" as a denial of X', () => {
    expect(kinds('Williamson assails in scoffing prose what he calls the “immoral” “lie” of the current political moment.')).toEqual([])
    const [hoax] = stances('Trump has called climate change a hoax perpetrated by China.')
    expect(hoax).toMatchObject({kind: 'denies', claim: 'climate change'})
  })

  it('gives a falsity established by no one named to the writer, not to the one it is about', () => {
    const [shown] = stances('The candidate changed her story after her initial statement was shown to be false.')
    expect(shown).toMatchObject({kind: 'denies', party: 'the publication'})
  })
})

describe('"deny" in another sense', () => {
  it('leaves "deny someone something" alone, names and plain noun phrases alike', () => {
    expect(kinds('Closed primaries deny many energized independents the right to vote.')).toEqual([])
    expect(kinds('I would not deny workers a pay rise.')).toEqual([])
  })

  it('still reads a denial whose clause opens with a pronoun', () => {
    const [denial] = stances('During his second day of questioning in the New York trial Mr Ebbers played down his ties with Mr Sullivan and denied he frequently met him.')
    expect(denial).toMatchObject({kind: 'denies', claim: 'he frequently met him'})
    expect(denial.party).toMatch(/Ebbers/)
  })
})

describe('the party of a verb coordinated after a comma', () => {
  it('is the subject of the sentence’s first verb group, or the names before its first verb', () => {
    expect(stances('Trump also claimed Clinton had helped Machado get citizenship, but offered no proof.')).toMatchObject([{kind: 'no-evidence', party: 'Trump'}])
    const [view] = stances('Irish horse racing millionaires JP McManus and John Magnier own 29% of United through their investment vehicle, and have yet to express a view on the bid.')
    expect(view.party).toMatch(/JP McManus and John Magnier/)
  })
})

describe('who denies', () => {
  it('takes the subject of the verb a participle hangs on, and a name with its people as one party', () => {
    const [dispute] = stances('The dean of the school has published a letter strongly disputing accusations by Exxon Mobil that its reporters had erred.')
    expect(dispute.party).toMatch(/dean/i)
    const [denial] = stances('Trump and his attorneys have vigorously denied the fraud claims.')
    expect(denial.party).toBe('Trump and his attorneys')
  })

  it('takes the noun an object relative clause hangs on as what is denied', () => {
    const [denial] = stances('Democrats have accused the president of hiding the costs of the war, a charge which the administration denies.')
    expect(denial).toMatchObject({kind: 'denies', claim: 'a charge'})
  })
})

describe('withheld confirmation', () => {
  it('reads "no information … to confirm or deny" as unconfirmed by whom the information would come from, once', () => {
    const found = stances('Petrel said that it has not received any information from Iraqi authorities to confirm or deny the report.')
    expect(found).toEqual([{kind: 'unconfirmed', cue: 'to confirm or deny', party: 'Iraqi authorities', claim: 'the report'}])
  })
})

describe('no comment, and what is not', () => {
  it('reads "was unable to say" and "have yet to express a view" as no comment, with the party before the auxiliary', () => {
    expect(stances('A spokesman for the refiner was unable to say when the unit would be back up and running.')).toMatchObject([
      {kind: 'no-comment', party: 'A spokesman for the refiner'}
    ])
    expect(kinds('The two largest shareholders have yet to express a view on the bid approach.')).toEqual(['no-comment'])
  })

  it('leaves a refusal to utter words alone: "refused to say the words “radical Islam”" withholds no comment', () => {
    expect(kinds('She and other Democrats on the stage refused to say the words "radical Islam," a moment Republicans seized upon.')).not.toContain('no-comment')
    expect(kinds('The senator refused to say whether the bill would pass.')).toContain('no-comment')
  })

  it('leaves a request for something else, a withheld commitment, "not saying much" and advice alone', () => {
    expect(kinds('Thousands were removed from the rolls because they did not respond to queries seeking to confirm their address.')).toEqual([])
    expect(kinds('She refused to say whether she would run for the seat in 2018.')).toEqual([])
    expect(kinds('Donald Trump isn’t saying much about debate preparation.')).toEqual([])
    expect(kinds('Never once have I heard him say something that I thought he should keep quiet about.')).toEqual([])
    expect(kinds('The company declined to provide guidance on earnings for next year.')).toEqual([])
    expect(kinds('The aide declined to provide a list of venues.')).toEqual(['no-comment'])
  })

  it('still reads a refusal to answer about the past, and a request to comment, as no comment', () => {
    expect(kinds('Mr. Trump recently refused to say whether he would have created internment camps.')).toEqual(['no-comment'])
    expect(kinds('Campaign spokesman Michael Briggs did not respond to requests to comment on the subject.')).toEqual(['no-comment'])
  })
})

describe('not confirmed, in other words', () => {
  it('reads "has not been determined" and "too early to tell whether" as unconfirmed by whoever says so', () => {
    const [determined] = stances('“The exact cause of the explosion has not been determined,” said O’Neill.')
    expect(determined.kind).toBe('unconfirmed')
    expect(determined.party).toMatch(/^O.Neill$/)
    expect(stances('The mayor also said that it was too early to tell whether the explosion was caused by a bomb.')).toMatchObject([
      {kind: 'unconfirmed', party: 'The mayor', claim: 'the explosion was caused by a bomb'}
    ])
  })
})

describe('not confirmed, and what is not', () => {
  it('leaves a forecast withheld, a person not confirmed to a post, refugees not admitted and a kind of report alone', () => {
    expect(kinds('It is too soon to say whether her policies will prove successful.')).toEqual([])
    expect(kinds('“This person will not be confirmed,” the senator said.')).toEqual([])
    expect(kinds('Here, they aren’t admitted until they are vetted for at least 18 months.')).toEqual([])
    expect(kinds('He has been willing to circulate unconfirmed reports on social media.')).toEqual([])
  })

  it('still reads the unconfirmed report that …, and a refusal to admit, as unconfirmed', () => {
    expect(kinds('The unconfirmed report that the minister resigned spread quickly.')).toEqual(['unconfirmed'])
    expect(kinds('He refused to admit that he underestimated the group.')).toEqual(['unconfirmed'])
  })
})

describe('no evidence: a claim made without it, or a finding', () => {
  function evidence(text: string) {
    const ledger = analyse(documentOf(text))
    return ledger.stances.filter((stance) => stance.kind === 'no-evidence').map((stance) => Boolean(stance.finding))
  }

  it('marks a claim made without evidence as such', () => {
    expect(evidence('Mr. Trump claimed, without any evidence, that the election was rigged.')).toEqual([false])
    expect(evidence('The senator offered no proof for the accusation.')).toEqual([false])
    expect(evidence('Citing an unfounded conspiracy theory, Trump accused Cruz’s father of knowing Oswald.')).toEqual([false])
  })

  it('marks a finding that there is no evidence as a finding', () => {
    expect(evidence('Police found no evidence of foul play.')).toEqual([true])
    expect(evidence('There is no evidence that the ads changed any votes.')).toEqual([true])
    expect(evidence('Public records show little evidence that Trump made good on those promises.')).toEqual([true])
    expect(evidence('He has promoted a raft of scientifically unproven therapies.')).toEqual([true])
    expect(evidence('There is no precedent for prosecuting a case without evidence of intent.')).toEqual([true])
  })
})

describe('hedges the writer did not make', () => {
  /** The hedge cues of `text`: hearsay hedges and impersonal assertions with no one behind them. */
  function hedges(text: string) {
    const ledger = analyse(documentOf(text))
    return ledger.stances.filter((stance) => stance.kind === 'hedged' || (stance.impersonal && !stance.party)).map((stance) => stance.cue.text)
  }

  it('leaves "allegedly" beside the charge alone, but not with no charge named', () => {
    expect(hedges('The campaign manager was charged with battery in Florida for allegedly grabbing a reporter.')).toEqual([])
    expect(hedges('The 29 people were wounded by a bomb set by the alleged terrorist.')).toEqual(['alleged'])
  })

  it('reads "what officials believed to be" as the officials’ belief, and a noun phrase "believed to be" as a hedge', () => {
    expect(hedges('The markings were changed, in what State Department whistleblowers believed to be an effort to hide the emails.')).toEqual([])
    expect(hedges('Texas has filed a lawsuit against two men believed to be among the world’s top spammers.')).toEqual(['believed to'])
  })

  it('leaves "were seen shaking hands as they left" alone: a perception, not "seen as"', () => {
    expect(hedges('Manafort and other aides were seen shaking hands as they left the arena.')).toEqual([])
    expect(hedges('The deal was seen as a victory for the unions.')).toEqual(['was seen as'])
  })

  it('leaves "expectations so that" alone: a purpose, not a belief', () => {
    expect(hedges('The campaign has sought for months to temper expectations so that the senator could peak late.')).toEqual([])
  })

  it('gives a verb joined by "and" with no source of its own the subject of its clause', () => {
    const text = 'In it, O’Donnell departed from the narrative Trump had created and instead portrayed the developer as a crude bully.'
    expect(hedges(text)).toEqual([])
    const ledger = analyse(documentOf(text))
    expect(ledger.stances.find((stance) => stance.cue.text === 'portrayed')?.source?.text).toBe('O’Donnell')
  })
})
