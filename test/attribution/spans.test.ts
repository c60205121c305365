import {describe, expect, it} from 'vitest'
import {parseEnglish} from '../../src/parse/english.js'
import {buildDocument, type Document} from '../../src/analysis/document.js'
import {attributionsFromLabels} from '../../src/analysis/attribution/index.js'
import {tokenAttributes} from '../../src/analysis/attribution/features.js'
import {B_CONTENT, B_CUE, B_SOURCE, I_CONTENT, I_CUE, I_SOURCE, O} from '../../src/analysis/attribution/labels.js'
import {pairQuotes} from '../../src/analysis/attribution/quotation-marks.js'

/**
 * Label a text by marking roles inline: [s …] source, [c …] cue, [t …]
 * content; brackets are removed and the words inside get B/I labels.
 */
function labelled(marked: string): {doc: Document; labels: Uint8Array} {
  const spans: Array<{role: string; start: number; end: number}> = []
  let text = ''
  const stack: Array<{role: string; start: number}> = []
  for (let i = 0; i < marked.length; i++) {
    if (marked[i] === '[' && 'sct'.includes(marked[i + 1]) && marked[i + 2] === ' ') {
      stack.push({role: marked[i + 1], start: text.length})
      i += 2
    } else if (marked[i] === ']' && stack.length > 0) {
      const open = stack.pop()!
      spans.push({role: open.role, start: open.start, end: text.length})
    } else {
      text += marked[i]
    }
  }

  const doc = buildDocument(parseEnglish(text), text)
  const labels = new Uint8Array(doc.tokens.length).fill(O)
  const begin = {s: B_SOURCE, c: B_CUE, t: B_CONTENT} as Record<string, number>
  const inside = {s: I_SOURCE, c: I_CUE, t: I_CONTENT} as Record<string, number>
  // Outer spans first so that nested ones overwrite them.
  spans.sort((a, b) => b.end - b.start - (a.end - a.start))
  for (const span of spans) {
    let first = true
    for (const token of doc.tokens) {
      if (token.start >= span.start && token.end <= span.end) {
        labels[token.index] = first ? begin[span.role] : inside[span.role]
        first = false
      }
    }
  }

  return {doc, labels}
}

function found(marked: string) {
  const {doc, labels} = labelled(marked)
  return attributionsFromLabels(doc, labels, tokenAttributes(doc, new Set()))
}

