import { describe, expect, it } from 'vitest'
import { isDateline } from '../../../src/shared/import/isDateline'

describe('isDateline', () => {
  it.each([
    'Updated January 4, 2024',
    'Published: 4 January 2024 · 5 min read',
    'Last updated on 12 March 2025',
    '2024-01-04',
    'March 3, 2025',
  ])('recognises “%s” as a dateline', (line) => {
    expect(isDateline(line)).toBe(true)
  })

  it.each([
    'Updated guidance says to walk after meals.',
    'By Dana Whitfield, Associate Editor',
    'In January 2024 the clinic opened.',
    'Reviewed by Dr Lee',
  ])('does not take “%s” for a dateline', (line) => {
    expect(isDateline(line)).toBe(false)
  })
})
