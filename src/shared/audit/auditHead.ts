import { z } from 'zod'

/** The last entry of an audit log, as a review records it to detect entries cut from the end. */
export const auditHeadSchema = z.strictObject({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
})
export type AuditHead = z.infer<typeof auditHeadSchema>
