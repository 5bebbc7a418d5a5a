import { describe, expect, it } from 'vitest'
import { extractMetadata } from '../../../src/shared/import/extractMetadata'

describe('extractMetadata', () => {
  it('reads title, byline, role, updated date and image credit from copied web text', () => {
    const blocks = [
      'ShareShareIconBookmarkAddBookmarkFilledHealth',
      'Evening Walks May Help You Fall Asleep Faster',
      'A small trial suggests a walk after dinner helps.\nsave article\nprofile picture of Dana Whitfield\nBy Dana Whitfield, Associate Editor\nUpdated January 4, 2024\ntwo people walking at dusk\nImage: Lena Marsh | Stockhouse',
      'Volunteers who walked after dinner fell asleep sooner.',
    ]
    expect(extractMetadata(blocks)).toEqual({
      title: 'Evening Walks May Help You Fall Asleep Faster',
      author: 'Dana Whitfield',
      authorRole: 'Associate Editor',
      publishedDate: null,
      updatedDate: '2024-01-04',
      imageCredit: 'Lena Marsh | Stockhouse',
    })
  })

  it('returns empty fields when the text has no metadata', () => {
    expect(extractMetadata([])).toEqual({
      title: '',
      author: '',
      authorRole: '',
      publishedDate: null,
      updatedDate: null,
      imageCredit: '',
    })
  })

  it('skips furniture lines such as ADVERTISEMENT and save article when choosing the title', () => {
    const blocks = [
      'ADVERTISEMENT',
      'save article',
      'Walking Helps Older Adults Sleep',
      'Body text.',
    ]
    expect(extractMetadata(blocks).title).toBe('Walking Helps Older Adults Sleep')
  })

  it('does not take a navigation trail or a picture caption as the title', () => {
    const blocks = [
      'Home | Health | Sleep News',
      'portrait of a woman walking her dog',
      'Night Shifts Change How Nurses Sleep',
    ]
    expect(extractMetadata(blocks).title).toBe('Night Shifts Change How Nurses Sleep')
  })

  it('prefers a headline of several words over a one-word section label', () => {
    expect(extractMetadata(['Health', 'Walking Helps Older Adults Sleep']).title).toBe(
      'Walking Helps Older Adults Sleep',
    )
  })

  it('falls back to a short line when no line has three words', () => {
    expect(extractMetadata(['Sleep', 'By Dana Whitfield']).title).toBe('Sleep')
  })

  it('does not take a byline, dateline or credit as the title', () => {
    const metadata = extractMetadata([
      'By Dana Whitfield',
      'Published Jan 4, 2024',
      'Photo: Lena Marsh',
      'Walking Helps Older Adults Sleep',
    ])
    expect(metadata.title).toBe('Walking Helps Older Adults Sleep')
  })

  it('reads a byline without a role', () => {
    const metadata = extractMetadata(['A Title For The Article', 'By Dana Whitfield'])
    expect([metadata.author, metadata.authorRole]).toEqual(['Dana Whitfield', ''])
  })

  it('reads a "Written by" byline', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'Written by Dana Whitfield, Health Writer',
    ])
    expect([metadata.author, metadata.authorRole]).toEqual(['Dana Whitfield', 'Health Writer'])
  })

  it('reads a byline with a date on the same line', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'By Dana Whitfield, Associate Editor | Updated Feb 1, 2025',
    ])
    expect([metadata.author, metadata.authorRole, metadata.updatedDate]).toEqual([
      'Dana Whitfield',
      'Associate Editor',
      '2025-02-01',
    ])
  })

  it('does not mistake a sentence starting with "By" for a byline', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'By the end of the trial, most slept well.',
    ])
    expect(metadata.author).toBe('')
  })

  it('does not take a reviewer line as the byline', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'Medically Reviewed by Sam Ortiz, MD',
    ])
    expect(metadata.author).toBe('')
  })

  it('reads published and updated dates in several written forms', () => {
    expect(extractMetadata(['Published Jan 4, 2024', 'Updated on 5 February 2024'])).toMatchObject({
      publishedDate: '2024-01-04',
      updatedDate: '2024-02-05',
    })
    expect(extractMetadata(['Published: 2024-01-04', 'Last updated Sept. 30, 2024'])).toMatchObject(
      {
        publishedDate: '2024-01-04',
        updatedDate: '2024-09-30',
      },
    )
    expect(extractMetadata(['March 3rd, 2025'])).toMatchObject({
      publishedDate: '2025-03-03',
      updatedDate: null,
    })
  })

  it('reads two dates written on one line', () => {
    expect(extractMetadata(['Published Jan 4, 2024 · Updated Feb 1, 2024'])).toMatchObject({
      publishedDate: '2024-01-04',
      updatedDate: '2024-02-01',
    })
  })

  it('ignores dates that do not exist', () => {
    expect(extractMetadata(['Published February 30, 2024']).publishedDate).toBeNull()
  })

  it('ignores dates mentioned inside article sentences', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'In a study published January 4, 2024, walkers slept longer.',
    ])
    expect(metadata.publishedDate).toBeNull()
  })

  it('reads each form of image credit', () => {
    const credits = [
      'Image: Lena Marsh | Stockhouse',
      'Photo: Lena Marsh',
      'Photograph by Lena Marsh',
      'Credit: Lena Marsh/Stockhouse',
      'Image credit: Lena Marsh',
    ].map((line) => extractMetadata(['A Title For The Article', line]).imageCredit)
    expect(credits).toEqual([
      'Lena Marsh | Stockhouse',
      'Lena Marsh',
      'Lena Marsh',
      'Lena Marsh/Stockhouse',
      'Lena Marsh',
    ])
  })

  it('does not let bylines and dates of the reading list at the end win', () => {
    const body = Array.from(
      { length: 20 },
      (_, index) => `Paragraph number ${index + 1} of the article.`,
    )
    const metadata = extractMetadata([
      'Evening Walks May Help You Fall Asleep Faster',
      ...body,
      'Next on Your Reading List',
      'Why Naps Feel Better in Winter',
      'By Rowan Pike, Staff Writer',
      'Published June 9, 2023',
      'Image: Somebody Else',
    ])
    expect(metadata).toEqual({
      title: 'Evening Walks May Help You Fall Asleep Faster',
      author: '',
      authorRole: '',
      publishedDate: null,
      updatedDate: null,
      imageCredit: '',
    })
  })

  it('keeps the first byline when a later header line has another', () => {
    const metadata = extractMetadata([
      'A Title For The Article',
      'By Dana Whitfield',
      'By Rowan Pike',
    ])
    expect(metadata.author).toBe('Dana Whitfield')
  })
})
