import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { closedCompoundParts } from '../../../../src/shared/checks/spelling/closedCompound'
import { spellCheckerForTests } from '../spellCheckerForTests'

const typos = (text: string) =>
  checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['typo'] }).map((flag) => ({
    actual: flag.actual,
    severity: flag.severity,
    ruleId: flag.ruleId,
  }))

describe('closed compounds', () => {
  const words = new Set(['counter', 'terrorism', 'home', 'ownership', 'security', 'in', 'fact'])
  const isWord = (word: string) => words.has(word)

  it('split into two words, or a joining prefix and a word', () => {
    expect(closedCompoundParts('counterterrorism', isWord)).toEqual(['counter', 'terrorism'])
    expect(closedCompoundParts('homeownership', isWord)).toEqual(['home', 'ownership'])
    expect(closedCompoundParts('cybersecurity', isWord)).toEqual(['cyber', 'security'])
  })

  it('need two parts of three letters or more', () => {
    expect(closedCompoundParts('infact', isWord)).toBeNull()
    expect(closedCompoundParts('homexyz', isWord)).toBeNull()
  })

  it('are shown as a question at info level, not as a typo', () => {
    expect(typos('The counterterrorism budget grew.')).toEqual([
      { actual: 'counterterrorism', severity: 'info', ruleId: 'spelling/closed-compound' },
    ])
  })

  it('do not hide a slip of a frequent word whose letters happen to split into two words', () => {
    const [flag] = typos('He walked thoughout the night.')
    expect(flag).toMatchObject({ actual: 'thoughout', severity: 'error' })
  })
})

describe('words a dictionary lists in another form', () => {
  it('accepts the tail of a hyphenated compound that is a word plus -s or -ed', () => {
    expect(typos('Most 4-year-olds and their big-hearted teachers came.')).toEqual([])
  })

  it('still flags a misspelled tail', () => {
    expect(typos('The well-knwon author came.').map((flag) => flag.actual)).toEqual(['knwon'])
  })

  it('accepts a word written with accents that the dictionary lists without them', () => {
    expect(typos('It was a naïve plan, said the café owner.')).toEqual([])
  })
})
