import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { classifyClaim } from '../../../../src/shared/checks/claims/classifyClaim'
import { spellCheckerForTests } from '../spellCheckerForTests'

const claimFlags = (text: string) =>
  checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['claim'] }).map((flag) => ({
    ruleId: flag.ruleId,
    severity: flag.severity,
    message: flag.message,
  }))

const cuesOf = (sentence: string) =>
  classifyClaim(sentence).cues.map((cue) => ({ id: cue.id, evidence: cue.evidence }))

describe('claim cues in political debate', () => {
  it('asks for a source for a voting record and names it', () => {
    expect(claimFlags('My opponent voted against the farm bill twice.')).toEqual([
      {
        ruleId: 'claim/record',
        severity: 'warning',
        message: 'Needs a source — voting/action record (“voted against”)',
      },
    ])
  })

  it('treats a government action in the past tense as a record', () => {
    expect(classifyClaim('The administration cut the housing budget.')).toEqual({
      isClaim: true,
      cues: [{ id: 'record', label: 'voting/action record', evidence: 'The administration cut' }],
      source: null,
    })
  })

  it('reads spelled-out numbers and a change from one figure to another', () => {
    expect(cuesOf('Unemployment went from ten percent to five percent.')).toEqual([
      { id: 'statistic', evidence: 'ten percent' },
      { id: 'trend', evidence: 'from ten percent to five' },
    ])
    expect(cuesOf('That factory deal cost Ohio eighty thousand jobs.')).toEqual([
      { id: 'statistic', evidence: 'eighty thousand' },
      { id: 'causal', evidence: 'cost Ohio eighty thousand jobs' },
    ])
  })

  it('finds a rate that is rising and a comparison split by its noun', () => {
    expect(cuesOf('Wages are rising at the slowest pace in years.')).toEqual([
      { id: 'trend', evidence: 'are rising' },
      { id: 'comparison', evidence: 'the slowest' },
    ])
    expect(cuesOf('More people are working part-time than ever before.')).toEqual([
      { id: 'comparison', evidence: 'More people are working part-time than' },
    ])
  })

  it('names an absolute beside a record, but does not flag the slogan on its own', () => {
    expect(cuesOf('He has never once voted for a tax cut.')).toEqual([
      { id: 'record', evidence: 'voted for' },
      { id: 'absolute', evidence: 'has never' },
    ])
    expect(cuesOf('The union has always backed the governor, who vetoed the bill twice.')).toEqual([
      { id: 'statistic', evidence: 'twice' },
      { id: 'record', evidence: 'vetoed' },
      { id: 'absolute', evidence: 'always' },
    ])
  })

  it.each([
    'We will never give up on this country.',
    'This is the most important election of our lives.',
    'Nobody fights harder for you than I do.',
    'We will always stand with our veterans.',
    'The greatest generation built this country.',
    'The American people deserve better than this.',
  ])('does not flag the slogan “%s”', (sentence) => {
    expect(classifyClaim(sentence)).toEqual({ isClaim: false, cues: [], source: null })
  })

  it.each([
    'I will sign the bill on my first day.',
    'We’re going to cut the corporate rate to fifteen percent.',
    'If I’m elected, I’ll veto any tax increase.',
    'Our plan would double the child tax credit.',
  ])('does not flag the promise “%s”', (sentence) => {
    expect(classifyClaim(sentence)).toEqual({ isClaim: false, cues: [], source: null })
  })

  it('still flags a prediction about a program, which can be checked', () => {
    expect(cuesOf('Social Security will run out of money in about fifteen years.')).toEqual([
      { id: 'statistic', evidence: 'fifteen years' },
    ])
  })
})
