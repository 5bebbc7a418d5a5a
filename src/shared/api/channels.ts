import { z } from 'zod'
import type { AuditVerification } from '../audit/auditVerification'
import type { ReviewerProfile } from '../review/reviewerSchema'
import { passphraseSchema, reviewerDetailsSchema } from '../review/reviewerSchema'
import type { RecentFile, Review, ReviewFlag, ReviewSummary } from '../review/reviewSchema'
import { ALLOWED_LINK_PROTOCOL_PATTERN } from '../editor/linkPolicy'
import {
  FILE_TOO_LARGE,
  isPasteWithinLimit,
  MAX_IMPORT_BASE64_LENGTH,
  PASTE_TOO_LARGE,
} from '../import/importLimits'
import type { CheckLanguage } from '../checks/checkLanguage'
import { COLOR_SCHEME_PREFERENCES, type ColorSchemePreference } from '../appearance/colorScheme'
import { ruleNamespace } from '../checks/ruleIds'
import { HOUSE_WORD_RULE, normalizeHouseWord } from '../checks/spelling/houseWord'
import {
  claimSourceFieldsSchema,
  documentContentSchema,
  flagStatusSchema,
  reviewMetadataSchema,
  signOffMeaningSchema,
} from '../review/reviewSchema'
import { MANUAL_FLAG_KINDS, type ManualFlagKind } from '../review/manualFlags'
import { PAPER_SIZES, REPORT_FORMAT_NAMES, type PaperSize } from '../report/reportFormats'

/**
 * The contract between the renderer and the main process: one entry per operation, each
 * with the schema its input is parsed with before any handler sees it. Both transports
 * (Electron IPC and the loopback HTTP host) are built from this table, and so is the type
 * of `window.api`.
 */

const MAX_REPORTED_ANCHORS = 20_000
const MAX_TEXT_OFFSET = 50_000_000
const MAX_REASON_LENGTH = 2_000
const MAX_HOUSE_DICTIONARY_LENGTH = 5 * 1024 * 1024

const reviewId = z.uuid()
const houseWord = z.string().refine((raw) => normalizeHouseWord(raw) !== null, HOUSE_WORD_RULE)
const noInput = z.object({}).strict()
const textOffset = z.number().int().nonnegative().max(MAX_TEXT_OFFSET)
/** A range of the document's text (see src/shared/text) and the text the sender saw there. */
const quotedRange = z
  .object({ start: textOffset, end: textOffset, exact: z.string().min(1).max(10_000) })
  .strict()
  .refine((range) => range.end - range.start === range.exact.length, {
    message: 'end - start must be the length of the quoted text',
  })
const reviewFlagId = z.string().min(1).max(200)
const reason = z.string().trim().max(MAX_REASON_LENGTH)
/** What an automatic check said about a range, when a reviewer acts on that flag. */
const checkFlagFields = {
  kind: z.enum(['typo', 'claim', 'furniture']),
  ruleId: z
    .string()
    .max(100)
    .regex(/^[a-z]+(\/[a-z0-9-]+)+$/, 'expected a check rule id')
    .refine((id) => ruleNamespace(id) !== null, 'expected the rule id of an automatic check'),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().min(1).max(500),
  expected: z.array(z.string().max(200)).max(20),
}

export interface AppInfo {
  transport: 'electron' | 'browser'
  version: string
  platform: string
  dataDir: string
  /** True where the main process can show native open dialogs (Electron). */
  hasNativeDialogs: boolean
  /** True where the main process can read the system clipboard (Electron). */
  hasNativeClipboard: boolean
}

export interface StoreProblem {
  /** The file that could not be used, relative to the data folder. */
  file: string
  reason: string
  /** Where the file was moved to, relative to the data folder. */
  setAsideAs: string
  /** True when a last good backup exists and can be restored with `restoreBackup`. */
  backupAvailable: boolean
}

export interface StartupState {
  review: Review | null
  problems: StoreProblem[]
}

export type { CheckLanguage } from '../checks/checkLanguage'

export interface CheckResources {
  houseWords: string[]
  /** The optional GPL medical word list, one term per line; null when it is not installed. */
  medicalWords: string | null
  /** The language to check in when the user has not chosen one. */
  language: CheckLanguage
}

export interface HouseDictionaryImport {
  added: number
  total: number
}

export interface HouseDictionaryExport {
  text: string
  fileName: string
}

export interface Licence {
  name: string
  /** SPDX expression, e.g. "MIT" or "GPL-3.0-or-later". */
  licence: string
  text: string
}

export interface SavedReview {
  updatedAt: string
  contentHash: string
  /** The stored flags after main re-anchored them in the saved text. */
  flags: ReviewFlag[]
}

export interface ImportedVersion {
  review: Review
  /** How the stored flags fared in the new text. */
  flags: { kept: number; moved: number; orphaned: number }
}

export interface Reviewers {
  reviewers: ReviewerProfile[]
  activeReviewerId: string | null
}

/** Where an exported report went: saved by main (Electron), or bytes for the renderer to download. */
export type ReportExport =
  | { kind: 'saved'; path: string; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'download'; fileName: string; mimeType: string; dataBase64: string }

