import { readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  auditLogPath,
  REVIEWER_AUDIT_LOG_NAME,
  reviewerAuditLogPath,
} from '../../node/audit/auditLogPath'
import { verifyAuditLog, type AuditVerification } from '../../node/audit/verifyAuditLog'
import { errorCode } from '../../node/store/durableJsonFile'
import { auditHeadSchema, type AuditHead } from '../../shared/audit/auditHead'
import { isReviewId } from '../../shared/review/isReviewId'
import type { CliCommand } from '../cliCommand'
import type { CliOutput } from '../cliOutput'
import { dataDirProblem } from '../dataDirProblem'
import { describeFileError } from '../describeFileError'
import { ExitCode } from '../exitCode'
import { parseCommandLine, singlePositional } from '../parseCommandLine'
import { DATA_DIR_OPTION, resolveDataDir } from '../resolveDataDir'
import { UsageError } from '../usageError'

const USAGE = `usage: copydesk audit verify REVIEW_ID|${REVIEWER_AUDIT_LOG_NAME} [--data-dir DIR]`

/** What the review file tells the check: its title, and the head it records (schema 2 on). */
interface ReviewRecord {
  title: string
  auditHead: AuditHead | null
}

/**
 * `copydesk audit verify REVIEW_ID`: exit 0 when the review's audit trail is intact, 1 when
 * it is broken; `copydesk audit verify reviewers` checks the log of reviewer passphrase
 * changes the same way. It only reads, so it needs no lock and runs while the app is open.
 */
export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  usage: USAGE,
  async run(args, output) {
    const parsed = parseCommandLine(args, [DATA_DIR_OPTION], USAGE)
    const reviewId = singlePositional(parsed, 'REVIEW_ID', USAGE)
    const forReviewers = reviewId === REVIEWER_AUDIT_LOG_NAME
    if (!forReviewers && !isReviewId(reviewId)) {
      throw new UsageError(`“${reviewId}” is not a review id`)
    }
    const dataDir = resolveDataDir(parsed)
    const problem = await dataDirProblem(dataDir)
    if (problem !== null) {
      output.stderr(`copydesk: cannot read the data folder ${dataDir}: ${problem}\n`)
      return ExitCode.badInput
    }
    if (forReviewers) {
      // No file records this log's head: the chain itself is what is checked.
      return report('reviewer profiles', reviewerAuditLogPath(dataDir), null, output)
    }

    const reviewFile = path.join(dataDir, 'reviews', `${reviewId}.json`)
    let review: ReviewRecord
    try {
      review = await readReviewRecord(reviewFile)
    } catch (error) {
      output.stderr(
        errorCode(error) === 'ENOENT'
          ? `copydesk: there is no review ${reviewId} in ${dataDir} (${reviewFile} does not exist)\n`
          : `copydesk: cannot read ${reviewFile}: ${describeFileError(error)}\n`,
      )
      return ExitCode.badInput
    }

    const name = review.title.trim() === '' ? reviewId : review.title
    return report(name, auditLogPath(dataDir, reviewId), review.auditHead, output)
  },
}

/** Verifies one log and prints the outcome; the exit code says whether it is intact. */
async function report(
  name: string,
  logFile: string,
  recordedHead: AuditHead | null,
  output: CliOutput,
): Promise<ExitCode> {
  let verification: AuditVerification
  try {
    verification = await verifyAuditLog(logFile, recordedHead)
  } catch (error) {
    output.stderr(`copydesk: cannot read ${logFile}: ${describeFileError(error)}\n`)
    return ExitCode.badInput
  }
  if (verification.intact) {
    const head = verification.head === null ? '' : `, head ${verification.head.hash}`
    const entries = `${verification.entries} ${verification.entries === 1 ? 'entry' : 'entries'}`
    output.stdout(`Audit trail of ${name}: intact, ${entries}${head}\n`)
    return ExitCode.ok
  }
  const where =
    verification.firstBadSeq === null
      ? `line ${verification.firstBadLine}`
      : `entry ${verification.firstBadSeq}`
  output.stdout(`Audit trail of ${name}: broken at ${where}: ${verification.reason}\n`)
  return ExitCode.finding
}

/** Reads the review as raw JSON, so reviews of any schema version can be checked. */
async function readReviewRecord(file: string): Promise<ReviewRecord> {
  const text = await readFile(file, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error('it is not valid JSON')
  }
  if (typeof json !== 'object' || json === null) throw new Error('it is not a review')
  const { metadata, auditHead } = json as { metadata?: { title?: unknown }; auditHead?: unknown }
  let head: AuditHead | null = null
  if (auditHead !== undefined && auditHead !== null) {
    const parsed = auditHeadSchema.safeParse(auditHead)
    if (!parsed.success) throw new Error('its auditHead is not a sequence number and a hash')
    head = parsed.data
  }
  return { title: typeof metadata?.title === 'string' ? metadata.title : '', auditHead: head }
}
