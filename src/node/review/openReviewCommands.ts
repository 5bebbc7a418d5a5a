import { AuditLog } from '../audit/auditLog'
import { auditLogPath } from '../audit/auditLogPath'
import { verifyAuditLog } from '../audit/verifyAuditLog'
import type { AuditVerification } from '../../shared/audit/auditVerification'
import type { ReviewStore } from '../store/reviewStore'
import { ReviewCommands } from './reviewCommands'

/** The review commands of a data folder, each review's changes recorded in its own audit log. */
export function openReviewCommands(store: ReviewStore, now?: () => Date): ReviewCommands {
  const logs = new Map<string, AuditLog>()
  return new ReviewCommands({
    store,
    now,
    auditLogFor: (reviewId) => {
      let log = logs.get(reviewId)
      if (!log) {
        log = AuditLog.forReview(store.dataDir, reviewId, now ? { now } : {})
        logs.set(reviewId, log)
      }
      return log
    },
  })
}

/** Checks a review's audit log against the head its review file records. */
export async function verifyReviewAuditTrail(
  store: ReviewStore,
  reviewId: string,
): Promise<AuditVerification> {
  const review = await store.getReview(reviewId)
  return verifyAuditLog(auditLogPath(store.dataDir, reviewId), review.auditHead)
}
