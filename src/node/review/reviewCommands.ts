import { randomUUID } from 'node:crypto'
import { anchorAt, anchorMatches } from '../../shared/anchoring/anchorAt'
import type { ReanchorSummary, ReportedAnchor } from '../../shared/anchoring/reanchorFlags'
import { reanchorFlags } from '../../shared/anchoring/reanchorFlags'
import type { ParsedChannelInput, SavedReview } from '../../shared/api/channels'
import { checkClaimSource } from '../../shared/review/claimSources'
import { FLAG_STATUS_POLICY, statusChangeProblem } from '../../shared/review/flagStatus'
import { MANUAL_FLAGS } from '../../shared/review/manualFlags'
import type { ReviewerProfile } from '../../shared/review/reviewerSchema'
import { actorOf } from '../../shared/review/reviewerSchema'
import {
  openClaims,
  SIGN_OFF_MEANING_LABELS,
  SIGN_OFF_ROLE,
} from '../../shared/review/signOffState'
import { formatLocalTimestamp } from '../../shared/audit/formatLocalTimestamp'
import type {
  Actor,
  ClaimSourceFields,
  KeptVersion,
  Review,
  ReviewFlag,
  SignOff,
} from '../../shared/review/reviewSchema'
import { documentText } from '../../shared/text/documentText'
import type { ImportedDraft } from '../import/importDraft'
import type { ReviewStore } from '../store/reviewStore'
import { CommandRefusedError } from './commandRefusedError'
import { createReviewFromImport } from './createReviewFromImport'
import { describeContent } from './describeContent'
import { findDraftContentProblem } from './validateDraftContent'

type JsonDetails = Record<string, unknown>

/** Appends one entry to a review's audit log and resolves once it is durable. */
export interface AuditAppender {
  append(entry: {
    actor: Actor
    action: string
    details: JsonDetails
  }): Promise<{ seq: number; hash: string }>
}

export interface ReviewCommandsOptions {
  store: ReviewStore
  auditLogFor: (reviewId: string) => AuditAppender
  now?: () => Date
}

interface Change<Result> {
  review: Review
  details: JsonDetails
  result: Result
}

type CheckFlagInput = ParsedChannelInput<'keepCheckFlag'>

/** What checking a signer's passphrase found (the store keeps the hash; this never sees it). */
export type PassphraseCheckResult = 'match' | 'mismatch' | 'not-set'

/**
 * Every change to a review, as a named command. Each one is validated against the stored
 * review (never trusting what the renderer believes), applied, recorded in the review's audit
 * log with the actor, and resolved only once the log entry and the review file are durable.
 * The log is written first: an entry whose review write then failed records an attempt, and a
 * review file never holds a change its log does not.
 */
export class ReviewCommands {
  private readonly store: ReviewStore
  private readonly auditLogFor: (reviewId: string) => AuditAppender
  private readonly now: () => Date

  constructor(options: ReviewCommandsOptions) {
    this.store = options.store
    this.auditLogFor = options.auditLogFor
    this.now = options.now ?? (() => new Date())
  }

  async createFromImport(
    actor: Actor,
    draft: ImportedDraft,
    sourcePath: string | null,
  ): Promise<Review> {
    const review = createReviewFromImport(draft, sourcePath, actor, this.now())
    return this.store.createReview(review, async (created) => {
      const head = await this.auditLogFor(created.id).append({
        actor,
        action: 'review.created',
        details: {
          source: { name: draft.fileName, format: draft.format, sha256: draft.sha256 },
          contentHash: created.contentHash,
          wordCount: created.versions[0]?.wordCount ?? 0,
        },
      })
      return { ...created, auditHead: { seq: head.seq, hash: head.hash } }
    })
  }

