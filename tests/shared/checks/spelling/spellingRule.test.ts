import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { houseDictionaryFormat } from '../../../../src/shared/checks/spelling/houseDictionary'
import { spellCheckerForTests } from '../spellCheckerForTests'

const typos = (text: string, houseWords: string[] = [], language: 'en-US' | 'en-GB' = 'en-US') =>
  checkBlock(text, { spellChecker: spellCheckerForTests(language, houseWords), kinds: ['typo'] })

describe('spelling', () => {
  it('flags an unknown word with the intended word suggested first', () => {
    const [flag] = typos('The hospitl opened a new ward.')
    expect(flag?.message).toBe('“hospitl” is not in the en-US dictionary')
    expect(flag?.severity).toBe('error')
    expect(flag?.suggestions[0]).toBe('hospital')
    expect([flag?.start, flag?.end]).toEqual([4, 11])
  })

  it('flags a 50,000-letter run as too long to be a word, quickly and without suggestions', () => {
    const started = performance.now()
    const [flag] = typos(`Start ${'w'.repeat(50_000)} end.`)
    expect(flag?.message).toBe(`“${'w'.repeat(45)}”… is too long to be a word`)
    expect(flag?.suggestions).toEqual([])
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('names the common misspelling and its correction', () => {
    const [flag] = typos('Patients will recieve a letter.')
    expect(flag?.message).toBe('“recieve” is a common misspelling of “receive”')
    expect(flag?.suggestions).toEqual(['receive'])
  })

  it('flags a capitalised word one slip from a proper noun as an error, not as a name', () => {
    const flags = typos('Exports from Britian rose, and Amercia bought most of them.')
    expect(flags.map((flag) => [flag.severity, flag.message, flag.suggestions[0]])).toEqual([
      ['error', '“Britian” is not in the en-US dictionary — did you mean “Britain”?', 'Britain'],
      ['error', '“Amercia” is not in the en-US dictionary — did you mean “America”?', 'America'],
    ])
  })

  it('keeps names that are a substitution away from a word at info', () => {
    const flags = typos('We met Priya and Mateo at the clinic.')
    expect(flags.map((flag) => [flag.actual, flag.severity, flag.ruleId])).toEqual([
      ['Priya', 'info', 'spelling/name'],
      ['Mateo', 'info', 'spelling/name'],
    ])
  })

  it('accepts a prefix written with a hyphen but still checks the word after it', () => {
    expect(typos('The pre-operative clinic and the non-urgent list.')).toEqual([])
    expect(typos('The pre-opperative clinic.').map((flag) => flag.actual)).toEqual(['opperative'])
  })

  it('treats a capitalised unknown word mid-sentence as a possible name, at most info', () => {
    const flags = typos('We spoke to Wenzlaff about the plan.')
    expect(flags.map((flag) => [flag.severity, flag.message])).toEqual([
      [
        'info',
        '“Wenzlaff” is not in the en-US dictionary — a name? Add it to the house dictionary if it is right',
      ],
    ])
  })

  it('leaves acronyms, URLs, e-mail addresses and numbers with units alone', () => {
    expect(
      typos(
        'The NHSX team wrote to help@clinic.example.org, see www.clinicx.org, dose 25mg twice.',
      ),
    ).toEqual([])
  })

  it('accepts words in the house dictionary', () => {
    expect(typos('The Copydeskian style guide applies.', ['Copydeskian'])).toEqual([])
  })

  it('uses the British dictionary for en-GB', () => {
    expect(typos('The colour of the centre.', [], 'en-GB')).toEqual([])
    expect(typos('The colour of the centre.').map((flag) => flag.actual)).toEqual(['centre'])
  })

  it('drops a flag the editor ignored once, by its id', () => {
    const checker = spellCheckerForTests()
    const [flag] = checkBlock('The hospitl opened.', { spellChecker: checker, kinds: ['typo'] })
    const ignored = new Set([flag?.id ?? ''])
    expect(
      checkBlock('The hospitl opened.', {
        spellChecker: checker,
        kinds: ['typo'],
        ignoredFlagIds: ignored,
      }),
    ).toEqual([])
  })
})

describe('house dictionary file', () => {
  it('reads one word per line and skips comments and blank lines', () => {
    expect(houseDictionaryFormat.parse('# team words\nKappa\n\nmRNA  # vaccines\nKappa\n')).toEqual(
      ['Kappa', 'mRNA'],
    )
  })

  it('writes a sorted file that reads back the same words', () => {
    const text = houseDictionaryFormat.serialize(['zeta', 'Alpha'])
    expect(text).toBe('# Copydesk house dictionary: one word per line\nAlpha\nzeta\n')
    expect(houseDictionaryFormat.parse(text)).toEqual(['Alpha', 'zeta'])
  })
})
