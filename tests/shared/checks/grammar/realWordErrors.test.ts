import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../../src/shared/checks/checkDocument'
import { readCleanProse } from '../../../../eval/evaluationSupport'
import { spellCheckerForTests } from '../spellCheckerForTests'

function typoFlags(text: string): { actual: string; suggestion: string }[] {
  return checkBlock(text, { spellChecker: spellCheckerForTests(), kinds: ['typo'] })
    .filter((flag) => flag.severity !== 'info')
    .map((flag) => ({ actual: flag.actual, suggestion: flag.suggestions[0] ?? '' }))
}

describe('real-word errors a dictionary cannot see', () => {
  it.each([
    ['The team kept loosing games all winter.', 'loosing', 'losing'],
    ['She payed the fine on Monday.', 'payed', 'paid'],
    ['They payed out millions in bonuses.', 'payed', 'paid'],
    ['We could of stopped the leak sooner.', 'of', 'have'],
    ['The council should of asked first.', 'of', 'have'],
    ['There was alot of rain in March.', 'alot', 'a lot'],
    ['Patients who cannot breath should call for help.', 'breath', 'breathe'],
    ['Try to breath deeply before the test.', 'breath', 'breathe'],
    ['She took a deep breathe and began.', 'breathe', 'breath'],
    ['He ran until he was out of breathe.', 'breathe', 'breath'],
    ['Nurses often advice patients to rest.', 'advice', 'advise'],
    ['We would advice against travel.', 'advice', 'advise'],
    ['She ignored the advise of her doctor.', 'advise', 'advice'],
  ])('flags %j', (text, actual, suggestion) => {
    expect(typoFlags(text)).toContainEqual({ actual, suggestion })
  })

  it.each([
    'The archers were loosing their arrows at the wall.',
    'The sailors payed out the rope until the boat drifted clear.',
    'Losing weight slowly is easier to keep up.',
    'She paid the fine and left.',
    'A breath of fresh air helps.',
    'Take a deep breath and breathe out slowly.',
    'They breathe more easily at night.',
    'Doctors advise patients to rest, and the advice you gave was sound.',
    'Her advice to readers was simple.',
    'Could of course be wrong, said the clerk.',
  ])('leaves the right word alone in %j', (text) => {
    expect(typoFlags(text)).toEqual([])
  })

  it('raises no real-word warning on clean prose, American or British', () => {
    const files = [...readCleanProse('us'), ...readCleanProse('gb')]
    const realWordFlags = files.flatMap((file) =>
      file.blocks.flatMap((block) =>
        checkBlock(block, { spellChecker: spellCheckerForTests(), kinds: ['typo'] })
          .filter((flag) =>
            /confusable\/(?:lose-loose|paid-payed|would-of|advice-advise|breath-breathe)$/.test(
              flag.ruleId,
            ),
          )
          .map((flag) => `${file.name}: ${flag.actual}`),
      ),
    )
    expect(files.length).toBeGreaterThan(5)
    expect(realWordFlags).toEqual([])
  })
})
