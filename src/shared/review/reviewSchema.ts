import { z } from 'zod'
import { auditHeadSchema } from '../audit/auditHead'
import { sanitizeDraftDocument } from '../editor/sanitizeDraftDocument'
import { describeDraftLimit } from '../validation/draftLimits'
import { exceededDraftLimit } from '../validation/exceededDraftLimit'

/**
 * The persisted review model. Every file the store reads is migrated to the current version
 * (`migrations/`) and then parsed with these schemas. The audit trail is not part of a review
 * file: it is an append-only log of its own (see docs/audit-log.md).
 */

/** Version 2: flags with actors, statuses per kind, notes; kept versions with content; audit head. */
export const REVIEW_SCHEMA_VERSION = 2
/** The library index has its own version: it did not change with the review format. */
export const LIBRARY_INDEX_SCHEMA_VERSION = 1

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
/**
 * A draft's content wherever it is accepted or read: measured against the draft limits first
 * (iteratively, so a tree too deep or too large never reaches the recursive schema), then
 * validated, then passed through the one content sanitiser.
 */
export const documentContentSchema = z
  .unknown()
  .superRefine((value, context) => {
    const limit = exceededDraftLimit(value)
    if (limit !== null) {
      context.addIssue({ code: 'custom', message: describeDraftLimit(limit), abort: true })
    }
  })
  .pipe(documentNodeSchema)
  .refine((node) => node.type === 'doc', { message: 'the document root must be a "doc" node' })
  .transform(sanitizeDraftDocument) as unknown as z.ZodType<DocumentNode, DocumentNode>

/** Who did something: a reviewer profile's id and the name printed at the time. */
export const actorSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
})
export type Actor = z.infer<typeof actorSchema>

/** W3C Web Annotation style selector pair: position plus quote, so a flag can be re-found. */
export const anchorSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
})
export type Anchor = z.infer<typeof anchorSchema>

export const flagKindSchema = z.enum(['typo', 'claim', 'furniture', 'medical', 'comment'])
export type ReviewFlagKind = z.infer<typeof flagKindSchema>

export const flagStatusSchema = z.enum([
  'open',
  'fixed',
  'ignored',
  'resolved',
  'needs-source',
  'source-attached',
  'verified',
  'disputed',
  'not-a-claim',
])
export type FlagStatus = z.infer<typeof flagStatusSchema>

export const claimSourceFieldsSchema = z.object({
  url: z.string().max(2000).nullable(),
  doi: z.string().max(300).nullable(),
  pmid: z.string().max(20).nullable(),
  /** A free-text citation (journal, authors, year) for a source with no link or identifier. */
  citation: z.string().max(2000).default(''),
  quote: z.string().max(5000),
  note: z.string().max(5000),
})
export type ClaimSourceFields = z.infer<typeof claimSourceFieldsSchema>

export const claimSourceSchema = claimSourceFieldsSchema.extend({
  id: z.string(),
  addedAt: isoTimestamp,
  addedBy: actorSchema,
})
export type ClaimSource = z.infer<typeof claimSourceSchema>

export const flagNoteSchema = z.object({
  id: z.string(),
  at: isoTimestamp,
  author: actorSchema,
  text: z.string().min(1).max(10_000),
})
export type FlagNote = z.infer<typeof flagNoteSchema>

export const flagHistoryEntrySchema = z.object({
  at: isoTimestamp,
  by: actorSchema,
  /** What happened, in words: "created", "status", "source attached", "re-anchored", … */
  change: z.string(),
  from: flagStatusSchema.optional(),
  to: flagStatusSchema.optional(),
  reason: z.string().optional(),
})
export type FlagHistoryEntry = z.infer<typeof flagHistoryEntrySchema>

export const reviewFlagSchema = z.object({
  id: z.string(),
  kind: flagKindSchema,
  /** "check" for a flag an automatic check raised and a reviewer acted on; "manual" otherwise. */
  origin: z.enum(['check', 'manual']),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  expected: z.array(z.string()),
  status: flagStatusSchema,
  /** Why it was dismissed (ignored, not a claim) or disputed; null otherwise. */
  statusReason: z.string().nullable(),
  anchor: anchorSchema,
  /** True when the flagged text is gone from the draft: shown, never dropped. */
  orphaned: z.boolean(),
  createdAt: isoTimestamp,
  createdBy: actorSchema,
  sources: z.array(claimSourceSchema),
  notes: z.array(flagNoteSchema),
  history: z.array(flagHistoryEntrySchema),
})
export type ReviewFlag = z.infer<typeof reviewFlagSchema>

