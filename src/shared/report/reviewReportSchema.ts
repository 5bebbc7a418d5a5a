import { z } from 'zod'

/**
 * The one report model every format is rendered from (HTML, PDF, Markdown, CSV, JSON). The
 * JSON report is this object as it is; docs/report.schema.json is generated from this schema
 * (scripts/writeReportSchema.ts) and docs/report-json.md describes it.
 */
export const REPORT_SCHEMA_VERSION = 1

const timestamp = z.iso.datetime({ offset: true })

export const reportKindSchema = z.enum(['typo', 'claim', 'furniture', 'medical', 'comment'])
export type ReportFlagKind = z.infer<typeof reportKindSchema>

export const reportSourceSchema = z.object({
  /** The source as one line: citation, URL, DOI or PMID, whichever it has. */
  label: z.string(),
  url: z.string().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  citation: z.string(),
})
export type ReportSource = z.infer<typeof reportSourceSchema>

export const reportFlagSchema = z.object({
  id: z.string(),
  kind: reportKindSchema,
  kindLabel: z.string(),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  status: z.string(),
  statusLabel: z.string(),
  /** The flagged text of the draft. */
  text: z.string(),
  message: z.string(),
  /** Why it was dismissed or disputed; null otherwise. */
  reason: z.string().nullable(),
  sources: z.array(reportSourceSchema),
  /** Who last changed its status (or raised it), and when; null for a check-only report. */
  changedBy: z.string().nullable(),
  changedAt: timestamp.nullable(),
  /** True when the flagged text is no longer in the draft. */
  orphaned: z.boolean(),
})
export type ReportFlag = z.infer<typeof reportFlagSchema>

export const reportSignOffSchema = z.object({
  name: z.string(),
  credentials: z.string(),
  meaning: z.enum(['approved', 'approved-with-changes', 'changes-required']),
  meaningLabel: z.string(),
  signedAt: timestamp,
  /** The printed line, e.g. "Medically reviewed by …". */
  byline: z.string(),
  /** False when the text changed after it was signed. */
  current: z.boolean(),
  override: z
    .object({
      reason: z.string(),
      /** The open claims the signer published over. */
      claimFlagIds: z.array(z.string()),
    })
    .nullable(),
})
export type ReportSignOff = z.infer<typeof reportSignOffSchema>

export const reportReasonSchema = z.object({
  /** "blocking" keeps the draft from going out; "note" is worth knowing. */
  severity: z.enum(['blocking', 'note']),
  text: z.string(),
})
export type ReportReason = z.infer<typeof reportReasonSchema>

export const reportVerdictSchema = z.object({
  ready: z.boolean(),
  headline: z.string(),
  reasons: z.array(reportReasonSchema),
})
export type ReportVerdict = z.infer<typeof reportVerdictSchema>

export const reportCountSchema = z.object({
  kind: reportKindSchema,
  label: z.string(),
  total: z.number().int().nonnegative(),
  /** Still to be worked on. */
  open: z.number().int().nonnegative(),
  /** Fixed, verified, resolved. */
  done: z.number().int().nonnegative(),
  /** Ignored or not a claim, with a reason. */
  dismissed: z.number().int().nonnegative(),
  byStatus: z.array(
    z.object({ status: z.string(), label: z.string(), count: z.number().int().nonnegative() }),
  ),
})
export type ReportCount = z.infer<typeof reportCountSchema>

export const reportAuditSchema = z.object({
  entries: z.number().int().nonnegative(),
  headHash: z.string().nullable(),
  verified: z.boolean(),
  /** Where and why the trail is broken; null when it verifies. */
  problem: z.string().nullable(),
})
export type ReportAudit = z.infer<typeof reportAuditSchema>

export const reportHighlightSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: reportKindSchema,
  flagId: z.string(),
})

export const reviewReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  /** "review" for a stored review; "check" for a draft checked automatically, with no review. */
  reportType: z.enum(['review', 'check']),
  generatedAt: timestamp,
  /** Who exported it; null from the command line with no reviewer. */
  generatedBy: z.string().nullable(),
  draft: z.object({
    title: z.string(),
    author: z.string(),
    authorRole: z.string(),
    publishedDate: z.string().nullable(),
    updatedDate: z.string().nullable(),
    sourceName: z.string(),
    reviewId: z.string().nullable(),
    createdAt: timestamp.nullable(),
    updatedAt: timestamp.nullable(),
  }),
  version: z.object({
    /** The latest kept version's number; null for a check-only report. */
    number: z.number().int().positive().nullable(),
    contentHash: z.string(),
    wordCount: z.number().int().nonnegative(),
  }),
  verdict: reportVerdictSchema,
  counts: z.array(reportCountSchema),
  claims: z.array(reportFlagSchema),
  typos: z.object({ open: z.array(reportFlagSchema), fixed: z.array(reportFlagSchema) }),
  /** Flags of the other kinds (page furniture, medical questions, comments), not dismissed. */
  otherFlags: z.array(reportFlagSchema),
  dismissed: z.array(reportFlagSchema),
  signOff: reportSignOffSchema.nullable(),
  /** The sign-off state in words, e.g. "No medical sign-off" or "Signed, current". */
  signOffStatus: z.string(),
  /** Null for a check-only report, which has no audit log. */
  audit: reportAuditSchema.nullable(),
  /** The draft's text with where each flag is; null when the report leaves it out. */
  annotatedText: z
    .object({ text: z.string(), highlights: z.array(reportHighlightSchema) })
    .nullable(),
})
export type ReviewReport = z.infer<typeof reviewReportSchema>
