import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument} from '../../src/analysis/document.js'
import {applyFrameRules, attributionsFromLabels} from '../../src/analysis/attribution/index.js'
import {tokenAttributes} from '../../src/analysis/attribution/features.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, O} from '../../src/analysis/attribution/labels.js'

/** Run the frame rules over labels that are all O except `source` words and `cue` words (each a cue of its own), then group. */
function framed(text: string, sourceWords: string[] = [], cueWords: string[] = []) {
  const doc = buildDocument(parseEnglish(text), text)
  const labels = new Uint8Array(doc.tokens.length).fill(O)
  let previous = false
  for (const token of doc.tokens) {
    const inSource = sourceWords.includes(token.text)
    if (inSource) labels[token.index] = previous ? I_SOURCE : B_SOURCE
    if (cueWords.includes(token.text)) labels[token.index] = B_CUE
    previous = inSource
  }

  applyFrameRules(doc, labels)
  return attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
}

describe('frame rules', () => {
  it('finds “X told Y that …” with a verb of saying', () => {
    const [stance] = framed('Minister Ana Costa briefed reporters on Monday that the talks had failed.')
    expect(stance.cue.text).toBe('briefed')
    expect(stance.source?.text).toBe('Minister Ana Costa')
    expect(stance.content?.text).toBe('that the talks had failed')
  })

  it('finds “CLAUSE, the firm claims.” where the tagger labelled nothing, but not a clause’s own verb after a comma', () => {
    const [stance] = framed('The treasury will need to raise about $10bn a year to balance its books, the firm claims.')
    expect([stance.source?.text, stance.cue.text, stance.content?.text]).toEqual(['the firm', 'claims', 'The treasury will need to raise about $10bn a year to balance its books'])
    expect(framed('The plan passed, and the rates rose.')).toEqual([])
    expect(framed('When the vote came, the mayor who won it said.')).toEqual([])
  })

  it('finds “X told Y that …” over a cue the tagger put inside the clause, keeping it', () => {
    const stances = framed('In June, Leff also briefed the council that remnants found in Ukraine were from a missile made this year.', [], ['found'])
    const briefed = stances.find((stance) => stance.cue.text.endsWith('briefed'))!
    expect(briefed.source?.text).toBe('Leff')
    expect(briefed.content?.text).toBe('that remnants found in Ukraine were from a missile made this year')
    expect(stances.some((stance) => stance.cue.text === 'found')).toBe(true)
  })

  it('gives a source begun inside its noun phrase its title, first name and thousands', () => {
    /** The source of "… said …" when the tagger marked only `sourceWords` and the cue "said". */
    const sourceOf = (text: string, sourceWords: string[]) => framed(text, sourceWords, ['said'])[0].source?.text

    expect(sourceOf('Ms. Conway said the poll was wrong.', ['Conway'])).toBe('Ms. Conway')
    expect(sourceOf('Chris Christie said the poll was wrong.', ['Christie'])).toBe('Chris Christie')
    expect(sourceOf('But Christie said the poll was wrong.', ['Christie'])).toBe('Christie')
    expect(sourceOf('Some 34,000 people said the poll was wrong.', ['000', 'people'])).toBe('34,000 people')
  })

  it('takes an inverted source after a quotation, apposition and all', () => {
    const [stance] = framed('“We need bold changes,” said Kurt Walters, the campaign director at Rootstrikers, a group that favors limits.')
    expect(stance.cue.text).toBe('said')
    expect(stance.source?.text).toBe('Kurt Walters, the campaign director at Rootstrikers, a group that favors limits')
    expect(stance.content?.text).toBe('We need bold changes')
  })

  it('ends an inverted source before a participial clause, not before a relative one', () => {
    const [referring] = framed('“It is a new chapter,” said Ms. Acosta, referring to the bankruptcy code.')
    expect(referring.source?.text).toBe('Ms. Acosta')
    const [who] = framed('“It is a new chapter,” said Ms. Acosta, who runs the fund.')
    expect(who.source?.text).toBe('Ms. Acosta, who runs the fund')
  })

  it('mends an inverted frame whose roles the tagger swapped (“…,” said/source Blair/cue)', () => {
    const [stance] = framed('“We know something is very wrong,” said Blair.', ['said'], ['Blair'])
    expect(stance.cue.text).toBe('said')
    expect(stance.source?.text).toBe('Blair')
  })

  it('ends a cue that ran on into a quotation mark before it, instead of dropping it', () => {
    const text = '"Donald Trump is a fraud," Perez said Sunday on "Meet the Press."'
    const doc = buildDocument(parseEnglish(text), text)
    const labels = new Uint8Array(doc.tokens.length).fill(O)
    const at = (word: string) => doc.tokens.findIndex((token) => token.text === word)
    labels[at('Perez')] = B_SOURCE
    labels[at('said')] = B_CUE
    for (let i = at('said') + 1; i <= at('on') + 1; i++) labels[i] = I_CUE
    const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    expect(stance.cue.text).toBe('said Sunday on')
    expect(stance.source?.text).toBe('Perez')
  })

  it('extends a half-tagged inverted source to the end of its sentence', () => {
    const [stance] = framed('“It is over,” said Deb Kline, a leader of the union.', ['Deb', 'Kline'])
    expect(stance.source?.text).toBe('Deb Kline, a leader of the union')
  })

  it('leaves “said” alone when a quotation opens after the source', () => {
    const stances = framed('“It is over,” said Deb Kline, “and we lost.”')
    expect(stances.every((stance) => stance.source?.text !== 'Deb Kline, “and we lost')).toBe(true)
  })

  it('finds a report inside a report that the tagger read as plain content', () => {
    const text = 'The agency reported that the country’s intelligence service (NIS) said that 100 soldiers were killed.'
    const doc = buildDocument(parseEnglish(text), text)
    const labels = new Uint8Array(doc.tokens.length).fill(O)
    // The tagger's reading: "The agency" source, "reported" cue, everything after one content.
    doc.tokens.forEach((token, i) => {
      if (token.text === 'The' || token.text === 'agency') labels[i] = token.text === 'The' ? B_SOURCE : I_SOURCE
      else if (token.text === 'reported') labels[i] = B_CUE
      else if (i > 2 && token.text !== '.') labels[i] = i === 3 ? B_CONTENT : I_CONTENT
    })
    applyFrameRules(doc, labels)
    const stances = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    const inner = stances.find((stance) => stance.cue.text === 'said')
    expect(inner?.source?.text).toBe('the country’s intelligence service (NIS)')
    expect(inner?.content?.text).toBe('that 100 soldiers were killed')
    const outer = stances.find((stance) => stance.cue.text === 'reported')
    expect(outer?.content?.text).toBe('that the country’s intelligence service (NIS) said that 100 soldiers were killed')
  })

  /** Label `text` by words: each entry of `roles` is [first word, last word, B label]. */
  function labelled(text: string, roles: Array<[string, string, number]>) {
    const doc = buildDocument(parseEnglish(text), text)
    const labels = new Uint8Array(doc.tokens.length).fill(O)
    for (const [from, to, begin] of roles) {
      const first = doc.tokens.findIndex((token) => token.text === from)
      const last = doc.tokens.findIndex((token, i) => i >= first && token.text === to)
      for (let i = first; i <= last; i++) labels[i] = i === first ? begin : begin + 1
    }

    return {doc, labels}
  }

  /** The attributions of `text` labelled by `roles` (as `labelled`), after the frame rules. */
  function framedStances(text: string, roles: Array<[string, string, number]>) {
    const {doc, labels} = labelled(text, roles)
    applyFrameRules(doc, labels)
    return attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
  }

  it('frames a loose group’s belief over labels the tagger left with no cue, but not over a quotation', () => {
    const text = 'Many experts suspect those losses were generated in part by tax breaks, particularly for the real estate industry.'
    const [stance] = framedStances(text, [['real', 'industry', B_CONTENT]])
    expect(stance?.source?.text).toBe('Many experts')
    expect(stance?.content?.text).toBe('those losses were generated in part by tax breaks, particularly for the real estate industry')
    const quoted = '“Many experts suspect those losses were generated by tax breaks,” particularly for the real estate industry.'
    expect(framedStances(quoted, [['real', 'industry', B_CONTENT]]).some((item) => item.source?.text === 'Many experts')).toBe(false)
  })

  it('gives the addressee of “told” back when the tagger read it as content', () => {
    const text = 'The agency told South Korean lawmakers in a closed-door meeting that the troops lacked training.'
    const [stance] = framedStances(text, [['The', 'agency', B_SOURCE], ['told', 'told', B_CUE], ['South', 'training', B_CONTENT]])
    expect(stance.content?.text).toBe('that the troops lacked training')
  })

  it('gives the addressee back before a that-less clause opening with a pronoun, not inside a that-clause', () => {
    const text = 'She also told Breitbart News she would rather vote for Clinton.'
    const [stance] = framedStances(text, [['She', 'She', B_SOURCE], ['also', 'told', B_CUE], ['Breitbart', 'Clinton', B_CONTENT]])
    expect(stance.content?.text).toBe('she would rather vote for Clinton')
    const that = 'He warned that officers he has met agree.'
    const [told] = framedStances(that, [['He', 'He', B_SOURCE], ['warned', 'warned', B_CUE], ['that', 'agree', B_CONTENT]])
    expect(told.content?.text).toBe('that officers he has met agree')
  })

  it('gives the addressee of a question verb back before its wh-clause', () => {
    const text = 'A reporter asked Mr. Obama on Friday whether the deal would hold.'
    const [stance] = framedStances(text, [['A', 'reporter', B_SOURCE], ['asked', 'asked', B_CUE], ['Mr.', 'hold', B_CONTENT]])
    expect(stance.content?.text).toBe('whether the deal would hold')
  })

  it('makes a passive cue’s agent its source and the subject its content', () => {
    const text = 'Those results were ignored by the military officers running the country.'
    const [stance] = framedStances(text, [['Those', 'results', B_SOURCE], ['were', 'ignored', B_CUE]])
    expect(stance.source?.text).toBe('the military officers running the country')
    expect(stance.content?.text).toBe('Those results')
  })

  it('ends a passive agent before its clause and reads no amount or cause as an agent', () => {
    const asked = 'Rubio was asked by Fox Business moderator Gerard Baker whether the plan would work.'
    const [stance] = framedStances(asked, [['Rubio', 'Rubio', B_SOURCE], ['was', 'asked', B_CUE], ['whether', 'work', B_CONTENT]])
    expect(stance.source?.text).toBe('Fox Business moderator Gerard Baker')
    const troubled = 'Many voters were troubled by the raids.'
    const [feeling] = framedStances(troubled, [['Many', 'voters', B_SOURCE], ['were', 'troubled', B_CUE]])
    expect(feeling.source?.text).toBe('Many voters')
    const won = 'The measure was approved by 10 points in the poll.'
    const [vote] = framedStances(won, [['The', 'measure', B_SOURCE], ['was', 'approved', B_CUE]])
    expect(vote.source?.text).toBe('The measure')
  })

  it('gives a source begun after a preposition the head of its noun phrase', () => {
    const text = 'The emails were due in January, but attorneys for the department said this week that more would come.'
    const [stance] = framedStances(text, [['the', 'department', B_SOURCE], ['said', 'said', B_CUE], ['more', 'come', B_CONTENT]])
    expect(stance.source?.text).toBe('attorneys for the department')
  })

  it('takes no head from inside a relative clause, across a verb or for a possessor', () => {
    // The object of "for" is no subject of the cue: no head is taken for
    // it from the words before, and it is no source itself.
    const text = 'Voters who came for the speech said it was too long.'
    const [stance] = framedStances(text, [['the', 'speech', B_SOURCE], ['said', 'said', B_CUE], ['it', 'long', B_CONTENT]])
    expect(stance.source).toBeNull()
    const clause = 'It is highly unusual for a sitting justice to weigh in on a campaign.'
    const [weigh] = framedStances(clause, [['a', 'justice', B_SOURCE], ['to', 'in', B_CUE], ['on', 'campaign', B_CONTENT]])
    expect(weigh.source).toBeNull()
    const possessor = 'A repeat of Trump’s claim that the vote was rigged followed.'
    const [claim] = framedStances(possessor, [['Trump’s', 'Trump’s', B_SOURCE], ['claim', 'claim', B_CUE], ['that', 'rigged', B_CONTENT]])
    expect(claim.source?.text).toBe('Trump’s')
  })

  it('reads a speaker’s label before a colon as a frame', () => {
    for (const [text, source, content] of [
      ['Sanders: Clinton Email Story Has Moved.', 'Sanders', 'Clinton Email Story Has Moved'],
      ['Chris Matthews: Well, speculation is bad for everyone.', 'Chris Matthews', 'Well, speculation is bad for everyone'],
      ['Q: You were 14 years old. What did you find? A: Nothing.', 'Q', 'You were 14 years old. What did you find']
    ]) {
      const [stance] = framedStances(text, [])
      expect(stance?.cue.text).toBe(':')
      expect(stance?.source?.text).toBe(source)
      expect(stance?.content?.text).toBe(content)
    }
  })

  it('reads no frame into a section label, a figure or a list of names before a colon', () => {
    for (const text of ['Update: The vote was delayed until Friday.', 'CONTRIBUTING: Deborah Berry.', 'Hillary Clinton: 1,769.', 'Nevada: Adam Khan, Andres Ramirez, Barbara Buckley.']) {
      expect(framedStances(text, [])).toEqual([])
    }
  })

  it('keeps a relative “that” inside the content of a verb without an addressee', () => {
    const text = 'The agency said the plan that failed was costly.'
    const [stance] = framedStances(text, [['The', 'agency', B_SOURCE], ['said', 'said', B_CUE], ['the', 'costly', B_CONTENT]])
    expect(stance.content?.text).toBe('the plan that failed was costly')
  })

  it('takes the words after an inverted frame as its source when the tagger read them as content too', () => {
    const text = '“It is the way to participate,” says one source involved in the launch.'
    const [stance] = framedStances(text, [['It', ',', B_CONTENT], ['says', 'says', B_CUE], ['one', 'launch', B_CONTENT]])
    expect(stance.source?.text).toBe('one source involved in the launch')
    expect(stance.content?.text).toBe('It is the way to participate')
  })

  it('takes an apposition’s relative clause into an inverted source even when tagged as content', () => {
    const text = '“It is a fair trade,” said Dan Kildee, a Michigan Democrat who flew to Germany with the family.'
    const [stance] = framedStances(text, [['It', 'trade', B_CONTENT], ['said', 'said', B_CUE], ['Dan', 'Kildee', B_SOURCE], ['Germany', 'family', B_CONTENT]])
    expect(stance.source?.text).toBe('Dan Kildee, a Michigan Democrat who flew to Germany with the family')
    expect(stance.content?.text).toBe('It is a fair trade')
  })

  it('leaves the time and occasion out of a source that runs on to its cue', () => {
    const text = 'Senator Dick Durbin in an interview said the votes were there.'
    const {doc, labels} = labelled(text, [['Senator', 'interview', B_SOURCE], ['said', 'said', B_CUE], ['the', 'there', B_CONTENT]])
    const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    expect(stance.source?.text).toBe('Senator Dick Durbin')
  })

  it('leaves an adverbial fronted before a source out of it', () => {
    const text = 'In South Florida, where land is scarce, developers see golf courses as waste.'
    const {doc, labels} = labelled(text, [['In', 'developers', B_SOURCE], ['see', 'see', B_CUE], ['golf', 'waste', B_CONTENT]])
    const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    expect(stance.source?.text).toBe('developers')
  })

  it('keeps a time inside a source’s relative clause', () => {
    const text = 'A voter, who came on Tuesday said the votes were there.'
    const {doc, labels} = labelled(text, [['A', 'Tuesday', B_SOURCE], ['said', 'said', B_CUE], ['the', 'there', B_CONTENT]])
    const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    expect(stance.source?.text).toBe('A voter, who came on Tuesday')
  })

  it('gives a participial cue after a comma the subject of its sentence, when that is a pronoun or a name', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Later, Trump returned the compliment, telling Reuters that they were friends.', 'Trump'],
      ['And she continued on, telling the crowd that it was a giveaway.', 'she'],
      ['Maria Okafor doubled down, telling reporters that the bill was dead.', 'Maria Okafor'],
      // A word that opens a sentence is no name; a nationality is no subject.
      ['The campaign pressed on, telling donors that the race was close.', undefined],
      ['Later, Syrian hackers struck, telling readers that the president was hurt.', undefined]
    ]
    for (const [text, source] of cases) {
      const stance = framedStances(text, [['telling', 'telling', B_CUE], ['that', 'that', B_CONTENT]]).find((item) => item.cue.text === 'telling')
      expect(stance?.source?.text, text).toBe(source)
    }
  })

  it('takes no source from the object of a preposition (a fronted “Among …” too), but keeps a fronted perspective, a possessor and a colon label', () => {
    const cases: Array<[string, [string, string, number][], string | null]> = [
      ['The agency, in a move that drew criticism from business groups, has said it would act.', [['business', 'groups', B_SOURCE], ['has', 'said', B_CUE], ['it', 'act', B_CONTENT]], null],
      ['To Dana Ruiz, the stare seemed to reflect sadness.', [['Dana', 'Ruiz', B_SOURCE], ['seemed', 'seemed', B_CUE], ['to', 'sadness', B_CONTENT]], 'Dana Ruiz'],
      // A place among people that opens the sentence is no perspective.
      ['Among the county’s voters, the old alliance appears to be alive and well.', [['the', 'voters', B_SOURCE], ['appears', 'appears', B_CUE], ['to', 'well', B_CONTENT]], null],
      ['She stood by her remark that the plan was dead.', [['her', 'her', B_SOURCE], ['remark', 'remark', B_CUE], ['that', 'dead', B_CONTENT]], 'her'],
      ['More from Ruiz and Hale: the plan is dead.', [['Ruiz', 'Hale', B_SOURCE], [':', ':', B_CUE], ['the', 'dead', B_CONTENT]], 'Ruiz and Hale'],
      ['The deal is off, according to a senior official.', [['The', 'off', B_CONTENT], ['according', 'to', B_CUE], ['a', 'official', B_SOURCE]], 'a senior official'],
      // "one" before an uninflected noun is its determiner; before a verb it is a subject.
      ['One question that has emerged is whether firms will pay.', [['One', 'One', B_SOURCE], ['question', 'question', B_CUE], ['whether', 'pay', B_CONTENT]], null],
      ['One said the vote was rigged.', [['One', 'One', B_SOURCE], ['said', 'said', B_CUE], ['the', 'rigged', B_CONTENT]], 'One'],
      // A plural quantifier before a noun in -s is its determiner; before a verb it is a subject.
      ['There are many questions about how the permit was granted.', [['many', 'many', B_SOURCE], ['questions', 'about', B_CUE], ['how', 'granted', B_CONTENT]], null],
      ['Many say the permit was granted too fast.', [['Many', 'Many', B_SOURCE], ['say', 'say', B_CUE], ['the', 'fast', B_CONTENT]], 'Many']
    ]
    for (const [text, roles, source] of cases) {
      const {doc, labels} = labelled(text, roles)
      const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
      expect(stance.source?.text ?? null, text).toBe(source)
    }
  })

  it('ends a source after "according to" at a name an article follows, and starts the content there', () => {
    const text = 'According to Microsoft the messages were sent through hijacked computers.'
    const {doc, labels} = labelled(text, [['According', 'to', B_CUE], ['Microsoft', 'messages', B_SOURCE]])
    const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
    expect(stance.source?.text).toBe('Microsoft')
    expect(stance.content?.text).toBe('the messages were sent through hijacked computers')
  })

  it('marks an attitude or act as such, and not a report', () => {
    const cases: Array<[string, [string, string, number][], boolean]> = [
      // A cue outside the reporting lexicon with a noun phrase for content.
      ['Many voters are looking for change.', [['Many', 'voters', B_SOURCE], ['are', 'for', B_CUE], ['change', 'change', B_CONTENT]], true],
      ['Democrats fought about the bill.', [['Democrats', 'Democrats', B_SOURCE], ['fought', 'about', B_CUE], ['the', 'bill', B_CONTENT]], true],
      // A cue with no word that can report, whatever its content.
      ['A staffer made the first determination on how to sort the emails.', [['A', 'staffer', B_SOURCE], ['made', 'on', B_CUE], ['how', 'emails', B_CONTENT]], true],
      ['Two officers shot by the gunman were bystanders.', [['Two', 'officers', B_SOURCE], ['shot', 'by', B_CUE], ['the', 'bystanders', B_CONTENT]], true],
      // What someone would or might say, said by no one.
      ['Supporters would argue that the plan fits the mood.', [['Supporters', 'Supporters', B_SOURCE], ['would', 'argue', B_CUE], ['that', 'mood', B_CONTENT]], true],
      ['Some voters may think the plan is a fraud.', [['Some', 'voters', B_SOURCE], ['may', 'think', B_CUE], ['the', 'fraud', B_CONTENT]], true],
      // ... but a modal negated is a refusal, for the status layer to read.
      ['Aides would not say that the plan was dead.', [['Aides', 'Aides', B_SOURCE], ['would', 'say', B_CUE], ['that', 'dead', B_CONTENT]], false],
      // ... but a that-clause makes any predicate a report ("unbending" is in no list).
      ['Aides were unbending that the plan would work.', [['Aides', 'Aides', B_SOURCE], ['were', 'unbending', B_CUE], ['that', 'work', B_CONTENT]], false],
      // The lexicon's verb in another inflection ("believes" is listed).
      ['Aides believe the plan.', [['Aides', 'Aides', B_SOURCE], ['believe', 'believe', B_CUE], ['the', 'plan', B_CONTENT]], false],
      // A clause for content: opened by a wh-word, or without "that".
      ['Insurers are raising alarms about how sick customers are.', [['Insurers', 'Insurers', B_SOURCE], ['are', 'about', B_CUE], ['how', 'are', B_CONTENT]], false],
      ['Some Democrats are hopeful they can win.', [['Some', 'Democrats', B_SOURCE], ['are', 'hopeful', B_CUE], ['they', 'win', B_CONTENT]], false],
      // A clause before its frame.
      ['The plan will fail, critics fear.', [['The', 'fail', B_CONTENT], ['critics', 'critics', B_SOURCE], ['fear', 'fear', B_CUE]], false],
      // A claim verb whose object is inside the cue: what follows is the preposition's object, not a claim.
      ['A gunman claiming allegiance to the group carried out the attack.', [['A', 'gunman', B_SOURCE], ['claiming', 'to', B_CUE], ['the', 'attack', B_CONTENT]], true],
      // ... but a pronoun object leaves the rest a claim.
      ['Critics called it a fraud.', [['Critics', 'Critics', B_SOURCE], ['called', 'it', B_CUE], ['a', 'fraud', B_CONTENT]], false],
      // A slogan: no one vouches for it.
      ['Fans chanted “Build a wall” at the game.', [['Fans', 'Fans', B_SOURCE], ['chanted', 'chanted', B_CUE], ['“', '”', B_CONTENT]], true],
      // A relative clause after a preposition is a circumstance, no report ...
      ['The lens through which voters view the race is divided.', [['which', 'which', B_CONTENT], ['voters', 'voters', B_SOURCE], ['view', 'view', B_CUE], ['the', 'divided', B_CONTENT]], true],
      // ... but "which officials said was likely" reports.
      ['The plan will fail, which officials said was likely.', [['which', 'which', B_CONTENT], ['officials', 'officials', B_SOURCE], ['said', 'said', B_CUE]], false],
      // A passive's subject is what was done: "The proposal was jointly written by …".
      ['The proposal was jointly written by a delegate.', [['The', 'proposal', B_CONTENT], ['was', 'written', B_CUE], ['a', 'delegate', B_SOURCE]], true],
      // A demand: what is asked for is no claim.
      ['Protesters continued to call for more information.', [['Protesters', 'Protesters', B_SOURCE], ['continued', 'for', B_CUE], ['more', 'information', B_CONTENT]], true],
      ['Civic leaders have been demanding that police release the video.', [['Civic', 'leaders', B_SOURCE], ['have', 'demanding', B_CUE], ['that', 'video', B_CONTENT]], true],
      // The subject of a passive with an adverb inside ("were mistakenly charged") is who the act is about.
      ['Customers were mistakenly charged fees.', [['Customers', 'Customers', B_SOURCE], ['were', 'charged', B_CUE], ['fees', 'fees', B_CONTENT]], true],
      // A case in general: a present tense after "when" with an indefinite source.
      ['When a man tells a woman that she is moaning, he dismisses her.', [['a', 'man', B_SOURCE], ['tells', 'tells', B_CUE], ['that', 'moaning', B_CONTENT]], true],
      // ... but a past tense tells what happened.
      ['When a man told the crowd that the dam had burst, they ran.', [['a', 'man', B_SOURCE], ['told', 'told', B_CUE], ['that', 'burst', B_CONTENT]], false]
    ]
    for (const [text, roles, attitude] of cases) {
      const {doc, labels} = labelled(text, roles)
      const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
      expect(Boolean(stance.attitude), text).toBe(attitude)
    }
  })

  it('marks a cue that says its party did not say the content as silent, and only such a cue', () => {
    const cases: Array<[string, string, boolean]> = [
      ['The statement made no mention of the troops.', 'made no mention of', true],
      ['The governor did not say that taxes would rise.', 'did not say', true],
      ['The governor didn’t say that taxes would rise.', 'didn’t say', true],
      ['The mayor never mentioned the audit.', 'never mentioned', true],
      ['The mayor has made no secret of her plans.', 'has made no secret of', false],
      ['The mayor did not deny that the audit was late.', 'did not deny', false],
      ['The messages failed to mention that they were adverts.', 'failed to mention', true],
      ['The messages did not identify their sender.', 'did not identify', true],
      ['The mayor said that the audit was late.', 'said', false]
    ]
    for (const [text, cue, silent] of cases) {
      const cueWords = cue.split(' ')
      const doc = buildDocument(parseEnglish(text), text)
      const labels = new Uint8Array(doc.tokens.length).fill(O)
      const first = doc.tokens.findIndex((token) => text.slice(token.start).startsWith(cue))
      const last = doc.tokens.findIndex((token) => token.end === doc.tokens[first].start + cue.length)
      for (let i = first; i <= last; i++) labels[i] = i === first ? B_CUE : B_CUE + 1
      labels[0] = B_SOURCE
      labels[1] = I_SOURCE
      const [stance] = attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
      expect(stance.cue.text, text).toBe(cueWords.join(' '))
      expect(Boolean(stance.silent), text).toBe(silent)
    }
  })
})
