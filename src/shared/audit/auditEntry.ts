import { z } from 'zod'

/** The `previousHash` of entry 1: there is no entry before it. */
export const GENESIS_PREVIOUS_HASH = '0'.repeat(64)

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest')

/** Local time with its UTC offset and milliseconds, e.g. 2026-11-25T10:15:02.123+01:00 (never `Z`). */
const localTimestamp = z.iso
  .datetime({ offset: true, precision: 3 })
  .regex(/[+-]\d{2}:\d{2}$/, 'expected a local time with its UTC offset, not Z')

export const auditActorSchema = z.strictObject({
  /** The reviewer profile id, or `cli:<user>` for the command line. */
  id: z.string().min(1),
  /** The printed name shown in reports. */
  name: z.string().min(1),
})
export type AuditActor = z.infer<typeof auditActorSchema>

/** A dotted name of lower-case, hyphenated words, such as `review.created` or `flag.status-changed`. */
export const auditActionSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$/,
    'expected a dotted name such as review.created or flag.status-changed',
  )

export const auditDetailsSchema = z.record(z.string(), z.json())
export type AuditDetails = z.infer<typeof auditDetailsSchema>

/**
 * One line of a review's audit log (docs/audit-log.md). The fields are listed in the order
 * they are written; `hash` covers every other field.
 */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  at: localTimestamp,
  actor: auditActorSchema,
  action: auditActionSchema,
  details: auditDetailsSchema,
  previousHash: sha256Hex,
  hash: sha256Hex,
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
