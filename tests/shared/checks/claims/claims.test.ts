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

describe('claims', () => {
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
})
