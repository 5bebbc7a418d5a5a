import { describe, expect, it } from 'vitest'
import {
  loadMedicalVocabulary,
  loadSpellingResources,
} from '../../../../src/node/checks/loadCheckResources'
import { createSpellChecker } from '../../../../src/shared/checks/spelling/createSpellChecker'

describe('medical vocabulary', () => {
  const medical = loadMedicalVocabulary()

  it('reports its GPL licence for Help › Licences when it is installed', (context) => {
    if (medical === null)
      context.skip('@cspell/dict-medicalterms is not installed (optional dependency)')
    expect(medical?.licence.spdx).toBe('GPL-3.0-or-later')
    expect(medical?.licence.text).toContain('GNU GENERAL PUBLIC LICENSE')
  })

  it('accepts medical terms that the general dictionary lacks, but not misspellings in the list', (context) => {
    if (medical === null)
      context.skip('@cspell/dict-medicalterms is not installed (optional dependency)')
    const withMedical = createSpellChecker(loadSpellingResources({ language: 'en-US' }))
    expect(withMedical.isCorrect('abortifacient')).toBe(true)
    expect(withMedical.isCorrect('concensus')).toBe(false)
  })

  it('is optional: the checker works without it', () => {
    const withoutMedical = createSpellChecker(
      loadSpellingResources({ language: 'en-US', medical: false }),
    )
    expect(withoutMedical.hasMedicalVocabulary).toBe(false)
    expect(withoutMedical.isCorrect('abortifacient')).toBe(false)
    expect(withoutMedical.isCorrect('hospital')).toBe(true)
  })
})
