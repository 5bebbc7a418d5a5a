import { describe, expect, it } from 'vitest'
import { parseCalendarDate } from '../../../src/shared/import/parseCalendarDate'

describe('parseCalendarDate', () => {
  it('reads month-first, day-first and ISO dates as YYYY-MM-DD', () => {
    expect(
      [
        'January 4, 2024',
        'Jan 4, 2024',
        'Jan. 4 2024',
        '4 January 2024',
        '4th Jan 2024',
        '2024-01-04',
      ].map(parseCalendarDate),
    ).toEqual(['2024-01-04', '2024-01-04', '2024-01-04', '2024-01-04', '2024-01-04', '2024-01-04'])
  })

  it('keeps the written day of an ISO timestamp instead of converting its timezone', () => {
    expect(parseCalendarDate('2025-03-03T23:30:00-05:00')).toBe('2025-03-03')
    expect(parseCalendarDate('2025-03-04T00:30:00+09:00')).toBe('2025-03-04')
  })

  it('returns null for impossible days and for text that is not a date', () => {
    expect(
      ['2024-02-30', 'February 30, 2024', '2023-13-01', 'yesterday', ''].map(parseCalendarDate),
    ).toEqual([null, null, null, null, null])
  })

  it('accepts 29 February in a leap year only', () => {
    expect([parseCalendarDate('Feb 29, 2024'), parseCalendarDate('Feb 29, 2023')]).toEqual([
      '2024-02-29',
      null,
    ])
  })
})