export const SIGN_OFF_MEANINGS = ['approved', 'approved-with-changes', 'changes-required'] as const
export const signOffMeaningSchema = z.enum(SIGN_OFF_MEANINGS)
export type SignOffMeaning = z.infer<typeof signOffMeaningSchema>

/** A claim that was still open when a reviewer approved over it, and the words it is on. */
export const overriddenClaimSchema = z.object({ flagId: z.string(), exact: z.string() })
export type OverriddenClaim = z.infer<typeof overriddenClaimSchema>

/**
 * A medical reviewer's signature (21 CFR Part 11 §11.50: printed name, date and time with its
 * offset, meaning), bound to the content hash of the text it approves; the approved content is
 * kept as version `versionNumber` (reason "signed").
 */
export const signOffSchema = z.object({
  id: z.string(),
  reviewerId: z.string(),
  /** The reviewer's name as printed at the time, without credentials. */
  name: z.string(),
  credentials: z.string(),
  role: z.string(),
  meaning: signOffMeaningSchema,
  note: z.string(),
  signedAt: isoTimestamp,
  contentHash: sha256Hex,
  versionNumber: z.number().int().positive(),
  /** Set when "Approved" was signed while claims were open, with the reviewer's reason. */
  override: z.object({ reason: z.string(), openClaims: z.array(overriddenClaimSchema) }).optional(),
})
export type SignOff = z.infer<typeof signOffSchema>

/** Where a review stands, derived from its sign-offs and flags (see signOffState.ts). */
export const REVIEW_STATUSES = [
  'draft',
  'in-review',
  'changes-required',
  'approved-with-changes',
  'approved',
] as const
export const reviewStatusSchema = z.enum(REVIEW_STATUSES)
export type ReviewStatus = z.infer<typeof reviewStatusSchema>

/**
 * A version whose content is kept: every imported version and every signed one (not every
 * autosave), so later views can show what changed since then.
 */
export const keptVersionSchema = z.object({
  number: z.number().int().positive(),
  reason: z.enum(['imported', 'new-version', 'signed', 'migrated']),
  contentHash: sha256Hex,
  createdAt: isoTimestamp,
  createdBy: actorSchema,
  wordCount: z.number().int().nonnegative(),
  sourceName: z.string().nullable(),
  metadata: reviewMetadataSchema,
  content: documentContentSchema,
})
export type KeptVersion = z.infer<typeof keptVersionSchema>

export const reviewSchema = z.object({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  id: z.uuid(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  source: sourceFileSchema,
  metadata: reviewMetadataSchema,
  content: documentContentSchema,
  contentHash: sha256Hex,
  versions: z.array(keptVersionSchema),
  flags: z.array(reviewFlagSchema),
  /** Oldest first. Optional in files, so reviews written before sign-offs existed still load. */
  signOffs: z.array(signOffSchema).default([]),
  /** The last audit entry this file has seen; a log that ends before it was cut short. */
  auditHead: auditHeadSchema.nullable(),
})
export type Review = z.infer<typeof reviewSchema>

export const reviewSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  author: z.string(),
  sourceName: z.string(),
  updatedAt: isoTimestamp,
  /** Filled from the review file at every start, so an index written before statuses gets one. */
  status: reviewStatusSchema.default('draft'),
  /** Stored flags that still need work; absent in an index written before it was counted. */
  openFlagCount: z.number().int().nonnegative().optional(),
})
export type ReviewSummary = z.infer<typeof reviewSummarySchema>

export const recentFileSchema = z.object({
  path: z.string(),
  reviewId: z.uuid(),
  openedAt: isoTimestamp,
})
export type RecentFile = z.infer<typeof recentFileSchema>

export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(LIBRARY_INDEX_SCHEMA_VERSION),
  reviews: z.array(reviewSummarySchema),
  lastOpenedReviewId: z.uuid().nullable(),
  recentFiles: z.array(recentFileSchema),
})
export type LibraryIndex = z.infer<typeof libraryIndexSchema>
