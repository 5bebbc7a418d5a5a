import { describe, expect, it } from 'vitest'
import { listLibrary } from '../../../src/renderer/library/libraryListing'
import type { ReviewSummary } from '../../../src/shared/review/reviewSchema'

let nextId = 0
function summary(
  title: string,
  author: string,
  updatedAt: string,
  openFlagCount?: number,
): ReviewSummary {
  nextId += 1
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    title,
    author,
    sourceName: 'draft.md',
    updatedAt,
    status: 'in-review',
    ...(openFlagCount === undefined ? {} : { openFlagCount }),
  }
}

const reviews = [
  summary('Walking After Dinner', 'Marisol Okafor', '2025-03-02T10:00:00.000Z', 2),
  summary('Flu Jabs Open to Over-50s', 'José Ribeiro', '2025-03-04T10:00:00.000Z', 0),
  summary('', 'Dana Whitfield', '2025-03-01T10:00:00.000Z', 5),
  summary('Ambulance Times Improve', 'Dana Whitfield', '2025-03-03T10:00:00.000Z'),
]
const titles = (list: ReviewSummary[]) => list.map((item) => item.title || '(untitled)')

describe('listLibrary', () => {
  it('lists the most recently changed review first by default', () => {
    expect(titles(listLibrary(reviews, '', 'last-change'))).toEqual([
      'Flu Jabs Open to Over-50s',
      'Ambulance Times Improve',
      'Walking After Dinner',
      '(untitled)',
    ])
  })

  it('sorts by title alphabetically, untitled drafts under their placeholder', () => {
    expect(titles(listLibrary(reviews, '', 'title'))).toEqual([
      'Ambulance Times Improve',
      'Flu Jabs Open to Over-50s',
      '(untitled)',
      'Walking After Dinner',
    ])
  })

  it('sorts by open flags, most first, ties by last change', () => {
    expect(titles(listLibrary(reviews, '', 'status'))).toEqual([
      '(untitled)',
      'Walking After Dinner',
      'Flu Jabs Open to Over-50s',
      'Ambulance Times Improve',
    ])
  })

  it('finds reviews by title or author, ignoring case and accents, every word required', () => {
    expect(titles(listLibrary(reviews, 'jose', 'last-change'))).toEqual([
      'Flu Jabs Open to Over-50s',
    ])
    expect(titles(listLibrary(reviews, 'WHITFIELD ambulance', 'last-change'))).toEqual([
      'Ambulance Times Improve',
    ])
    expect(listLibrary(reviews, 'nothing like this', 'title')).toEqual([])
  })

  it('does not reorder the list it was given', () => {
    const before = reviews.map((item) => item.id)
    listLibrary(reviews, '', 'title')
    expect(reviews.map((item) => item.id)).toEqual(before)
  })
})