  /**
   * Records that a report of the review was exported. The review's content is untouched (its
   * updatedAt stays), only the audit head it records moves to the new entry.
   */
  async recordReportExport(
    actor: Actor,
    reviewId: string,
    details: { format: string; fileName: string; verdict: string },
  ): Promise<void> {
    await this.store.updateReview(reviewId, async (current) => {
      const head = await this.auditLogFor(reviewId).append({
        actor,
        action: 'report.exported',
        details: { ...details, contentHash: current.contentHash },
      })
      return { ...current, auditHead: { seq: head.seq, hash: head.hash } }
    })
  }

  async deleteReview(actor: Actor, reviewId: string): Promise<void> {
    const review = await this.store.getReview(reviewId)
    await this.auditLogFor(reviewId).append({
      actor,
      action: 'review.deleted',
      details: { title: review.metadata.title, contentHash: review.contentHash },
    })
    await this.store.deleteReview(reviewId)
  }

  async saveContent(
    actor: Actor,
    { reviewId, metadata, content, anchors }: ParsedChannelInput<'saveContent'>,
  ): Promise<SavedReview> {
    const problem = findDraftContentProblem(content)
    if (problem) {
      throw new CommandRefusedError('invalid-content', `The draft could not be saved: ${problem}`)
    }
    const saved = await this.execute(
      reviewId,
      actor,
      'content.saved',
      (current, at) => {
        if (
          JSON.stringify(current.content) === JSON.stringify(content) &&
          JSON.stringify(current.metadata) === JSON.stringify(metadata) &&
          anchors.every((anchor) => sameAnchor(current.flags, anchor))
        ) {
          return null
        }
        const { contentHash, wordCount } = describeContent(metadata, content)
        const { flags, summary } = reanchorFlags(
          current.flags,
          documentText(content).text,
          anchors,
          at,
          actor,
        )
        return {
          review: { ...current, metadata, content, contentHash, flags },
          details: {
            contentHash,
            previousContentHash: current.contentHash,
            wordCount,
            metadataChanged: changedFields(current.metadata, metadata),
            flags: summary,
          },
          result: null,
        }
      },
      () => null,
    )
    return {
      updatedAt: saved.review.updatedAt,
      contentHash: saved.review.contentHash,
      flags: saved.review.flags,
    }
  }

  createFlag(actor: Actor, input: ParsedChannelInput<'createFlag'>): Promise<ReviewFlag> {
    const definition = MANUAL_FLAGS[input.kind]
    return this.addFlag(actor, input.reviewId, 'flag.created', input.range, (anchor, at) => ({
      ...newFlag(actor, at, anchor),
      kind: definition.kind,
      origin: 'manual',
      ruleId: definition.ruleId,
      severity: 'warning',
      message: definition.message,
      status: FLAG_STATUS_POLICY[definition.kind].initial,
      notes:
        input.note === undefined || input.note === ''
          ? []
          : [{ id: randomUUID(), at, author: actor, text: input.note }],
    }))
  }

  keepCheckFlag(actor: Actor, input: CheckFlagInput): Promise<ReviewFlag> {
    return this.addFlag(actor, input.reviewId, 'flag.kept', input.range, (anchor, at) =>
      checkFlag(actor, at, anchor, input),
    )
  }

  /** Keeps an automatic flag whose suggestion the reviewer accepted, as fixed. */
  async fixCheckFlag(actor: Actor, input: ParsedChannelInput<'fixCheckFlag'>): Promise<ReviewFlag> {
    if (!FLAG_STATUS_POLICY[input.kind].allowed.includes('fixed')) {
      throw new CommandRefusedError(
        'invalid-status',
        `A ${input.kind} flag cannot be marked fixed by accepting a suggestion.`,
      )
    }
    const reason = `Suggestion accepted: “${input.original}” → ${
      input.replacement === '' ? 'removed' : `“${input.replacement}”`
    }`
    return this.addFlag(
      actor,
      input.reviewId,
      'flag.fixed',
      input.range,
      (anchor, at) => {
        const kept = checkFlag(actor, at, anchor, input)
        return {
          ...kept,
          status: 'fixed',
          history: [
            ...kept.history,
            { at, by: actor, change: 'status', from: kept.status, to: 'fixed', reason },
          ],
        }
      },
      { original: input.original, replacement: input.replacement },
    )
  }

