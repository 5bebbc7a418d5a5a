import type { AuditHead } from './auditHead'

/** The outcome of checking a review's audit trail, as the app and the CLI report it. */
export type AuditVerification =
  | {
      intact: true
      entries: number
      /** The last entry, or null for an empty or missing log. */
      head: AuditHead | null
    }
  | {
      intact: false
      /** How many entries verified before the first bad one. */
      entries: number
      /**
       * 1-based line at which the chain first fails to continue; one past the last line when
       * entries are missing from the end.
       */
      firstBadLine: number
      /** The sequence number that line claims (or the first missing one); null when it cannot be read. */
      firstBadSeq: number | null
      /** A sentence for a person, e.g. "entry 4 was changed: its hash does not match its contents". */
      reason: string
    }
