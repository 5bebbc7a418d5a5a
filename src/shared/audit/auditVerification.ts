/** The outcome of checking a review's audit trail, as the app and the CLI report it. */
export type AuditVerification =
  | { intact: true; entries: number; head: { seq: number; hash: string } | null }
  | {
      intact: false
      entries: number
      firstBadLine: number
      firstBadSeq: number | null
      reason: string
    }