  /** Dismisses an automatic flag; one already kept for the same rule and text is updated instead. */
  async dismissCheckFlag(
    actor: Actor,
    input: ParsedChannelInput<'dismissCheckFlag'>,
  ): Promise<ReviewFlag> {
    const status = input.kind === 'claim' ? 'not-a-claim' : 'ignored'
    const { result } = await this.execute(
      input.reviewId,
      actor,
      'flag.dismissed',
      (current, at) => {
        const text = documentText(current.content).text
        assertRangeInText(text, input.range)
        const existing = current.flags.find(
          (flag) =>
            flag.ruleId === input.ruleId &&
            flag.anchor.start === input.range.start &&
            flag.anchor.exact === input.range.exact,
        )
        const base =
          existing ??
          checkFlag(actor, at, anchorAt(text, input.range.start, input.range.end), input)
        const dismissed: ReviewFlag = {
          ...base,
          status,
          statusReason: input.reason,
          history: [
            ...base.history,
            {
              at,
              by: actor,
              change: 'status',
              from: base.status,
              to: status,
              reason: input.reason,
            },
          ],
        }
        const flags = existing
          ? current.flags.map((flag) => (flag.id === existing.id ? dismissed : flag))
          : [...current.flags, dismissed]
        return {
          review: { ...current, flags },
          details: flagDetails(dismissed, { reason: input.reason }),
          result: dismissed,
        }
      },
    )
    return result
  }

  setFlagStatus(
    actor: Actor,
    { reviewId, flagId, status, reason }: ParsedChannelInput<'setFlagStatus'>,
  ): Promise<ReviewFlag> {
    return this.changeFlag(actor, reviewId, flagId, 'flag.status-changed', (flag, at) => {
      const problem = statusChangeProblem(flag, status, reason ?? null)
      if (problem)
        throw new CommandRefusedError('invalid-status', `The flag was not changed: ${problem}.`)
      if (flag.status === status && (reason ?? null) === flag.statusReason) return null
      return {
        flag: {
          ...flag,
          status,
          statusReason: reason === undefined || reason === '' ? null : reason,
          history: [
            ...flag.history,
            {
              at,
              by: actor,
              change: 'status',
              from: flag.status,
              to: status,
              ...(reason ? { reason } : {}),
            },
          ],
        },
        details: { from: flag.status, to: status, ...(reason ? { reason } : {}) },
      }
    })
  }

  /**
   * Moves a flag to a new range of the saved text: how an orphan (whose words were deleted)
   * is re-attached. Any flag may be moved, so a reviewer can also correct a flag on the
   * wrong words; its status, notes and sources stay with it.
   */
  reattachFlag(
    actor: Actor,
    { reviewId, flagId, range }: ParsedChannelInput<'reattachFlag'>,
  ): Promise<ReviewFlag> {
    return this.changeFlag(actor, reviewId, flagId, 'flag.reattached', (flag, at, review) => {
      const text = documentText(review.content).text
      assertRangeInText(text, range, 'The flag was not re-attached')
      const anchor = anchorAt(text, range.start, range.end)
      return {
        flag: {
          ...flag,
          anchor,
          orphaned: false,
          history: [
            ...flag.history,
            { at, by: actor, change: `re-attached to “${truncate(anchor.exact)}”` },
          ],
        },
        details: {
          wasOrphaned: flag.orphaned,
          from: { start: flag.anchor.start, quote: flag.anchor.exact },
          to: { start: anchor.start, quote: anchor.exact },
        },
      }
    })
  }

  addFlagNote(
    actor: Actor,
    { reviewId, flagId, text }: ParsedChannelInput<'addFlagNote'>,
  ): Promise<ReviewFlag> {
    return this.changeFlag(actor, reviewId, flagId, 'flag.note-added', (flag, at) => {
      const note = { id: randomUUID(), at, author: actor, text }
      return { flag: { ...flag, notes: [...flag.notes, note] }, details: { noteId: note.id, text } }
    })
  }

