/**
 * The wording rules on whole sentences, through the real analysis: each
 * error class of issue 16 as realistic copy (wire, BBC, US politics), what
 * must be flagged and what must not.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {createProcessor} from '../../src/processor.js'

async function messagesOf(rule: string, text: string): Promise<string[]> {
  const file = new VFile({path: 'story.txt', value: text})
  await createProcessor().process(file)
  return file.messages.filter((message) => message.ruleId === rule).map((message) => message.reason)
}

describe('loaded-attribution-verb on whole sentences', () => {
  const loaded = (text: string) => messagesOf('loaded-attribution-verb', text)

  it('flags the verbs of attack beside "claimed" and names whose words they report', async () => {
    expect(await loaded('Democrats also blasted the committee for failing to publish the report on Friday.')).toEqual([
      'Loaded attribution verb “blasted” for Democrats: use “criticized”, which does not judge what is reported'
    ])
    const [lambasted] = await loaded('The union lambasted the proposal as an attack on pensions.')
    expect(lambasted).toMatch(/^Loaded attribution verb “lambasted” for the union: use “criticized”/)
    const [railed] = await loaded('Mr Trump has railed against the tax breaks that benefit hedge fund managers.')
    expect(railed).toMatch(/“railed against”.*use “criticized”/)
    const [claimed] = await loaded('Wine makers, however, claimed the support did not go far enough.')
    expect(claimed).toMatch(/^Loaded attribution verb “claimed” for Wine makers: use “said”/)
  })

  it('leaves the noun "claim" alone', async () => {
    expect(await loaded("The senator's claim that the vote was rigged has been repeated by his allies.")).toEqual([])
    expect(await loaded('In May, the rate was less than a third of Mr Trump’s claim.')).toEqual([])
  })

  it('leaves "claimed responsibility" and "claiming allegiance" alone', async () => {
    expect(await loaded('Islamic State claimed responsibility for the attack, the group’s news agency said.')).toEqual([])
    expect(await loaded('A gunman claiming allegiance to the group opened fire on the crowd.')).toEqual([])
  })

  it('leaves a confession of a fault alone but flags "admitted" for an ordinary remark', async () => {
    expect(await loaded('Michael Sears admitted his guilt in breaking conflict of interest laws.')).toEqual([])
    expect(await loaded('Monsanto also admitted to paying bribes to a number of officials.')).toEqual([])
    const [remark] = await loaded('In the interview, he admitted that philanthropy would not be enough to keep him busy.')
    expect(remark).toMatch(/^Loaded attribution verb “admitted”/)
    // Admitting that one's own account was wrong, however far the fault word stands.
    expect(await loaded('On Sunday, Carson admitted that the course name that appeared in his book was inaccurate.')).toEqual([])
  })

  it('leaves "admitting privileges" alone, as a loaded verb and as a report', async () => {
    const text = 'The law requires that doctors at clinics have admitting privileges at local hospitals.'
    expect(await loaded(text)).toEqual([])
    expect(await messagesOf('anonymous-source', text)).toEqual([])
  })

  it('leaves "admitted" alone in a story of a verdict, where it reports the confession the verdict rests on', async () => {
    const story = 'A former lobbyist has been fined $250,000 by a federal court. The lobbyist admitted that she had steered contracts to a favoured firm.'
    expect(await loaded(story)).toEqual([])
    const [remark] = await loaded('A former lobbyist spoke on Monday. The lobbyist admitted that she had steered contracts to a favoured firm.')
    expect(remark).toMatch(/^Loaded attribution verb “admitted”/)
  })

  it('leaves "revealed" as a modifier or in the sense of showing alone', async () => {
    expect(await loaded('His surrogates praised his recently revealed tax avoidance strategies.')).toEqual([])
    expect(await loaded('The analysis reveals just how fast the problem is growing among young veterans.')).toEqual([])
    const [revealed] = await loaded('The Pentagon revealed earlier this week that it would examine eight other contracts.')
    expect(revealed).toMatch(/“revealed” for (the )?Pentagon/i)
  })

  it('leaves the speaker’s own words alone: a loaded verb inside a quotation', async () => {
    expect(await loaded('“Anyone claiming that America’s economy is in decline is peddling fiction,” Obama said last month.')).toEqual([])
    expect(await loaded('“The president has admitted he does not have a strategy for the region,” the senator said.')).toEqual([])
  })

  it('leaves neutral verbs alone', async () => {
    const text = 'The regulator alleged the firms were abusing their dominant position. Lord Browne pointed out that the company was reaping the benefits.'
    expect(await loaded(text)).toEqual([])
    // Nor is "alleged" before its clause a hedge: it is the regulator's verb.
    expect(await messagesOf('unsourced-hedge', text)).toEqual([])
  })
})

describe('unsourced-hedge on whole sentences', () => {
  const hedges = (text: string) => messagesOf('unsourced-hedge', text)

  it('asks by whom of a claim that is expected, seen as or described as by no one', async () => {
    expect(await hedges('Both banks are expected to list abroad during 2005.')).toHaveLength(1)
    expect(await hedges('Her comments raised concerns and Mr Yushchenko was seen on Monday as trying to soothe their frayed nerves.')).toHaveLength(1)
    expect(await hedges('For 12 years, he had what is often described as the nation’s second-biggest job.')).toHaveLength(1)
  })

  it('asks by whom of "apparently" and of a hearsay participle after its noun', async () => {
    expect(await hedges('Apparently, campus security saw the tweet and removed the candidate from the hall.')).toHaveLength(1)
    expect(await hedges('The state has filed a lawsuit against two men believed to be among the world’s top five spammers.')).toHaveLength(1)
  })

  it('leaves a past expectation, a named expecter and a term of the trade alone', async () => {
    expect(await hedges('The firm was also expected to receive a boost from the new drug, before it was withdrawn.')).toEqual([])
    expect(await hedges('The deal is expected by analysts to close in March.')).toEqual([])
    expect(await hedges('The firms acted after a death and a suspected case of the condition.')).toEqual([])
  })

  it('leaves a hedge inside a quotation alone: the words are the speaker’s', async () => {
    expect(await hedges('The chain warned investors on Monday. “Sales are expected to stay weak through March.”')).toEqual([])
    expect(await hedges('The chain warned investors on Monday. Sales are expected to stay weak through March.')).toHaveLength(1)
  })
})