describe('grouping tags into attributions', () => {
  it('attaches a preceding source and a following that-clause, across an addressee', () => {
    const [stance] = found('[s Jonah Leff] [c told] the UNSC on Wednesday [t that remnants of four missiles were found].')
    expect(stance.kind).toBe('asserts')
    expect(stance.cue.text).toBe('told')
    expect(stance.source?.text).toBe('Jonah Leff')
    expect(stance.content?.text).toBe('that remnants of four missiles were found')
  })

  it('takes the quotation before a postposed cue, up to its opening quote', () => {
    const [stance] = found('“[t This is the first public evidence. It is new],” [s Leff] [c told] the council.')
    expect(stance.source?.text).toBe('Leff')
    expect(stance.content?.text).toBe('This is the first public evidence. It is new')
  })

  it('gives an inverted cue the source run the cue after it took: to the end of the sentence after a quotation', () => {
    const stances = found('“[t Revenues are up],” [c said] [s Mr. Ekovich, who] [c noted] [t that prices had fallen].')
    const said = stances.find((s) => s.cue.text === 'said')!
    expect(said.source?.text).toBe('Mr. Ekovich, who noted that prices had fallen')
    expect(said.content?.text).toBe('Revenues are up')
    expect(stances.find((s) => s.cue.text === 'noted')!.source?.text).toBe('Mr. Ekovich, who')
  })

  it('gives an inverted cue the name before the “, who” its source run ends with', () => {
    const stances = found('The plan, [c said] [s Mr. Ekovich, who] [c noted] [t that prices had fallen], [t is sound].')
    expect(stances.find((s) => s.cue.text === 'said')!.source?.text).toBe('Mr. Ekovich')
  })

  it('takes the quotation after the frame’s comma, but not after a frame set off inside its sentence', () => {
    const [added] = found('[s He] [c added][t , “actually, the one guy that does well is me.”]')
    expect(added.content?.text).toBe('actually, the one guy that does well is me')
    const [said] = found('The club, [s Ms. Tanzer] [c said][t , “is a perfect example.”]')
    expect(said.content?.text).not.toBe('is a perfect example')
  })

  it('goes on to the next sentence’s quotation past a title in quote marks in the frame’s sentence', () => {
    const [stance] = found('“[t He deserved it],” [s the assailant] [c told] the program “Inside Edition” after the fight. “Next time, we will win.”')
    expect(stance.content?.text).toBe('“He deserved it,” the assailant told the program “Inside Edition” after the fight. “Next time, we will win.”')
  })

  it('reaches a that-clause past a long addressee', () => {
    const [stance] = found('[s Hillary Clinton] [c is telling] customers at a popular Manchester, New Hampshire, breakfast spot [t that “I need you tomorrow.”]')
    expect(stance.content?.text).toBe('that “I need you tomorrow.”')
  })

  it('extends a postposed content to the start of its sentence, nested cues included', () => {
    const stances = found('[t The response [c indicated] [t that ties grew]], [s the official] [c said].')
    const said = stances.find((s) => s.cue.text === 'said')!
    expect(said.content?.text).toBe('The response indicated that ties grew')
    expect(said.source?.text).toBe('the official')
  })

  it('nests: the inner stance is carried by the outer source', () => {
    const stances = found(
      '[s Yonhap] [c reported] [t that [s the NIS] [c said] [t that 100 soldiers have been killed]].'
    )
    const [outer, inner] = stances
    expect(outer.source?.text).toBe('Yonhap')
    expect(outer.content?.text).toBe('that the NIS said that 100 soldiers have been killed')
    expect(outer.channel).toBeNull()
    expect(inner.source?.text).toBe('the NIS')
    expect(inner.content?.text).toBe('that 100 soldiers have been killed')
    expect(inner.channel?.text).toBe('Yonhap')
  })

  it('takes a relative clause around its frame as the content, from the relative word', () => {
    const [which] = found('They backed the plan, which [s critics] [c say] [t is unworkable].')
    expect(which.content?.text).toBe('which critics say is unworkable')
    const [that] = found('They backed the plan that [s critics] [c say] [t is unworkable].')
    expect(that.content?.text).toBe('that critics say is unworkable')
  })

  it('does not take a sibling attribution after a comma for a nested one', () => {
    const stances = found('[s One list] [c says] [t there are 2,400 billionaires in the world,] [s another] [c says] [t there are 1,800].')
    expect(stances[0].content?.text).toBe('there are 2,400 billionaires in the world')
    expect(stances[1].content?.text).toBe('there are 1,800')
  })

  it('gives one source to two cues of the same sentence', () => {
    const stances = found('[s She] [c said] [t it was over] and [c added] [t that nobody cared].')
    expect(stances.map((s) => s.source?.text)).toEqual(['She', 'She'])
    expect(stances.map((s) => s.content?.text)).toEqual(['it was over', 'that nobody cared'])
  })
})

describe('quotation marks', () => {
  it('pairs a quotation continued over paragraphs with its final close', () => {
    const text = '“First part,\n\n“second part,\n\n“and the end,” he said.'
    const doc = buildDocument(parseEnglish(text), text)
    const quotes = pairQuotes(doc)
    const open = doc.tokens.findIndex((t) => t.text === '“')
    const close = doc.tokens.findIndex((t) => t.text === '”')
    expect(quotes.partner[open]).toBe(close)
  })
})

describe('cue boundaries: circumstances after a verb of saying', () => {
  it('cuts "said at one point" back to "said" and keeps the quotation as content', () => {
    const [stance] = found('“[t He has the codes],” [s Mr. Biden] [c said at one point].')
    expect(stance.cue.text).toBe('said')
    expect(stance.source?.text).toBe('Mr. Biden')
    expect(stance.content?.text).toContain('He has the codes')
  })

  it('cuts a half-tagged "said of" back to "said"', () => {
    const [stance] = found('“[t That is like an hour],” [s she] [c said of] her conversation.')
    expect(stance.cue.text).toBe('said')
  })

  it('keeps a lexicon cue phrase whole ("said in a statement")', () => {
    const [stance] = found('[s Obama] [c said in a statement] [t that he was confident].')
    expect(stance.cue.text).toBe('said in a statement')
  })

  it('leaves cues whose head is not a verb of saying ("wary of")', () => {
    const [whole] = found('[s Critics] [c were wary of] [t the plan].')
    expect(whole.cue.text).toBe('were wary of')
  })
})

