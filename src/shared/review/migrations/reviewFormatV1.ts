import { z } from 'zod'
import { documentContentSchema, reviewMetadataSchema, sourceFileSchema } from '../reviewSchema'

/**
 * The review file format of Copydesk 0.1 (schemaVersion 1), frozen as it was written, so that
 * the step to version 2 can read old files however the current model changes.
 */
const isoTimestamp = z.iso.datetime({ offset: true })

/** Reserved by version 1 and never written: Copydesk 0.1 could not sign off. */
const signOffV1Schema = z.object({
  id: z.string(),
  printedName: z.string(),
  credentials: z.string(),
  role: z.string(),
  meaning: z.string(),
  signedAt: isoTimestamp,
  note: z.string(),
  contentHash: z.string(),
})

export const reviewFlagV1Schema = z.object({
  id: z.string(),
  kind: z.enum(['typo', 'claim', 'furniture', 'note']),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  actual: z.string(),
  expected: z.array(z.string()),
  status: z.enum(['open', 'accepted', 'ignored', 'resolved', 'orphaned']),
  anchor: z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
  createdBy: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      url: z.string().nullable(),
      doi: z.string().nullable(),
      pmid: z.string().nullable(),
      quote: z.string(),
      note: z.string(),
      addedAt: isoTimestamp,
    }),
  ),
  history: z.array(z.object({ at: isoTimestamp, by: z.string(), change: z.string() })),
})
export type ReviewFlagV1 = z.infer<typeof reviewFlagV1Schema>

export const reviewV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  source: sourceFileSchema,
  metadata: reviewMetadataSchema,
  content: documentContentSchema,
  contentHash: z.string(),
  versions: z.array(z.object({ contentHash: z.string(), savedAt: isoTimestamp })),
  flags: z.array(reviewFlagV1Schema),
  signOffs: z.array(signOffV1Schema),
  audit: z.array(z.unknown()),
})
export type ReviewV1 = z.infer<typeof reviewV1Schema>
