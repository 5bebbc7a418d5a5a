import path from 'node:path'
import { isReviewId } from '../../shared/review/isReviewId'

export const AUDIT_FOLDER = 'audit'

/** `<dataDir>/audit/<reviewId>.jsonl`; refuses anything that is not a review id, so it stays in that folder. */
export function auditLogPath(dataDir: string, reviewId: string): string {
  if (!isReviewId(reviewId)) throw new Error(`“${reviewId}” is not a review id.`)
  return path.join(path.resolve(dataDir), AUDIT_FOLDER, `${reviewId}.jsonl`)
}

/** Reviewer profile changes that must be accountable (passphrases) are logged here, not per review. */
export const REVIEWER_AUDIT_LOG_NAME = 'reviewers'

/** `<dataDir>/audit/reviewers.jsonl`: the audit log of reviewer profile changes. */
export function reviewerAuditLogPath(dataDir: string): string {
  return path.join(path.resolve(dataDir), AUDIT_FOLDER, `${REVIEWER_AUDIT_LOG_NAME}.jsonl`)
}