describe('grouping: quotations, frames, sentences and contractions', () => {
  it('joins a quotation interrupted by its frame when the marks are left out of the tags', () => {
    const [stance] = found('“[t He is the best recruiter],” [s she] [c said]. “[t They are showing videos of the candidate].”')
    expect(stance.content?.text).toBe('“He is the best recruiter,” she said. “They are showing videos of the candidate.”')
  })

  it('joins the parts of a quotation around a frame that runs on', () => {
    const [stance] = found('“[t The timing was right],” [s Mr. Hedge] [c said], referring to the two resorts. “[t I assume they saw the market returning].”')
    expect(stance.content?.text).toMatch(/^“The timing was right.*saw the market returning\.”$/)
  })

  it('joins the parts of a quotation around the speaker’s own aside, tagged as an attribution of the same source', () => {
    const stances = found('“[t The timing was right],” [s Mr. Hedge] [c said], [c referring to] [t the two resorts. “I assume they saw the market returning].”')
    const said = stances.find((s) => s.cue.text === 'said')!
    const referring = stances.find((s) => s.cue.text === 'referring to')!
    expect(said.content?.text).toMatch(/^“The timing was right.*saw the market returning\.”$/)
    // The aside's content ends with its sentence: the quotation after it is no part of it.
    expect(referring.content?.text).toBe('the two resorts')
  })

  it('keeps a quotation the tagger ran on into from its frame’s full stop', () => {
    const stances = found('[s Sen. Joe Smith] [c said] [t that voters had changed. “I do sense it. It makes their eyes open wider],” [s he] [c said][t . “It does away with the blame game.”]')
    expect(stances[0].content?.text).toBe('that voters had changed')
    expect(stances[1].content?.text).toMatch(/^“I do sense it\. It makes their eyes open wider,” he said\. “It does away with the blame game\.”$/)
  })

  it('ends a content that is no quotation with its sentence, but not one after a colon', () => {
    const [reported] = found('[s Reuters] [c reported] [t the plan would cost $2 billion. The proposal has drawn harsh criticism].')
    expect(reported.content?.text).toBe('the plan would cost $2 billion')
    const [colon] = found('[s The memo] [c said]: [t Taxes will rise. Spending will fall].')
    expect(colon.content?.text).toBe('Taxes will rise. Spending will fall')
  })

  it('gives a quotation the tagger ran on into to the frame after it', () => {
    const stances = found('[s Trump] [c urged] [t that the party unite. “We should seize that opportunity. These are great people],” [s he] [c said].')
    expect(stances[0].content?.text).toBe('that the party unite')
    expect(stances[1].content?.text).toBe('We should seize that opportunity. These are great people')
  })

  it('does not join across an aside of another source', () => {
    const [said] = found('“[t The timing was right],” [s Mr. Hedge] [c said], as [s his lawyer] [c noted]. “I assume they saw the market returning.”')
    expect(said.content?.text).toBe('The timing was right')
  })

  it('does not join a quotation that ends its sentence to one after the next sentence’s frame', () => {
    const stances = found('“I do take responsibility.” [s She] [c followed that by saying], “[t I am not a natural politician].”')
    expect(stances[0].content?.text).toBe('I am not a natural politician')
    const [joined] = found('“[t I do take responsibility],” [s she] [c said], “[t I am not a natural politician].”')
    expect(joined.content?.text).toBe('“I do take responsibility,” she said, “I am not a natural politician.”')
  })

  it('does not join a question to the answer that follows it', () => {
    const [stance] = found('“[t But why]?” [s the reporter] [c asked] him. “When he took the troops out.”')
    expect(stance.content?.text).toBe('But why')
  })

  it('joins the parts of a quotation around a frame with a short circumstance (“A,” X said in March, “B.”)', () => {
    const [stance] = found('“[t Trump says he is with the working class],” [s Trumka] [c said] in March, “but it is just hot air.”')
    expect(stance.content?.text).toBe('“Trump says he is with the working class,” Trumka said in March, “but it is just hot air.”')
  })

  it('takes a sentence that is one quotation, right after a frame ending its sentence, as the same speaker going on', () => {
    const [stance] = found('[t Clinton drew well from white Democrats], [c said] [s professor Paul Beck]. “That was more her constituency.”')
    expect(stance.content?.text).toBe('Clinton drew well from white Democrats, said professor Paul Beck. “That was more her constituency.”')
  })

  it('leaves a quotation with a frame of its own after a frame ending its sentence', () => {
    const stances = found('[t Clinton drew well], [c said] [s Paul Beck]. “[t It was hers],” [s Ann Lee] [c said].')
    expect(stances[0].content?.text).toBe('Clinton drew well')
  })

  it('joins a question the speaker puts and answers (“Q?” X replied. “A.”)', () => {
    const [stance] = found('“[t Have I started writing it]?” [s Sanders] [c replied]. “[t Look, the answer is yes].”')
    expect(stance.content?.text).toBe('“Have I started writing it?” Sanders replied. “Look, the answer is yes.”')
  })

  it('takes the sentence around a frame set off by commas when the content after it is tagged', () => {
    const [stance] = found('For decades, [s Mr. de Vos] [c noted], [t the United States has deployed observers].')
    expect(stance.content?.text).toBe('For decades, Mr. de Vos noted, the United States has deployed observers')
  })

  it('takes the sentence around a frame set off by commas that ends on an addressee', () => {
    const [stance] = found('Instead, [s Trump] [c told] CNN, [t his policy would be to go after them].')
    expect(stance.content?.text).toBe('Instead, Trump told CNN, his policy would be to go after them')
  })

  it('leaves a frame set off by commas alone when a quotation follows it', () => {
    const [stance] = found('Asked about it, [s Ms. Lee] [c said], “[t We are done].”')
    expect(stance.content?.text).toBe('We are done')
  })

  it('does not run a content on into the next sentence’s attribution', () => {
    const stances = found('One ad [c asked], [t “Is she independent?”]\n[s The Brennan Center] [c noted] [t that spending had reached $2 million].')
    expect(stances[0].content?.text).toBe('Is she independent')
    expect(stances[1].content?.text).toBe('that spending had reached $2 million')
  })

  it('takes no content before the frame from the sentence before, unless a quotation closes there', () => {
    const stances = found('[s She] [c told] reporters [t that it was fine]. [s Obama] [c said] little.')
    expect(stances[1].content).toBeNull()
    const [quoted] = found('“[t It was fine.]” [s she] [c said].')
    expect(quoted.content?.text).toBe('It was fine.')
  })

  it('takes the whole clause around a frame set off by commas', () => {
    const [stance] = found('[t The golf industry], [s she] [c said], is doing much better than in 2009.')
    expect(stance.content?.text).toBe('The golf industry, she said, is doing much better than in 2009')
  })

  it('frames the whole sentence when a parenthetical frame has no tagged content', () => {
    const [stance] = found('Freeing her husband, [s he] [c promised], was one of his top priorities.')
    expect(stance.content?.text).toBe('Freeing her husband, he promised, was one of his top priorities')
  })

  it('takes the whole clause, cue and all, when a cue with no source has content on both sides', () => {
    const [stance] = found('[t The statistics] [c appear] [t to be fabricated].')
    expect(stance.content?.text).toBe('The statistics appear to be fabricated')
  })

  it('keeps a quotation after a cue with no source as that cue’s content alone', () => {
    const stances = found('He was ready to riff on [t the incident in Iowa], [c telling] the crowd, “[t Some people get carried away].”')
    const telling = stances.find((s) => s.cue.text === 'telling')!
    expect(telling.content?.text).toBe('Some people get carried away')
  })

  it('prefers the quotation before a frame to an addressee tagged after it', () => {
    const [stance] = found('“[t He deserved it],” [s the man] [c told] [t the television program] after the confrontation.')
    expect(stance.content?.text).toBe('He deserved it')
  })

  it('runs a content before its frame back over a nested cue with no source of its own', () => {
    const stances = found('North Korea can build missiles and [c supplying] [t them to Russia for use], [s researchers] [c have told] [t the council].')
    const told = stances.find((s) => s.cue.text === 'have told')!
    expect(told.source?.text).toBe('researchers')
    expect(told.content?.text).toBe('North Korea can build missiles and supplying them to Russia for use')
  })

  it('takes the clause after the cue, not a fronted phrase closed by a comma', () => {
    const [stance] = found('In a swipe against [t Republican front-runner Donald Trump], [s Clinton] [c said] [t the goal was not to “make America great again.”]')
    expect(stance.content?.text).toBe('the goal was not to “make America great again.”')
  })

  it('takes what follows the cue, not a subordinate clause before the frame', () => {
    const [, second] = found('While [s Comey] [c said] [t there was clear evidence], [s he] [c said] [t there’s no precedent for prosecuting the case].')
    expect(second.content?.text).toBe('there’s no precedent for prosecuting the case')
  })

  it('leaves the subject a tagger read as content out of a verb’s content unless the verb (or a hearsay adverb) raises it', () => {
    const [embrace] = found('[t McConnell] [c was quick to embrace] [t the mogul].')
    expect(embrace.content?.text).toBe('the mogul')
    const [appear] = found('[t The statistics] [c appear] [t to be fabricated].')
    expect(appear.content?.text).toBe('The statistics appear to be fabricated')
    const [reportedly] = found('[t The group is] [c reportedly] [t spending heavily on ads].')
    expect(reportedly.content?.text).toBe('The group is reportedly spending heavily on ads')
  })

  it('makes the subject a tagger read as a raising cue’s source the start of its content, not for an active verb of belief', () => {
    const [appear] = found('[s No major polls] [c appear] [t to have been conducted in South Dakota].')
    expect(appear.source).toBeNull()
    expect(appear.content?.text).toBe('No major polls appear to have been conducted in South Dakota')
    const [expected] = found('[s Mr. Trump] [c is expected] [t to win the state].')
    expect(expected.source).toBeNull()
    expect(expected.content?.text).toBe('Mr. Trump is expected to win the state')
    const [believed] = found('[s Mr. Smith] [c believed] [t the plan would fail].')
    expect(believed.source?.text).toBe('Mr. Smith')
    expect(believed.content?.text).toBe('the plan would fail')
  })

  it('does not take a that-clause past a participial clause after the frame', () => {
    const [stance] = found('“[t We need to do more],” [s Carson] [c tells] Breitbart News, responding to the news [t that the department is weak].')
    expect(stance.content?.text).toBe('We need to do more')
  })

  it('leaves a passive agent’s “by” and a relative word before a subject out of the source', () => {
    const [stance] = found('[t The rally] [c was criticized] [s by organizers].')
    expect(stance.source?.text).toBe('organizers')
    const [said] = found('It was a breach, [s which officials] [c said] [t was serious].')
    expect(said.source?.text).toBe('officials')
    const [who] = found('The aide, [s who] [c said] [t it was over], left.')
    expect(who.source?.text).toBe('who')
  })

  it('takes the words after the frame, not a fronted subordinate clause, unless commas set the frame off', () => {
    const [rallied] = found('While [t Republican leaders push for free trade], [s Trump] [c has rallied voters by promising] to impose tariffs.')
    expect(rallied.content?.text).toBe('to impose tariffs')
    const [said] = found('If [t she is elected], [s he] [c said], she will go back and forth.')
    expect(said.content?.text).toBe('If she is elected, he said, she will go back and forth')
  })

  it('takes a relative “that” before a frame into the content when the content has no subject of its own', () => {
    const [said] = found('He praised the moves that [s he] [c said] [t defied expectations].')
    expect(said.content?.text).toBe('that he said defied expectations')
    const [told] = found('It was clear that [s she] [c said] [t the plan worked].')
    expect(told.content?.text).toBe('the plan worked')
  })

  it('reads no lone preposition as a cue, but keeps “according to”', () => {
    expect(found('[s He] flew [c to] [t Germany] with the family.')).toEqual([])
    const [according] = found('[c According to] [s the poll], [t Trump leads].')
    expect(according.source?.text).toBe('the poll')
  })

  it('gives a participle after a comma what follows it, not the main clause before it', () => {
    const [calling] = found('Romney went after Trump over [t his refusal to release his taxes], [c calling] [t it “disqualifying”].')
    expect(calling.content?.text).toBe('it “disqualifying”')
  })

  it('stops a content before its frame at another attribution’s source', () => {
    const stances = found('[s The agency] [c said] [t prices rose], [s analysts] [c told] [t the board].')
    const told = stances.find((s) => s.cue.text === 'told')!
    expect(told.content?.text).toBe('prices rose')
  })

  it('does not take a quotation of the previous sentence for a frame after its full stop', () => {
    const stances = found('[s Zelenskyy] [c said] [t that the losses were “already noticeable”]. [s Eleven countries] [c signed a joint statement] [t condemning the deployment].')
    const signed = stances.find((s) => s.cue.text === 'signed a joint statement')!
    expect(signed.content?.text).toBe('condemning the deployment')
  })

  it('keeps a that-clause after a frame that follows a quotation', () => {
    const [stance] = found('“[t No],” [s he] [c said] [t that the plan had failed].')
    expect(stance.content?.text).toBe('that the plan had failed')
  })

  it('finds the content after an inverted source ("according to X, …")', () => {
    const [stance] = found('[c According to] [s the poll], [t the senator leads by four points].')
    expect(stance.source?.text).toBe('the poll')
    expect(stance.content?.text).toBe('the senator leads by four points')
  })

  it('takes the auxiliaries and adverbs before a cue into it', () => {
    const [stance] = found('[s The mayor] has repeatedly [c said] [t that the bridge is safe].')
    expect(stance.cue.text).toBe('has repeatedly said')
  })

  it('reads two apostrophes as a quotation mark', () => {
    const [stance] = found("''[t It's a vicious cycle],'' [s Mr. Chipok] [c said]. ''[t But courses must charge less].''")
    expect(stance.content?.text).toBe("''It's a vicious cycle,'' Mr. Chipok said. ''But courses must charge less.''")
  })

  it('leaves a contracted auxiliary out of a pronoun source', () => {
    const [stance] = found('[s She’ll] [c be eager to prove] [t that the plan works].')
    expect(stance.source?.text).toBe('She')
  })

  it('gives the cue the auxiliary contracted onto a pronoun before it, not a possessive ’s', () => {
    const [has] = found('[s He’s] [c said] [t that taxes will rise].')
    expect(has.source?.text).toBe('He')
    expect(has.cue.text).toBe('’s said')
    const [am] = found('[s I]\'m [c told] [t that it works].')
    expect(am.cue.text).toBe("'m told")
    const [tagged] = found('[c He’s said] [t that taxes will rise].')
    expect(tagged.source?.text).toBe('He')
    expect(tagged.cue.text).toBe('’s said')
    const [possessive] = found('[s Trump’s] [c praise] [t of the plan].')
    expect(possessive.cue.text).toBe('praise')
  })

  it('runs a content before a postposed frame on to the comma that sets the frame off', () => {
    const [stance] = found('North Korea is capable of [t producing missiles for use in Ukraine] in a matter of months, [s researchers] [c have told] [t the council].')
    expect(stance.content?.text).toBe('North Korea is capable of producing missiles for use in Ukraine in a matter of months')
  })

  it('takes the subject of a raising verb into the content', () => {
    const [stance] = found('The event, in an airplane hangar, [c seemed] [t an insult away from a brawl].')
    expect(stance.source).toBeNull()
    expect(stance.content?.text).toBe('The event, in an airplane hangar, seemed an insult away from a brawl')
  })

  it('settles where a cue ends by the boundary table ("called for" in, "expected to" out)', () => {
    const [forBan] = found('[s The senator] [c called] [t for a ban on the sales].')
    expect(forBan.cue.text).toBe('called for')
    expect(forBan.content?.text).toBe('a ban on the sales')
    const [expected] = found('[s Officials] [c are expected to] [t announce the results].')
    expect(expected.cue.text).toBe('are expected')
  })

  it('leaves the commas of an apposition out of the source', () => {
    const [stance] = found('“[t It is over],” [c said] [s Deb Kline, a leader of the union,] which expects a strike.')
    expect(stance.source?.text).toBe('Deb Kline, a leader of the union')
  })
})
