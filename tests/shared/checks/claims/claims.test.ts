import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { CLAIM_CUES } from '../../../../src/shared/checks/claims/claimCues'
import { classifyClaim, mayHaveCue } from '../../../../src/shared/checks/claims/classifyClaim'
import {
  readClaimSentences,
  readCleanProse,
  readDebateClaimSentences,
} from '../../../../eval/evaluationSupport'
import { spellCheckerForTests } from '../spellCheckerForTests'

const claimFlags = (text: string) =>
  checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['claim'] }).map((flag) => ({
    ruleId: flag.ruleId,
    severity: flag.severity,
    message: flag.message,
  }))

describe('claims', () => {
  const claimNotes = (text: string) =>
    checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['claim'] }).map((flag) => [
      flag.message,
      flag.note,
    ])

  it('adds a note only for what the message does not already say', () => {
    expect(claimNotes('A new study reveals that night nurses sleep badly.')).toEqual([
      ['Needs a source — research reporting (“A new study reveals”)', ''],
    ])
    expect(
      claimNotes('A new study reveals that coffee reduces the risk of stroke by 20%.'),
    ).toEqual([
      [
        'Needs a source — research reporting (“A new study reveals”)',
        'Also: statistic (“20%”); causal/health effect (“reduces”)',
      ],
    ])
  })

  it('quotes a linked source without the sentence punctuation around it', () => {
    expect(
      claimNotes(
        'Coffee reduces the risk of stroke, according to a study (https://example.org/coffee).',
      ),
    ).toEqual([
      [
        'Source given — verify (link)',
        'Cues: research reporting (“according to a study”); causal/health effect (“reduces”). Source: “https://example.org/coffee”',
      ],
    ])
  })

  it('asks for a source for research reporting and names the cue', () => {
    expect(claimFlags('A new study reveals that night nurses sleep badly.')).toEqual([
      {
        ruleId: 'claim/research',
        severity: 'warning',
        message: 'Needs a source — research reporting (“A new study reveals”)',
      },
    ])
  })

  it.each([
    ['statistic', 'Turnout fell to 48 percent in the city.'],
    ['causal', 'Folic acid prevents some birth defects.'],
    ['comparison', 'This is the cheapest insulin on the market.'],
    ['absolute', 'The footage proves the minister lied.'],
    ['unattributed-quote', '“We will win every seat in the county.”'],
  ])('recognises a %s cue', (cue, sentence) => {
    expect(classifyClaim(sentence).cues.map((fired) => fired.id)).toContain(cue)
  })

  it('says “source given — verify” at info when the sentence cites its source', () => {
    expect(claimFlags('The drug cut deaths by 20% (Okafor et al., 2021).')).toEqual([
      { ruleId: 'claim/statistic', severity: 'info', message: 'Source given — verify (citation)' },
    ])
    expect(claimFlags('Researchers found a link, doi:10.1000/xyz123.')[0]?.message).toBe(
      'Source given — verify (DOI)',
    )
    expect(
      claimFlags('The results were published in The Lancet and show a 10% drop.')[0]?.message,
    ).toBe('Source given — verify (journal)')
  })

  it('does not treat opinions, feelings, questions, announcements or advice as claims', () => {
    for (const sentence of [
      'I think the new ward is lovely.',
      'We are so proud of our volunteers.',
      'Does coffee raise the risk of heart disease?',
      'The clinic will open its doors on Monday.',
      'Talk to your doctor before you stop any medicine.',
    ]) {
      expect(classifyClaim(sentence).isClaim).toBe(false)
    }
  })

  it('does not read a participle used as an adjective as a causal claim', () => {
    expect(classifyClaim('Barriers such as reduced staffing levels slow the work.').isClaim).toBe(
      false,
    )
    expect(classifyClaim('The ward has a newly improved layout.').isClaim).toBe(false)
    expect(claimFlags('The new rota reduced waiting times on the ward.')).toEqual([
      {
        ruleId: 'claim/causal',
        severity: 'warning',
        message: 'Needs a source — causal/health effect (“reduced”)',
      },
    ])
  })

  it('finds the same cues with lower-cased patterns, and keeps the words as written', () => {
    expect(classifyClaim('ACCORDING TO A NEW SURVEY, NURSES ARE TIRED.').cues[0]?.evidence).toBe(
      'ACCORDING TO A NEW SURVEY',
    )
    // A letter whose lower case is longer ("İ") falls back to the case-insensitive patterns.
    expect(
      classifyClaim('İstanbul cut the risk of flooding by half.').cues.map((cue) => cue.evidence),
    ).toEqual(['by half', 'cut the risk'])
  })

  it('never skips a sentence in which some cue pattern matches (the one-pass pre-check)', () => {
    const sentences = [
      ...readClaimSentences().map((labelled) => labelled.sentence),
      ...readDebateClaimSentences('claims-debate-dev.tsv').map((labelled) => labelled.sentence),
      ...readDebateClaimSentences('claims-spoken-tuning.tsv').map((labelled) => labelled.sentence),
      ...readDebateClaimSentences('claims-spoken-heldout.tsv').map((labelled) => labelled.sentence),
      ...readCleanProse('us').flatMap((file) => file.blocks),
      ...readCleanProse('gb').flatMap((file) => file.blocks),
    ].map((sentence) => sentence.toLowerCase())
    const patterns = CLAIM_CUES.flatMap((cue) =>
      cue.patterns.map((pattern) => new RegExp(pattern.source, 'u')),
    )
    const matched = sentences.filter((sentence) => patterns.some((p) => p.test(sentence)))
    expect(matched.length).toBeGreaterThan(50)
    expect(matched.filter((sentence) => !mayHaveCue(sentence))).toEqual([])
  })
})
