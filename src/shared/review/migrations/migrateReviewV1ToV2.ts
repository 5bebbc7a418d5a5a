import { currentRuleId } from '../../checks/ruleIds'
import { FLAG_STATUS_POLICY } from '../flagStatus'
import type {
  Actor,
  DocumentNode,
  FlagStatus,
  Review,
  ReviewFlag,
  ReviewFlagKind,
  ReviewMetadata,
} from '../reviewSchema'
import type { MigrationContext } from './migrationContext'
import type { ReviewFlagV1, ReviewV1 } from './reviewFormatV1'
import { reviewV1Schema } from './reviewFormatV1'
import { describeFormatIssues } from '../../validation/describeFormatIssues'
import { MigrationError } from './migrationError'

/** Version 1 recorded who did something as a bare word ("editor"); version 2 needs an actor. */
export function legacyActor(name: string): Actor {
  const trimmed = name.trim() || 'unknown'
  return { id: `legacy:${trimmed}`, name: `${trimmed} (before reviewer profiles)` }
}

const MIGRATION_ACTOR: Actor = { id: 'copydesk', name: 'Copydesk (format upgrade)' }

function migrateKind(kind: ReviewFlagV1['kind']): ReviewFlagKind {
  return kind === 'note' ? 'comment' : kind
}

function migrateStatus(flag: ReviewFlagV1, kind: ReviewFlagKind): FlagStatus {
  const hasSource = flag.sources.length > 0
  const { status } = flag
  switch (kind) {
    case 'claim':
      if (status === 'ignored') return 'not-a-claim'
      if ((status === 'accepted' || status === 'resolved') && hasSource) return 'verified'
      return hasSource ? 'source-attached' : 'needs-source'
    case 'typo':
    case 'furniture':
      if (status === 'ignored') return 'ignored'
      if (status === 'accepted' || status === 'resolved') return 'fixed'
      return 'open'
    case 'medical':
    case 'comment':
      return status === 'accepted' || status === 'resolved' ? 'resolved' : 'open'
  }
}

function migrateFlag(flag: ReviewFlagV1, migratedAt: string): ReviewFlag {
  const kind = migrateKind(flag.kind)
  const status = migrateStatus(flag, kind)
  const creator = legacyActor(flag.createdBy)
  const createdAt = flag.history[0]?.at ?? migratedAt
  const needsReason = status === 'ignored' || status === 'not-a-claim'
  return {
    id: flag.id,
    kind,
    // Version 1 stored only "ignore once" records of automatic checks, made by the editor.
    origin: flag.id.startsWith('ignored-') ? 'check' : 'manual',
    ruleId: currentRuleId(flag.ruleId),
    severity: flag.severity,
    message: flag.message,
    expected: flag.expected,
    status: FLAG_STATUS_POLICY[kind].allowed.includes(status)
      ? status
      : FLAG_STATUS_POLICY[kind].initial,
    statusReason: needsReason ? 'Ignored once (before reasons were recorded)' : null,
    anchor: { ...flag.anchor, exact: flag.anchor.exact || flag.actual },
    orphaned: flag.status === 'orphaned',
    createdAt,
    createdBy: creator,
    sources: flag.sources.map((source) => ({ ...source, citation: '', addedBy: creator })),
    notes: [],
    history: [
      ...flag.history.map((entry) => ({
        at: entry.at,
        by: legacyActor(entry.by),
        change: entry.change,
      })),
      { at: migratedAt, by: MIGRATION_ACTOR, change: `upgraded from “${flag.status}”`, to: status },
    ],
  }
}

/**
 * Version 1 → 2: flags get actors, per-kind statuses, reasons and notes; the audit array (never
 * written by version 1) gives way to the separate audit log; the list of autosave hashes gives
 * way to kept versions with content. Version 1 kept no earlier content, so the current content
 * becomes version 1 ("migrated"). The store keeps a copy of the original file before upgrading.
 */
export function migrateReviewV1ToV2(raw: unknown, context: MigrationContext): Review {
  const parsed = reviewV1Schema.safeParse(raw)
  if (!parsed.success) {
    throw new MigrationError(
      `it does not match review format 1: ${describeFormatIssues(parsed.error.issues)}`,
    )
  }
  const old: ReviewV1 = parsed.data
  if (old.signOffs.length > 0) {
    // Version 1 reserved the field but never wrote it; a sign-off there was not made by Copydesk.
    throw new MigrationError('it holds sign-offs, which review format 1 never recorded')
  }
  const migratedAt = old.updatedAt
  const { contentHash, wordCount } = context.describeContent(old.metadata, old.content)
  return {
    schemaVersion: 2,
    id: old.id,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
    source: old.source,
    metadata: old.metadata,
    content: old.content,
    contentHash,
    versions: [
      keptVersion(old.metadata, old.content, contentHash, wordCount, migratedAt, old.source.name),
    ],
    flags: old.flags.map((flag) => migrateFlag(flag, migratedAt)),
    signOffs: [],
    auditHead: null,
  }
}

function keptVersion(
  metadata: ReviewMetadata,
  content: DocumentNode,
  contentHash: string,
  wordCount: number,
  createdAt: string,
  sourceName: string,
): Review['versions'][number] {
  return {
    number: 1,
    reason: 'migrated',
    contentHash,
    createdAt,
    createdBy: MIGRATION_ACTOR,
    wordCount,
    sourceName,
    metadata,
    content,
  }
}
