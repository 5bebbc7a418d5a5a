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

export const reviewerProfileSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(200),
  role: reviewerRoleSchema,
  credentials: z.string().max(100),
  createdAt: z.iso.datetime({ offset: true }),
})
export type ReviewerProfile = z.infer<typeof reviewerProfileSchema>

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

export function actorOf(profile: ReviewerProfile): Actor {
  return { id: profile.id, name: printedName(profile) }
}
