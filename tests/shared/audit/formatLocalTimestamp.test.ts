import { describe, expect, it } from 'vitest'
import { auditEntrySchema } from '../../../src/shared/audit/auditEntry'
import { formatLocalTimestamp } from '../../../src/shared/audit/formatLocalTimestamp'

const instant = new Date('2026-11-25T09:15:02.123Z')

describe('formatLocalTimestamp', () => {
  it.each([
    [60, '2026-11-25T10:15:02.123+01:00'],
    [-300, '2026-11-25T04:15:02.123-05:00'],
    [345, '2026-11-25T15:00:02.123+05:45'],
    [-570, '2026-11-24T23:45:02.123-09:30'],
    [0, '2026-11-25T09:15:02.123+00:00'],
  ])('writes the wall-clock time and the offset %i minutes east of UTC', (offset, expected) => {
    expect(formatLocalTimestamp(instant, offset)).toBe(expected)
  })

  it('carries the date over midnight and the new year', () => {
    expect(formatLocalTimestamp(new Date('2026-12-31T23:30:00.000Z'), 60)).toBe(
      '2027-01-01T00:30:00.000+01:00',
    )
  })

  it('denotes the same instant, with the machine offset by default', () => {
    const formatted = formatLocalTimestamp(instant)
    expect(Date.parse(formatted)).toBe(instant.getTime())
    expect(formatted).toMatch(/[+-]\d{2}:\d{2}$/)
  })

  it('produces what the audit entry schema accepts, and the schema refuses Z times', () => {
    const entry = {
      seq: 1,
      at: formatLocalTimestamp(instant, 60),
      actor: { id: 'profile-1', name: 'Ada Editor' },
      action: 'review.created',
      details: {},
      previousHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    }
    expect(auditEntrySchema.safeParse(entry).success).toBe(true)
    expect(auditEntrySchema.safeParse({ ...entry, at: instant.toISOString() }).success).toBe(false)
  })
})