interface ChannelContract<Input extends z.ZodType, Output> {
  readonly input: Input
  /** Phantom: carries the output type; never set at run time. */
  readonly output?: Output
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelContract<Input, Output> => ({ input })
}

export const channels = {
  getAppInfo: channel<AppInfo>()(noInput),
  openStartupReview: channel<StartupState>()(noInput),
  listReviews: channel<ReviewSummary[]>()(noInput),
  openReview: channel<Review>()(z.object({ id: reviewId }).strict()),
  /** Content and metadata, with where the editor says each stored flag now is. */
  saveContent: channel<SavedReview>()(
    z
      .object({
        reviewId,
        metadata: reviewMetadataSchema,
        content: documentContentSchema,
        anchors: z
          .array(quotedRange.and(z.object({ flagId: reviewFlagId })))
          .max(MAX_REPORTED_ANCHORS),
      })
      .strict(),
  ),
  /** A flag a reviewer raises on a selection of the saved text. */
  createFlag: channel<ReviewFlag>()(
    z
      .object({
        reviewId,
        kind: z.enum(MANUAL_FLAG_KINDS),
        range: quotedRange,
        note: z.string().trim().max(10_000).optional(),
      })
      .strict(),
  ),
  /** Keeps an automatic flag in the review so it can be worked on (sources, notes, status). */
  keepCheckFlag: channel<ReviewFlag>()(
    z.object({ reviewId, range: quotedRange, ...checkFlagFields }).strict(),
  ),
  /**
   * Records an accepted suggestion: the automatic flag is kept as fixed, anchored on the
   * corrected words (or, when the suggestion deleted the words, on the word beside the gap).
   */
  fixCheckFlag: channel<ReviewFlag>()(
    z
      .object({
        reviewId,
        range: quotedRange,
        ...checkFlagFields,
        original: z.string().min(1).max(10_000),
        replacement: z.string().max(200),
      })
      .strict()
      .refine((input) => input.replacement === '' || input.range.exact === input.replacement, {
        message: 'the range must hold the replacement',
      }),
  ),
  /** Dismisses an automatic flag (ignored, or not a claim) with a reason that is kept. */
  dismissCheckFlag: channel<ReviewFlag>()(
    z.object({ reviewId, range: quotedRange, ...checkFlagFields, reason: reason.min(1) }).strict(),
  ),
  setFlagStatus: channel<ReviewFlag>()(
    z
      .object({
        reviewId,
        flagId: reviewFlagId,
        status: flagStatusSchema,
        reason: reason.optional(),
      })
      .strict(),
  ),
  /** Moves a flag (an orphan, usually) to a range of the saved text. */
  reattachFlag: channel<ReviewFlag>()(
    z.object({ reviewId, flagId: reviewFlagId, range: quotedRange }).strict(),
  ),
  addFlagNote: channel<ReviewFlag>()(
    z
      .object({ reviewId, flagId: reviewFlagId, text: z.string().trim().min(1).max(10_000) })
      .strict(),
  ),
  /**
   * Attaches a new source to a claim, or (`fromSource`) a source already attached to another
   * claim of the same review: both claims then hold it under the same source id.
   */
  attachSource: channel<ReviewFlag>()(
    z.union([
      z
        .object({ reviewId, flagId: reviewFlagId, source: claimSourceFieldsSchema.strict() })
        .strict(),
      z
        .object({
          reviewId,
          flagId: reviewFlagId,
          fromSource: z
            .object({ flagId: reviewFlagId, sourceId: z.string().min(1).max(200) })
            .strict(),
        })
        .strict(),
    ]),
  ),
  editSource: channel<ReviewFlag>()(
    z
      .object({
        reviewId,
        flagId: reviewFlagId,
        sourceId: z.string().min(1).max(200),
        source: claimSourceFieldsSchema.strict(),
      })
      .strict(),
  ),
  detachSource: channel<ReviewFlag>()(
    z.object({ reviewId, flagId: reviewFlagId, sourceId: z.string().min(1).max(200) }).strict(),
  ),
  importNewVersion: channel<ImportedVersion>()(
    z
      .object({
        reviewId,
        fileName: z.string().min(1).max(1024),
        dataBase64: z.base64().max(MAX_IMPORT_BASE64_LENGTH, FILE_TOO_LARGE),
      })
      .strict(),
  ),
  verifyAuditTrail: channel<AuditVerification>()(z.object({ reviewId }).strict()),
  getReviewers: channel<Reviewers>()(noInput),
  createReviewer: channel<ReviewerProfile>()(reviewerDetailsSchema),
  updateReviewer: channel<ReviewerProfile>()(
    z.object({ id: z.uuid(), details: reviewerDetailsSchema }).strict(),
  ),
  switchReviewer: channel<ReviewerProfile>()(z.object({ id: z.uuid() }).strict()),
  deleteReview: channel<null>()(z.object({ id: reviewId }).strict()),
  importFile: channel<Review>()(
    z
      .object({
        fileName: z.string().min(1).max(1024),
        dataBase64: z.base64().max(MAX_IMPORT_BASE64_LENGTH, FILE_TOO_LARGE),
      })
      .strict(),
  ),
  importPastedContent: channel<Review>()(
    z
      .object({ html: z.string(), text: z.string() })
      .strict()
      .refine(({ html, text }) => isPasteWithinLimit(html, text), PASTE_TOO_LARGE),
  ),
  importClipboard: channel<Review>()(noInput),
  showOpenDialog: channel<Review | null>()(noInput),
  listRecentFiles: channel<RecentFile[]>()(noInput),
  openRecentFile: channel<Review>()(z.object({ path: z.string().min(1) }).strict()),
  restoreBackup: channel<Review | null>()(z.object({ file: z.string().min(1) }).strict()),
  openExternalLink: channel<null>()(
    z.object({ url: z.url({ protocol: ALLOWED_LINK_PROTOCOL_PATTERN }) }).strict(),
  ),
  getCheckResources: channel<CheckResources>()(noInput),
  addHouseWord: channel<{ total: number }>()(z.object({ word: houseWord }).strict()),
  removeHouseWord: channel<{ total: number }>()(z.object({ word: houseWord }).strict()),
  importHouseDictionary: channel<HouseDictionaryImport>()(
    z.object({ text: z.string().max(MAX_HOUSE_DICTIONARY_LENGTH) }).strict(),
  ),
  exportHouseDictionary: channel<HouseDictionaryExport>()(noInput),
  getLicences: channel<Licence[]>()(noInput),
  /**
   * The active reviewer signs off the saved text they saw (`contentHash`), with their
   * passphrase; "Approved" over open claims needs `overrideReason`. Main checks everything.
   */
  signOff: channel<Review>()(
    z
      .object({
        reviewId,
        meaning: signOffMeaningSchema,
        note: z.string().trim().max(MAX_REASON_LENGTH),
        contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a content hash'),
        passphrase: z.string().min(1, 'a passphrase is needed').max(1024),
        overrideReason: reason.optional(),
      })
      .strict(),
  ),
  /** Sets the active reviewer's passphrase; changing one needs the current passphrase. */
  setReviewerPassphrase: channel<ReviewerProfile>()(
    z
      .object({ passphrase: passphraseSchema, currentPassphrase: z.string().max(1024).optional() })
      .strict(),
  ),
  /** Renders the review's report; main saves it (native dialog) or returns it to download. */
  exportReport: channel<ReportExport>()(
    z
      .object({
        reviewId,
        format: z.enum(REPORT_FORMAT_NAMES),
        paperSize: z.enum(Object.keys(PAPER_SIZES) as [PaperSize, ...PaperSize[]]),
        includeText: z.boolean(),
      })
      .strict(),
  ),
  /** Opens a report this session exported, or shows it in its folder (Electron only). */
  openExportedReport: channel<null>()(
    z.object({ path: z.string().min(1).max(4096), reveal: z.boolean() }).strict(),
  ),
  /** Tells the app which colour scheme the reviewer chose, so native parts follow it too. */
  setColorScheme: channel<null>()(z.object({ scheme: z.enum(COLOR_SCHEME_PREFERENCES) }).strict()),
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<Name extends ChannelName> = z.input<Channels[Name]['input']>
export type ParsedChannelInput<Name extends ChannelName> = z.output<Channels[Name]['input']>
export type ChannelOutput<Name extends ChannelName> = Exclude<Channels[Name]['output'], undefined>

export const channelNames = Object.keys(channels) as ChannelName[]

/** What every transport carries back: a value, or an error the user can read. */
export type ChannelResult<Output> =
  { ok: true; value: Output } | { ok: false; error: { code: string; message: string } }

/** The API the renderer sees as `window.api`, derived from the channel table. */
export type CopydeskApi = {
  [Name in ChannelName]: (input: ChannelInput<Name>) => Promise<ChannelOutput<Name>>
}

/** Commands the native menu (or a second app instance) sends to the renderer. */
export type AppCommand =
  | { type: 'open-file' }
  | { type: 'new-from-clipboard' }
  | { type: 'show-library' }
  | { type: 'find' }
  | { type: 'save-now' }
  | { type: 'review-opened'; review: Review }
  | { type: 'flush-before-quit' }
  | { type: 'next-flag' }
  | { type: 'previous-flag' }
  | { type: 'remove-furniture' }
  | { type: 'import-house-dictionary' }
  | { type: 'export-house-dictionary' }
  | { type: 'show-licences' }
  | { type: 'switch-reviewer' }
  | { type: 'toggle-flags-panel' }
  | { type: 'verify-audit-trail' }
  | { type: 'import-new-version' }
  | { type: 'show-versions' }
  | { type: 'sign-off' }
  | { type: `flag-${ManualFlagKind}` }
  | { type: 'replace' }
  | { type: 'show-flag-card' }
  | { type: 'export-report' }
  | { type: 'set-color-scheme'; scheme: ColorSchemePreference }

export interface CopydeskBridge {
  api: CopydeskApi
  onCommand(listener: (command: AppCommand) => void): () => void
  /** Tells the main process the renderer has saved everything after `flush-before-quit`. */
  flushed(): void
}