  /** Attaches a new source, or one already attached to another claim (kept under its id). */
  attachSource(actor: Actor, input: ParsedChannelInput<'attachSource'>): Promise<ReviewFlag> {
    const { reviewId, flagId } = input
    return this.changeFlag(actor, reviewId, flagId, 'flag.source-attached', (flag, at, review) => {
      assertClaim(flag)
      const { fields, sharedId } = sourceToAttach(input, review)
      if (sharedId !== null && flag.sources.some((source) => source.id === sharedId)) {
        throw new CommandRefusedError(
          'source-already-attached',
          'This claim already has that source.',
        )
      }
      const attached = { ...fields, id: sharedId ?? randomUUID(), addedAt: at, addedBy: actor }
      const status = flag.status === 'needs-source' ? 'source-attached' : flag.status
      return {
        flag: {
          ...flag,
          status,
          sources: [...flag.sources, attached],
          history: [
            ...flag.history,
            { at, by: actor, change: 'source attached', from: flag.status, to: status },
          ],
        },
        details: {
          sourceId: attached.id,
          source: fields,
          ...('fromSource' in input ? { sharedFrom: input.fromSource.flagId } : {}),
        },
      }
    })
  }

  /** Edits a source on every claim it backs (a shared source keeps one set of fields). */
  async editSource(
    actor: Actor,
    { reviewId, flagId, sourceId, source }: ParsedChannelInput<'editSource'>,
  ): Promise<ReviewFlag> {
    const fields = checkedSource(source)
    const { review } = await this.execute(reviewId, actor, 'flag.source-edited', (current, at) => {
      const flag = findFlag(current, flagId)
      const existing = findSource(flag, sourceId)
      const backed = current.flags.filter((candidate) =>
        candidate.sources.some((attached) => attached.id === sourceId),
      )
      const flags = current.flags.map((candidate) =>
        backed.includes(candidate)
          ? {
              ...candidate,
              sources: candidate.sources.map((attached) =>
                attached.id === sourceId ? { ...attached, ...fields } : attached,
              ),
              history: [...candidate.history, { at, by: actor, change: 'source edited' }],
            }
          : candidate,
      )
      return {
        review: { ...current, flags },
        details: {
          flagId,
          kind: flag.kind,
          quote: flag.anchor.exact,
          sourceId,
          before: sourceFields(existing),
          after: fields,
          ...(backed.length > 1
            ? { alsoOnFlags: backed.map((f) => f.id).filter((id) => id !== flagId) }
            : {}),
        },
        result: null,
      }
    })
    return findFlag(review, flagId)
  }

  detachSource(
    actor: Actor,
    { reviewId, flagId, sourceId }: ParsedChannelInput<'detachSource'>,
  ): Promise<ReviewFlag> {
    return this.changeFlag(actor, reviewId, flagId, 'flag.source-detached', (flag, at) => {
      const detached = findSource(flag, sourceId)
      const sources = flag.sources.filter((candidate) => candidate.id !== sourceId)
      const status =
        sources.length === 0 && (flag.status === 'source-attached' || flag.status === 'verified')
          ? 'needs-source'
          : flag.status
      return {
        flag: {
          ...flag,
          sources,
          status,
          history: [
            ...flag.history,
            { at, by: actor, change: 'source detached', from: flag.status, to: status },
          ],
        },
        details: { sourceId, source: sourceFields(detached) },
      }
    })
  }

