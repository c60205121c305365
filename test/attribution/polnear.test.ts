import {describe, expect, it} from 'vitest'
import {parseAnn} from '../../bench/polnear.js'

describe('parseAnn (brat standoff)', () => {
  it('joins roles of an event and continues multi-line T texts', () => {
    const text = 'He said: "One.\nTwo." Then more.'
    const ann = [
      'T1\tSource 0 2\tHe',
      'T2\tCue 3 7\tsaid',
      'T3\tContent 9 20\t"One.',
      'Two."',
      'T4\tAttribution 3 7\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      '#1\tAnnotatorNotes T3\tnote'
    ].join('\n')
    const [attribution, ...rest] = parseAnn(ann, text)
    expect(rest).toEqual([])
    expect(attribution.source).toEqual([{start: 0, end: 2}])
    expect(attribution.cue).toEqual([{start: 3, end: 7}])
    expect(attribution.content).toEqual([{start: 9, end: 20}])
  })

  it('counts a discontinuous span from first start to last end, and numbered roles', () => {
    const text = 'Smith, he said, thinks so and so.'
    const ann = [
      'T1\tSource 0 5\tSmith',
      'T2\tCue 16 22\tthinks',
      'T3\tContent 23 25;29 31\tso so',
      'T5\tContent 26 28\tan',
      'T4\tAttribution 16 22\tthinks',
      'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5'
    ].join('\n')
    const [attribution] = parseAnn(ann, text)
    expect(attribution.content).toEqual([
      {start: 23, end: 31},
      {start: 26, end: 28}
    ])
  })

  it('converts code-point offsets to UTF-16 after astral characters', () => {
    const text = '😀 Ann said yes.'
    // In code points "said" is 6–10; in UTF-16 it is 7–11.
    const ann = 'T1\tCue 6 10\tsaid\nE1\tCue:T1'
    const [attribution] = parseAnn(ann, text)
    const cue = attribution.cue[0]
    expect(text.slice(cue.start, cue.end)).toBe('said')
  })
})
