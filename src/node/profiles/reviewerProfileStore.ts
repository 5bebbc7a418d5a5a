import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { StoreProblem } from '../../shared/api/channels'
import type { VersionedFormat } from '../../shared/review/migrations/migrateToCurrent'
import { migrateToCurrent } from '../../shared/review/migrations/migrateToCurrent'
import type {
  ReviewerDetails,
  ReviewerProfile,
  ReviewerProfiles,
  StoredReviewerProfile,
} from '../../shared/review/reviewerSchema'
import {
  actorOf,
  REVIEWER_PROFILES_SCHEMA_VERSION,
  reviewerProfilesSchema,
} from '../../shared/review/reviewerSchema'
import { AuditLog } from '../audit/auditLog'
import { CommandRefusedError } from '../review/commandRefusedError'
import { DurableJsonFile } from '../store/durableJsonFile'
import { KeyedQueue } from '../store/keyedQueue'
import { StoreError } from '../store/storeError'
import { StoreFileError } from '../store/storeFileError'
import { StoreProblems } from '../store/storeProblems'
import { hashPassphrase, passphraseMatches } from './passphraseHash'

export const REVIEWER_PROFILES_FILE = 'reviewers.json'

const reviewerProfilesFormat: VersionedFormat<null> = {
  name: 'reviewer profiles',
  currentVersion: REVIEWER_PROFILES_SCHEMA_VERSION,
  steps: {},
}

/** What a passphrase check found; `not-set` when the reviewer has none yet. */
export type PassphraseCheck = 'match' | 'mismatch' | 'not-set'

/** A profile without its passphrase hash, which never leaves this store. */
function publicProfile({ passphrase, ...profile }: StoredReviewerProfile): ReviewerProfile {
  return { ...profile, hasPassphrase: passphrase !== undefined }
}

function noProfiles(): ReviewerProfiles {
  return { schemaVersion: REVIEWER_PROFILES_SCHEMA_VERSION, reviewers: [], activeReviewerId: null }
}

/**
 * The people who review on this machine, kept in the data folder, and which of them is at the
 * keyboard. Every review command is recorded with the active reviewer as its actor.
 */
export class ReviewerProfileStore {
  private readonly problemFiles: StoreProblems
  private readonly queue = new KeyedQueue()
  private readonly auditLog: AuditLog

  private constructor(
    private readonly file: DurableJsonFile<ReviewerProfiles>,
    private data: ReviewerProfiles,
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.problemFiles = new StoreProblems(dataDir, now)
    this.auditLog = AuditLog.forReviewerProfiles(dataDir, { now })
  }

  static async open(
    dataDir: string,
    options: { now?: () => Date } = {},
  ): Promise<ReviewerProfileStore> {
    const now = options.now ?? (() => new Date())
    const file = new DurableJsonFile<ReviewerProfiles>(path.join(dataDir, REVIEWER_PROFILES_FILE), {
      schema: reviewerProfilesSchema,
      formatName: 'the reviewer profiles format',
      migrate: (raw) => migrateToCurrent(raw, reviewerProfilesFormat, null),
    })
    try {
      const stored = await file.read()
      return new ReviewerProfileStore(file, stored ?? noProfiles(), dataDir, now)
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      const store = new ReviewerProfileStore(file, noProfiles(), dataDir, now)
      await store.problemFiles.setAside(REVIEWER_PROFILES_FILE, file, error.reason, () => true)
      return store
    }
  }

  get problems(): StoreProblem[] {
    return this.problemFiles.all
  }

  get reviewers(): ReviewerProfile[] {
    return this.data.reviewers.map(publicProfile)
  }

  get active(): ReviewerProfile | null {
    const id = this.data.activeReviewerId
    const stored = this.data.reviewers.find((reviewer) => reviewer.id === id)
    return stored ? publicProfile(stored) : null
  }

  /** Adds a reviewer and makes them the active one. */
  create(details: ReviewerDetails): Promise<ReviewerProfile> {
    return this.change((data) => {
      const profile: StoredReviewerProfile = {
        id: randomUUID(),
        ...details,
        createdAt: this.now().toISOString(),
      }
      return {
        next: { ...data, reviewers: [...data.reviewers, profile], activeReviewerId: profile.id },
        result: publicProfile(profile),
      }
    })
  }

  update(id: string, details: ReviewerDetails): Promise<ReviewerProfile> {
    return this.change((data) => {
      const updated = { ...this.find(id), ...details }
      return {
        next: {
          ...data,
          reviewers: data.reviewers.map((reviewer) => (reviewer.id === id ? updated : reviewer)),
        },
        result: publicProfile(updated),
      }
    })
  }

  setActive(id: string): Promise<ReviewerProfile> {
    return this.change((data) => ({
      next: { ...data, activeReviewerId: id },
      result: publicProfile(this.find(id)),
    }))
  }

  /** Checks a reviewer's passphrase against the stored hash, in constant time. */
  async checkPassphrase(id: string, passphrase: string): Promise<PassphraseCheck> {
    const stored = this.find(id).passphrase
    if (stored === undefined) return 'not-set'
    return (await passphraseMatches(passphrase, stored)) ? 'match' : 'mismatch'
  }

  /**
   * Sets the reviewer's passphrase, or changes it when `current` (required once one is set)
   * matches. Only the new hash is stored; the change, or a refused attempt, is recorded in the
   * reviewer audit log, never with either passphrase.
   */
  async setPassphrase(
    id: string,
    passphrase: string,
    current: string | null,
  ): Promise<ReviewerProfile> {
    const profile = this.find(id)
    const actor = actorOf(profile)
    const changing = profile.passphrase !== undefined
    if (changing) {
      const check = current === null ? 'mismatch' : await this.checkPassphrase(id, current)
      if (check !== 'match') {
        await this.auditLog.append({
          actor,
          action: 'reviewer.passphrase-change-refused',
          details: {
            reviewerId: id,
            reason: current === null ? 'current passphrase missing' : 'wrong current passphrase',
          },
        })
        throw new CommandRefusedError(
          'wrong-passphrase',
          'The passphrase was not changed: the current passphrase is not right.',
        )
      }
    }
    const hashed = await hashPassphrase(passphrase)
    await this.auditLog.append({
      actor,
      action: changing ? 'reviewer.passphrase-changed' : 'reviewer.passphrase-set',
      details: { reviewerId: id, algorithm: hashed.algorithm },
    })
    return this.change((data) => {
      const updated = { ...this.find(id), passphrase: hashed }
      return {
        next: {
          ...data,
          reviewers: data.reviewers.map((reviewer) => (reviewer.id === id ? updated : reviewer)),
        },
        result: publicProfile(updated),
      }
    })
  }

  async flush(): Promise<void> {
    await this.file.flush()
  }

  private find(id: string): StoredReviewerProfile {
    const profile = this.data.reviewers.find((reviewer) => reviewer.id === id)
    if (!profile) throw new StoreError(`There is no reviewer profile with id ${id}.`)
    return profile
  }

  /**
   * One change at a time, each on the result of the last; written first, then adopted, so a
   * failed write leaves the profiles as they were.
   */
  private change<Result>(
    apply: (data: ReviewerProfiles) => { next: ReviewerProfiles; result: Result },
  ): Promise<Result> {
    return this.queue.run(REVIEWER_PROFILES_FILE, async () => {
      const { next, result } = apply(this.data)
      try {
        await this.file.write(next)
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        throw new StoreError(`Could not save ${REVIEWER_PROFILES_FILE}: ${detail}`, {
          cause: error,
        })
      }
      this.data = next
      return result
    })
  }
}