  /** Replaces the draft with a revised file, keeps it as a version and re-anchors every flag. */
  async importNewVersion(
    actor: Actor,
    reviewId: string,
    draft: ImportedDraft,
  ): Promise<{ review: Review; flags: ReanchorSummary }> {
    const { review, result } = await this.execute(
      reviewId,
      actor,
      'version.imported',
      (current, at) => {
        const metadata = { ...current.metadata }
        for (const [field, value] of Object.entries(draft.metadata) as [
          keyof typeof metadata,
          never,
        ][]) {
          if (value !== '' && value !== null) metadata[field] = value
        }
        const { contentHash, wordCount } = describeContent(metadata, draft.content)
        const { flags, summary } = reanchorFlags(
          current.flags,
          documentText(draft.content).text,
          [],
          at,
          actor,
        )
        const version: KeptVersion = {
          number: nextVersionNumber(current),
          reason: 'new-version',
          contentHash,
          createdAt: at,
          createdBy: actor,
          wordCount,
          sourceName: draft.fileName,
          metadata,
          content: draft.content,
        }
        return {
          review: {
            ...current,
            metadata,
            content: draft.content,
            contentHash,
            flags,
            versions: [...current.versions, version],
            source: {
              name: draft.fileName,
              path: null,
              format: draft.format,
              importedAt: at,
              sha256: draft.sha256,
            },
          },
          details: {
            version: version.number,
            source: { name: draft.fileName, format: draft.format, sha256: draft.sha256 },
            contentHash,
            previousContentHash: current.contentHash,
            wordCount,
            flags: summary,
          },
          result: summary,
        }
      },
    )
    return { review, flags: result }
  }

  /**
   * A medical reviewer's sign-off of the saved text. Refused unless the signer is a medical
   * reviewer whose passphrase matches (a wrong one is recorded as a failed attempt, without the
   * passphrase), the saved text is the one they saw (`contentHash`), and, for "Approved", no
   * claim is open or they give a reason to override, which is kept with the sign-off. The
   * approved content is kept as a "signed" version.
   */
  async signOff(
    signer: ReviewerProfile,
    input: ParsedChannelInput<'signOff'>,
    checkPassphrase: (passphrase: string) => Promise<PassphraseCheckResult>,
  ): Promise<Review> {
    const { reviewId, meaning, note, contentHash } = input
    const actor = actorOf(signer)
    if (signer.role !== SIGN_OFF_ROLE) {
      throw new CommandRefusedError(
        'not-a-medical-reviewer',
        'Nothing was signed: only a medical reviewer can sign off. Switch to your medical reviewer profile (Review › Switch Reviewer…).',
      )
    }
    const check = await checkPassphrase(input.passphrase)
    if (check === 'not-set') {
      throw new CommandRefusedError(
        'no-passphrase',
        'Nothing was signed: set a passphrase in your reviewer profile first.',
      )
    }
    if (check === 'mismatch') {
      await this.execute(reviewId, actor, 'sign-off.refused', (current) => ({
        review: current,
        details: { reason: 'wrong passphrase', meaning, contentHash: current.contentHash },
        result: null,
      }))
      throw new CommandRefusedError(
        'wrong-passphrase',
        'Nothing was signed: that passphrase is not right. The failed attempt is recorded in the audit trail.',
      )
    }
    const { review } = await this.execute(reviewId, actor, 'review.signed-off', (current, at) => {
      if (current.contentHash !== contentHash) {
        throw new CommandRefusedError(
          'text-changed',
          'Nothing was signed: the text changed while you were signing. Look at it again and sign off again.',
        )
      }
      const open = meaning === 'approved' ? openClaims(current) : []
      const overrideReason = input.overrideReason?.trim() ?? ''
      if (open.length > 0 && overrideReason === '') {
        throw new CommandRefusedError(
          'open-claims',
          `Nothing was signed: “${SIGN_OFF_MEANING_LABELS.approved}” needs every claim sourced and verified, and ${open.length} ${open.length === 1 ? 'claim is' : 'claims are'} still open. Resolve ${open.length === 1 ? 'it' : 'them'}, or give a reason to approve anyway.`,
        )
      }
      const { wordCount } = describeContent(current.metadata, current.content)
      const version: KeptVersion = {
        number: nextVersionNumber(current),
        reason: 'signed',
        contentHash: current.contentHash,
        createdAt: at,
        createdBy: actor,
        wordCount,
        sourceName: null,
        metadata: current.metadata,
        content: current.content,
      }
      const signOff: SignOff = {
        id: randomUUID(),
        reviewerId: signer.id,
        name: signer.name,
        credentials: signer.credentials,
        role: signer.role,
        meaning,
        note,
        signedAt: formatLocalTimestamp(new Date(at)),
        contentHash: current.contentHash,
        versionNumber: version.number,
        ...(open.length > 0
          ? {
              override: {
                reason: overrideReason,
                openClaims: open.map((flag) => ({ flagId: flag.id, exact: flag.anchor.exact })),
              },
            }
          : {}),
      }
      return {
        review: {
          ...current,
          versions: [...current.versions, version],
          signOffs: [...current.signOffs, signOff],
        },
        details: {
          signOffId: signOff.id,
          meaning,
          name: signOff.name,
          credentials: signOff.credentials,
          role: signOff.role,
          note,
          signedAt: signOff.signedAt,
          contentHash: signOff.contentHash,
          version: version.number,
          ...(signOff.override ? { override: signOff.override } : {}),
        },
        result: null,
      }
    })
    return review
  }

