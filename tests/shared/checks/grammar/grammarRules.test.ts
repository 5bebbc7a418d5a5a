import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { spellCheckerForTests } from '../spellCheckerForTests'

const slips = (text: string) =>
  checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['typo'] }).map((flag) => ({
    ruleId: flag.ruleId,
    actual: flag.actual,
    message: flag.message,
    suggestions: flag.suggestions,
  }))

describe('a/an', () => {
  it('asks for “a” before a consonant sound', () => {
    expect(slips('The nurses saw an large change.')).toEqual([
      {
        ruleId: 'grammar/article',
        actual: 'an',
        message: 'Use “a” before “large”',
        suggestions: ['a'],
      },
    ])
  })

  it('goes by sound, not spelling: an hour, a university, an MRI', () => {
    expect(slips('It took a hour.')[0]?.message).toBe('Use “an” before “hour”')
    expect(slips('She joined an university.')[0]?.message).toBe('Use “a” before “university”')
    expect(slips('He had an MRI and a one-day stay.')).toEqual([])
  })
})

describe('repeated words', () => {
  it('flags the second of two identical words', () => {
    expect(slips('They went to the the clinic.')).toEqual([
      {
        ruleId: 'grammar/repeated-word',
        actual: ' the',
        message: '“the” is repeated',
        suggestions: [''],
      },
    ])
  })

  it('allows “had had” and words split by punctuation', () => {
    expect(slips('She had had enough. Enough, enough.')).toEqual([])
  })
})

describe('less and fewer', () => {
  it('asks for “fewer” before a plural countable noun, past its modifiers', () => {
    expect(slips('Patients reported less migraine headaches.')).toEqual([
      {
        ruleId: 'grammar/less-fewer',
        actual: 'less',
        message: 'Use “fewer” with countable nouns: “fewer headaches”',
        suggestions: ['fewer'],
      },
    ])
  })

  it('finds the plural even when a verb follows it', () => {
    expect(slips('We saw less volunteers arrive than last year.')).toEqual([
      {
        ruleId: 'grammar/less-fewer',
        actual: 'less',
        message: 'Use “fewer” with countable nouns: “fewer volunteers”',
        suggestions: ['fewer'],
      },
    ])
  })

  it('leaves “less” before an adjective or an uncountable noun', () => {
    expect(slips('They had less severe symptoms and less time, less than 10 visits.')).toEqual([])
  })
})

describe('confusables', () => {
  it.each([
    [
      'The rate was higher then before.',
      'then',
      'Did you mean “than”? “than” compares; “then” is about time',
    ],
    [
      'Cycling is more pleasant then driving.',
      'then',
      'Did you mean “than”? “than” compares; “then” is about time',
    ],
    [
      'Its been a long year.',
      'Its',
      'Did you mean “It’s”? “it’s” is short for “it is” or “it has”',
    ],
    [
      'The board lost it’s own vote.',
      'it’s',
      'Did you mean “its”? “its” is the possessive; “it’s” means “it is”',
    ],
    [
      'Many want to loose weight.',
      'loose',
      'Did you mean “lose”? “lose” is the verb (to no longer have); “loose” means not tight',
    ],
    [
      'It had an affect on sleep.',
      'affect',
      'Did you mean “effect”? “effect” is the noun (a result); “affect” is the verb',
    ],
    [
      'In principal, yes.',
      'principal',
      'Did you mean “principle”? “principle” is a rule or belief; “principal” means main',
    ],
    [
      'The principle investigator spoke.',
      'principle',
      'Did you mean “principal”? “principal” means main or chief; “principle” is a rule',
    ],
    [
      'She studies complimentary medicine.',
      'complimentary',
      'Did you mean “complementary”? “complementary” means completing; “complimentary” means praising or free',
    ],
    [
      'It is not clear wether or not the ward will reopen.',
      'wether',
      'Did you mean “whether”? “whether” introduces a choice; a “wether” is a castrated ram',
    ],
    [
      'We coded discreet variables.',
      'discreet',
      'Did you mean “discrete”? “discrete” means separate; “discreet” means tactful',
    ],
  ])('flags “%s”', (text, actual, message) => {
    const flags = slips(text).filter((flag) => flag.ruleId.startsWith('grammar/confusable/'))
    expect(flags.map((flag) => [flag.actual, flag.message])).toEqual([[actual, message]])
  })

  it('leaves correct uses alone', () => {
    expect(
      slips(
        'Its effect was larger than expected, and then it faded. The principal cause is known.',
      ),
    ).toEqual([])
  })

  it('does not read “wether” as “whether” when it is the animal', () => {
    const confusables = slips('The farmer sold a wether at the market.').filter((flag) =>
      flag.ruleId.startsWith('grammar/confusable/'),
    )
    expect(confusables).toEqual([])
  })
})
