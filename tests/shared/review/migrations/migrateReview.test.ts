import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateToCurrent } from '../../../../src/shared/review/migrations/migrateToCurrent'
import { MigrationError } from '../../../../src/shared/review/migrations/migrationError'
import { reviewFormat } from '../../../../src/shared/review/migrations/reviewFormats'
import { REVIEW_SCHEMA_VERSION, reviewSchema } from '../../../../src/shared/review/reviewSchema'
import { migrationContext } from '../../../../src/node/review/describeContent'

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'))
}

/** Every earlier format has a fixture as that version of Copydesk wrote it. */
const EARLIER_VERSIONS: Record<number, string> = { 1: 'review-v1.json' }

describe('migrating a stored review', () => {
  it('has a fixture for every earlier version, each of which migrates to a valid current review', () => {
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(
      Array.from({ length: REVIEW_SCHEMA_VERSION - 1 }, (_, index) => index + 1),
    )
    for (const [version, fixture] of Object.entries(EARLIER_VERSIONS)) {
      const migrated = migrateToCurrent(readFixture(fixture), reviewFormat, migrationContext)
      expect(migrated.fromVersion).toBe(Number(version))
      expect(reviewSchema.safeParse(migrated.value).error).toBeUndefined()
    }
  })

  it('leaves a current review as it is', () => {
    const current = migrateToCurrent(
      readFixture('review-v1.json'),
      reviewFormat,
      migrationContext,
    ).value
    expect(migrateToCurrent(current, reviewFormat, migrationContext)).toEqual({
      value: current,
      fromVersion: REVIEW_SCHEMA_VERSION,
    })
  })

  describe('version 1 to 2', () => {
    const migrated = reviewSchema.parse(
      migrateToCurrent(readFixture('review-v1.json'), reviewFormat, migrationContext).value,
    )

    it('keeps the draft, its metadata and its source as they were', () => {
      const original = readFixture('review-v1.json') as Record<string, unknown>
      expect(migrated.content).toEqual(original.content)
      expect(migrated.metadata).toEqual(original.metadata)
      expect(migrated.source).toEqual(original.source)
      expect(migrated.createdAt).toBe(original.createdAt)
    })

    it('keeps the current content as a migrated version with a fresh hash and word count', () => {
      expect(migrated.versions).toEqual([
        expect.objectContaining({
          number: 1,
          reason: 'migrated',
          contentHash: migrated.contentHash,
          wordCount: 18,
          content: migrated.content,
        }),
      ])
      expect(migrated.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(migrated.auditHead).toBeNull()
    })

    it('turns an ignored typo into an ignored flag from a check, with a legacy actor and a reason', () => {
      const typo = migrated.flags.find((flag) => flag.kind === 'typo')
      expect(typo).toMatchObject({
        origin: 'check',
        ruleId: 'grammar/confusable/its-its',
        status: 'ignored',
        statusReason: 'Ignored once (before reasons were recorded)',
        createdBy: { id: 'legacy:editor', name: 'editor (before reviewer profiles)' },
        createdAt: '2026-10-03T17:39:00.000Z',
        anchor: { start: 0, end: 3, exact: 'Its' },
        orphaned: false,
        notes: [],
      })
      expect(typo?.history.at(-1)).toMatchObject({
        change: 'upgraded from “ignored”',
        to: 'ignored',
      })
    })

    it('turns an ignored claim into "not a claim"', () => {
      const claim = migrated.flags.find((flag) => flag.kind === 'claim')
      expect(claim).toMatchObject({ status: 'not-a-claim', origin: 'check' })
    })
  })

  it('refuses a file from a newer Copydesk with a message that says exactly that', () => {
    const future = { schemaVersion: REVIEW_SCHEMA_VERSION + 1, id: 'x' }
    let caught: unknown
    try {
      migrateToCurrent(future, reviewFormat, migrationContext)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(MigrationError)
    expect((caught as MigrationError).isFromNewerVersion).toBe(true)
    expect((caught as MigrationError).message).toBe(
      `it was written by a newer version of Copydesk (review format ${REVIEW_SCHEMA_VERSION + 1}; this version reads up to ${REVIEW_SCHEMA_VERSION}). Update Copydesk to open it`,
    )
  })

  it.each([
    ['no schemaVersion', { id: 'x' }],
    ['a schemaVersion that is not a whole number', { schemaVersion: '1' }],
    ['not an object', ['schemaVersion', 1]],
  ])('refuses a file with %s', (_case, raw) => {
    expect(() => migrateToCurrent(raw, reviewFormat, migrationContext)).toThrow(
      'it has no valid schemaVersion, so it is not a review file',
    )
  })

  it('names what is wrong with a version 1 file that does not match version 1', () => {
    const broken = { ...(readFixture('review-v1.json') as object), flags: [{ id: 3 }] }
    expect(() => migrateToCurrent(broken, reviewFormat, migrationContext)).toThrow(
      /^it does not match review format 1: flags\[0\]\.id/,
    )
  })
})
