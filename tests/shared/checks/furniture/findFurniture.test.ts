import { describe, expect, it } from 'vitest'
import { checkBlocks } from '../../../../src/shared/checks/checkDocument'
import { classifyFurnitureLine } from '../../../../src/shared/checks/furniture/classifyFurnitureLine'
import { findFurniture } from '../../../../src/shared/checks/furniture/findFurniture'
import { spellCheckerForTests } from '../spellCheckerForTests'

const draft = [
  'ShareIconPrintIconMailIconBookmarkOutline',
  'Town Opens a Cooling Centre',
  'The centre on Mill Lane will stay open until nine on hot evenings, the council said.',
  'teenagers playing basketball at dusk\nPhoto: Jo Marsh | Getty Images',
  'ADVERTISEMENT',
  'Read Next',
  'Ferry Timetable Changes This Weekend\nBy Sam Ortiz\nvolunteers painting a fence\nLibrary Adds Sunday Hours\nBy Ana Ruiz',
  'Save article',
]

describe('page furniture', () => {
  it.each([
    ['ADVERTISEMENT', 'advertisement label'],
    ['Save article', 'save or bookmark label'],
    ['Article removed.', 'save or bookmark label'],
    ['Share this article', 'share label'],
    ['ShareIconPrintIconMailIconBookmarkOutline', 'run-together icon labels'],
    ['Image: Jo Marsh | Shutterstock', 'image credit'],
    ['Next on Your Reading List', 'reading-list heading'],
  ])('classifies “%s” as %s', (line, reason) => {
    expect(classifyFurnitureLine(line)).toBe(reason)
  })

  it('does not classify article sentences or bylines of the article as furniture', () => {
    expect(classifyFurnitureLine('The council said the centre would share its costs.')).toBeNull()
    expect(classifyFurnitureLine('By Sam Ortiz, Health Reporter')).toBeNull()
  })

  it('returns the whole furniture blocks, including the reading list after its heading', () => {
    const report = findFurniture(draft)
    expect(report.wholeBlocks).toEqual([0, 3, 4, 5, 6, 7])
    expect(
      report.lines.find((line) => line.text === 'teenagers playing basketball at dusk')?.reason,
    ).toBe('image alt text')
    expect(report.summary).toBe(
      `Removed 6 blocks of page furniture (11 lines, ${report.removedCharacters.toLocaleString('en-US')} characters)`,
    )
    expect(report.removedCharacters).toBe(
      [0, 3, 4, 5, 6, 7].reduce((sum, index) => sum + (draft[index]?.length ?? 0), 0),
    )
  })

  it('finds a reading list without a heading from its run of bylines', () => {
    const list =
      'First Headline Here\nBy A Writer\nSecond Headline\nBy B Writer\nThird One\nBy C Writer'
    expect(
      findFurniture(['Some article text that ends with a full stop.', list]).wholeBlocks,
    ).toEqual([1])
  })

  it('flags furniture and does not check its text for claims or typos', () => {
    const results = checkBlocks(draft, { spellChecker: spellCheckerForTests() })
    const readingList = results[6]?.flags ?? []
    expect(readingList.map((flag) => [flag.kind, flag.message])).toEqual([
      ['furniture', 'Page furniture: reading list'],
    ])
    expect(results[4]?.flags.map((flag) => flag.message)).toEqual([
      'Page furniture: advertisement label',
    ])
  })
})
