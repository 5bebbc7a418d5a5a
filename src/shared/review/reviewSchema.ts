import { z } from 'zod'

/**
 * The persisted review model. Every file the store reads is parsed with these schemas;
 * later capabilities (flags, sources, sign-offs, audit) already have their place here so
 * they extend the model instead of reshaping it.
 */

export const REVIEW_SCHEMA_VERSION = 1

const isoTimestamp = z.iso.datetime({ offset: true })
/** A calendar date as `YYYY-MM-DD`, or null when unknown. */
const calendarDate = z.iso.date().nullable()
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest')

export const sourceFormatSchema = z.enum(['docx', 'html', 'md', 'txt', 'paste', 'sample'])
export type SourceFormat = z.infer<typeof sourceFormatSchema>

export const sourceFileSchema = z.object({
  name: z.string(),
  /** Absolute path when the draft came from a file on disk; null for paste, drop, upload. */
  path: z.string().nullable(),
  format: sourceFormatSchema,
  importedAt: isoTimestamp,
  /** SHA-256 of the imported bytes, so a re-import of the same file can be recognised. */
  sha256: sha256Hex,
})
export type SourceFile = z.infer<typeof sourceFileSchema>

export const reviewMetadataSchema = z.object({
  title: z.string().max(1000),
  author: z.string().max(500),
  authorRole: z.string().max(500),
  publishedDate: calendarDate,
  updatedDate: calendarDate,
  imageCredit: z.string().max(1000),
})
export type ReviewMetadata = z.infer<typeof reviewMetadataSchema>

/** TipTap/ProseMirror JSON. Node-level validity is checked against the editor schema on load. */
export interface DocumentNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocumentNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}
export const documentNodeSchema: z.ZodType<DocumentNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(documentNodeSchema).optional(),
    marks: z
      .array(
        z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
    text: z.string().optional(),
  }),
)
export const documentContentSchema = documentNodeSchema.refine((node) => node.type === 'doc', {
  message: 'the document root must be a "doc" node',
})

export const documentVersionSchema = z.object({
  contentHash: sha256Hex,
  savedAt: isoTimestamp,
})
export type DocumentVersion = z.infer<typeof documentVersionSchema>

/** W3C Web Annotation style selector pair: position plus quote, so a flag can be re-found. */
export const anchorSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
})
export type Anchor = z.infer<typeof anchorSchema>

export const claimSourceSchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  quote: z.string(),
  note: z.string(),
  addedAt: isoTimestamp,
})

export const flagHistoryEntrySchema = z.object({
  at: isoTimestamp,
  by: z.string(),
  change: z.string(),
})

export const reviewFlagSchema = z.object({
  id: z.string(),
  kind: z.enum(['typo', 'claim', 'furniture', 'note']),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  actual: z.string(),
  expected: z.array(z.string()),
  status: z.enum(['open', 'accepted', 'ignored', 'resolved', 'orphaned']),
  anchor: anchorSchema,
  createdBy: z.string(),
  sources: z.array(claimSourceSchema),
  history: z.array(flagHistoryEntrySchema),
})
export type ReviewFlag = z.infer<typeof reviewFlagSchema>

export const signOffSchema = z.object({
  id: z.string(),
  printedName: z.string(),
  credentials: z.string(),
  role: z.string(),
  meaning: z.string(),
  signedAt: isoTimestamp,
  note: z.string(),
  contentHash: sha256Hex,
})

export const auditEntrySchema = z.object({
  at: isoTimestamp,
  actor: z.string(),
  action: z.string(),
  detail: z.string(),
  previousHash: z.string(),
  hash: sha256Hex,
})

export const reviewSchema = z.object({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  id: z.uuid(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  source: sourceFileSchema,
  metadata: reviewMetadataSchema,
  content: documentContentSchema,
  contentHash: sha256Hex,
  versions: z.array(documentVersionSchema),
  flags: z.array(reviewFlagSchema),
  signOffs: z.array(signOffSchema),
  audit: z.array(auditEntrySchema),
})
export type Review = z.infer<typeof reviewSchema>

export const reviewSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  author: z.string(),
  sourceName: z.string(),
  updatedAt: isoTimestamp,
})
export type ReviewSummary = z.infer<typeof reviewSummarySchema>

export const recentFileSchema = z.object({
  path: z.string(),
  reviewId: z.uuid(),
  openedAt: isoTimestamp,
})
export type RecentFile = z.infer<typeof recentFileSchema>

export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  reviews: z.array(reviewSummarySchema),
  lastOpenedReviewId: z.uuid().nullable(),
  recentFiles: z.array(recentFileSchema),
})
export type LibraryIndex = z.infer<typeof libraryIndexSchema>
