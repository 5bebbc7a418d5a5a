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
    ['Home | Health | News', 'navigation trail'],
    ['Home › Diabetes', 'navigation trail'],
    ['News > Health > Heart Health > Blood Pressure', 'navigation trail'],
    ['portrait of a smiling nurse in scrubs', 'picture caption'],
    ['Photo of a glucose monitor on a kitchen table', 'picture caption'],
  ])('classifies “%s” as %s', (line, reason) => {
    expect(classifyFurnitureLine(line)).toBe(reason)
  })

  it('does not classify article sentences or bylines of the article as furniture', () => {
    expect(classifyFurnitureLine('The council said the centre would share its costs.')).toBeNull()
    expect(classifyFurnitureLine('By Sam Ortiz, Health Reporter')).toBeNull()
    expect(classifyFurnitureLine('By Sam Ortiz | Health Reporter')).toBeNull()
    expect(classifyFurnitureLine('Updated January 4, 2024')).toBeNull()
    expect(
      classifyFurnitureLine(
        'A photo of the ward was shared by the hospital on Monday, and it shows',
      ),
    ).toBeNull()
    expect(classifyFurnitureLine('Doctors say salt | sugar | fat all matter.')).toBeNull()
  })

  it('never classes a dateline as furniture, even beside an image credit or in a byline run', () => {
    const report = findFurniture([
      'Ferry Timetable Changes\nBy Sam Ortiz\nUpdated January 4, 2024\nPhoto: Jo Marsh | Getty Images',
      'Library Adds Sunday Hours\nBy Ana Ruiz\nPublished: 4 January 2024\nBy Lee Park',
    ])
    const datelines = report.lines.filter((line) => /2024/.test(line.text))
    expect(datelines).toEqual([])
    expect(report.lines.map((line) => line.text)).toContain('By Ana Ruiz')
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