  private async addFlag(
    actor: Actor,
    reviewId: string,
    action: string,
    range: ReportedRange,
    build: (anchor: ReviewFlag['anchor'], at: string) => ReviewFlag,
    extraDetails: JsonDetails = {},
  ): Promise<ReviewFlag> {
    const { result } = await this.execute(reviewId, actor, action, (current, at) => {
      const text = documentText(current.content).text
      assertRangeInText(text, range)
      const flag = build(anchorAt(text, range.start, range.end), at)
      return {
        review: { ...current, flags: [...current.flags, flag] },
        details: flagDetails(flag, extraDetails),
        result: flag,
      }
    })
    return result
  }

  private async changeFlag(
    actor: Actor,
    reviewId: string,
    flagId: string,
    action: string,
    change: (
      flag: ReviewFlag,
      at: string,
      review: Review,
    ) => { flag: ReviewFlag; details: JsonDetails } | null,
  ): Promise<ReviewFlag> {
    const { result } = await this.execute(
      reviewId,
      actor,
      action,
      (current, at) => {
        const flag = current.flags.find((candidate) => candidate.id === flagId)
        if (!flag) {
          throw new CommandRefusedError(
            'flag-not-found',
            `There is no flag ${flagId} in this review; it may have been removed.`,
          )
        }
        const changed = change(flag, at, current)
        if (changed === null) return null
        return {
          review: {
            ...current,
            flags: current.flags.map((candidate) =>
              candidate.id === flagId ? changed.flag : candidate,
            ),
          },
          details: { flagId, kind: flag.kind, quote: flag.anchor.exact, ...changed.details },
          result: changed.flag,
        }
      },
      (review) => findFlag(review, flagId),
    )
    return result
  }

  /**
   * Runs one command: reads the review in its queue, applies the change, appends the audit
   * entry, then writes the review with the new audit head. `apply` returns null for no change.
   */
  private async execute<Result>(
    reviewId: string,
    actor: Actor,
    action: string,
    apply: (current: Review, at: string) => Change<Result> | null,
    unchanged: (current: Review) => Result = alwaysChanges,
  ): Promise<{ review: Review; result: Result }> {
    let outcome: { result: Result } | null = null
    const review = await this.store.updateReview(reviewId, async (current) => {
      const at = this.now().toISOString()
      const change = apply(current, at)
      if (change === null) return current
      const head = await this.auditLogFor(reviewId).append({
        actor,
        action,
        details: change.details,
      })
      outcome = { result: change.result }
      return { ...change.review, updatedAt: at, auditHead: { seq: head.seq, hash: head.hash } }
    })
    const applied = outcome as { result: Result } | null
    return { review, result: applied === null ? unchanged(review) : applied.result }
  }
}

type ReportedRange = Pick<ReportedAnchor, 'start' | 'end' | 'exact'>

function alwaysChanges(): never {
  throw new Error('A review command that always changes the review made no change.')
}

