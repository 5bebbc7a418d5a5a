import { z } from 'zod'
import type { Actor } from './reviewSchema'

export const REVIEWER_PROFILES_SCHEMA_VERSION = 1

export const REVIEWER_ROLES = ['associate-editor', 'medical-reviewer', 'editor'] as const
export const reviewerRoleSchema = z.enum(REVIEWER_ROLES)
export type ReviewerRole = z.infer<typeof reviewerRoleSchema>

export const REVIEWER_ROLE_LABELS: Readonly<Record<ReviewerRole, string>> = {
  'associate-editor': 'Associate editor',
  'medical-reviewer': 'Medical reviewer',
  editor: 'Editor',
}

/** What a person types in when they set up or change a profile. */
export const reviewerDetailsSchema = z
  .object({
    name: z.string().trim().min(1, 'a name is needed').max(200),
    role: reviewerRoleSchema,
    /** Post-nominal credentials as printed after the name: "MD", "RN, MPH", "PhD". */
    credentials: z.string().trim().max(100),
  })
  .strict()
export type ReviewerDetails = z.infer<typeof reviewerDetailsSchema>

/** The shortest passphrase a reviewer may sign with. */
export const PASSPHRASE_MIN_LENGTH = 8
/** A passphrase as typed; never stored, logged or echoed (error messages do not quote it). */
export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `a passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters`)
  .max(1024)

/** A passphrase as stored: only a slow salted scrypt hash, with the parameters it was made with. */
export const passphraseHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    salt: z.base64(),
    hash: z.base64(),
    cost: z.number().int().positive(),
    blockSize: z.number().int().positive(),
    parallelization: z.number().int().positive(),
  })
  .strict()
export type PassphraseHash = z.infer<typeof passphraseHashSchema>

/** A profile as the profiles file stores it. */
export const reviewerProfileSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  role: reviewerRoleSchema,
  credentials: z.string().max(100),
  createdAt: z.iso.datetime({ offset: true }),
  /** Set in the profile before the reviewer can sign off; absent until then. */
  passphrase: passphraseHashSchema.optional(),
})
export type StoredReviewerProfile = z.infer<typeof reviewerProfileSchema>

/** A profile as the rest of Copydesk sees it: whether a passphrase is set, never its hash. */
export type ReviewerProfile = Omit<StoredReviewerProfile, 'passphrase'> & { hasPassphrase: boolean }

export const reviewerProfilesSchema = z.object({
  schemaVersion: z.literal(REVIEWER_PROFILES_SCHEMA_VERSION),
  reviewers: z.array(reviewerProfileSchema),
  activeReviewerId: z.uuid().nullable(),
})
export type ReviewerProfiles = z.infer<typeof reviewerProfilesSchema>

/** The name printed for a reviewer: "Dana Reyes, MD", or just the name without credentials. */
export function printedName(profile: Pick<ReviewerProfile, 'name' | 'credentials'>): string {
  return profile.credentials === '' ? profile.name : `${profile.name}, ${profile.credentials}`
}

export function actorOf(profile: Pick<ReviewerProfile, 'id' | 'name' | 'credentials'>): Actor {
  return { id: profile.id, name: printedName(profile) }
}
