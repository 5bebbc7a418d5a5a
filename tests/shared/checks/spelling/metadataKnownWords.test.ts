import { describe, expect, it } from 'vitest'
import { metadataKnownWords } from '../../../../src/shared/checks/spelling/metadataKnownWords'
import { spellCheckerForTests } from '../spellCheckerForTests'

describe('metadataKnownWords', () => {
  it('takes the capitalised names from the author and the image credit', () => {
    expect(
      metadataKnownWords({
        author: 'Siobhán O’Dwyer-Quinn',
        imageCredit: 'Tomas Lindqvist for Stockfolio via Getty',
      }),
    ).toEqual(['Siobhán', 'O’Dwyer-Quinn', 'Tomas', 'Lindqvist', 'Stockfolio', 'Getty'])
  })

  it('gives nothing for empty details', () => {
    expect(metadataKnownWords({ author: '', imageCredit: '' })).toEqual([])
  })
})

describe('a spell checker with review words', () => {
  it('knows the review’s words until they are replaced', () => {
    const checker = spellCheckerForTests('en-GB', ['reviewwordstest'])
    expect(checker.isCorrect('Quorndale')).toBe(false)
    checker.setReviewWords(['Quorndale'])
    expect(checker.isCorrect('Quorndale')).toBe(true)
    expect(checker.isCorrect('Quorndale’s')).toBe(true)
    checker.setReviewWords([])
    expect(checker.isCorrect('Quorndale')).toBe(false)
  })
})