function assertRangeInText(
  text: string,
  range: ReportedRange,
  refused = 'The flag was not created',
): void {
  if (!anchorMatches(text, range)) {
    throw new CommandRefusedError(
      'stale-selection',
      `${refused}: “${truncate(range.exact)}” is not at that place in the saved draft. Save the draft and try again.`,
    )
  }
}

function sameAnchor(flags: readonly ReviewFlag[], anchor: ReportedAnchor): boolean {
  const flag = flags.find((candidate) => candidate.id === anchor.flagId)
  return (
    flag !== undefined &&
    flag.anchor.start === anchor.start &&
    flag.anchor.end === anchor.end &&
    flag.anchor.exact === anchor.exact
  )
}

function newFlag(actor: Actor, at: string, anchor: ReviewFlag['anchor']) {
  return {
    id: randomUUID(),
    expected: [],
    statusReason: null,
    anchor,
    orphaned: false,
    createdAt: at,
    createdBy: actor,
    sources: [],
    notes: [],
    history: [{ at, by: actor, change: 'created' }],
  }
}

function checkFlag(
  actor: Actor,
  at: string,
  anchor: ReviewFlag['anchor'],
  check: Pick<CheckFlagInput, 'kind' | 'ruleId' | 'severity' | 'message' | 'expected'>,
): ReviewFlag {
  return {
    ...newFlag(actor, at, anchor),
    kind: check.kind,
    origin: 'check',
    ruleId: check.ruleId,
    severity: check.severity,
    message: check.message,
    expected: check.expected,
    status: FLAG_STATUS_POLICY[check.kind].initial,
  }
}

function flagDetails(flag: ReviewFlag, extra: JsonDetails = {}): JsonDetails {
  return {
    flagId: flag.id,
    kind: flag.kind,
    origin: flag.origin,
    ruleId: flag.ruleId,
    status: flag.status,
    quote: flag.anchor.exact,
    start: flag.anchor.start,
    ...extra,
  }
}

function assertClaim(flag: ReviewFlag): void {
  if (flag.kind !== 'claim') {
    throw new CommandRefusedError('not-a-claim', 'Sources can only be attached to claims.')
  }
}

function findSource(flag: ReviewFlag, sourceId: string): ReviewFlag['sources'][number] {
  const source = flag.sources.find((candidate) => candidate.id === sourceId)
  if (!source) {
    throw new CommandRefusedError(
      'source-not-found',
      `This claim has no source ${sourceId}; it may have been removed.`,
    )
  }
  return source
}

function findFlag(review: Review, flagId: string): ReviewFlag {
  const flag = review.flags.find((candidate) => candidate.id === flagId)
  if (!flag)
    throw new CommandRefusedError('flag-not-found', `There is no flag ${flagId} in this review.`)
  return flag
}

/** The fields of a source to attach and, for a source shared from another claim, its id. */
function sourceToAttach(
  input: ParsedChannelInput<'attachSource'>,
  review: Review,
): { fields: ClaimSourceFields; sharedId: string | null } {
  if ('fromSource' in input) {
    const shared = findSource(findFlag(review, input.fromSource.flagId), input.fromSource.sourceId)
    return { fields: sourceFields(shared), sharedId: shared.id }
  }
  return { fields: checkedSource(input.source), sharedId: null }
}

/** The source's fields trimmed and in canonical form, or a refusal that lists every problem. */
function checkedSource(source: ClaimSourceFields): ClaimSourceFields {
  const checked = checkClaimSource(source)
  if (!checked.ok) {
    throw new CommandRefusedError(
      'invalid-source',
      checked.problems.map((problem) => problem.message).join(' '),
    )
  }
  return checked.source
}

function sourceFields({
  url,
  doi,
  pmid,
  citation,
  quote,
  note,
}: ClaimSourceFields): ClaimSourceFields {
  return { url, doi, pmid, citation, quote, note }
}

function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T)[]).filter((key) => before[key] !== after[key]).map(String)
}

function nextVersionNumber(review: Review): number {
  return Math.max(0, ...review.versions.map((version) => version.number)) + 1
}

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
