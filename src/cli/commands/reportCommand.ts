import { writeFile } from 'node:fs/promises'
import { renderReport } from '../../node/report/renderReport'
import { reviewReportFromStore } from '../../node/report/reviewReportFromStore'
import { readStoredReview } from '../../node/review/readStoredReview'
import { errorCode } from '../../node/store/durableJsonFile'
import { isReviewId } from '../../shared/review/isReviewId'
import type { SpellChecker } from '../../shared/checks/spelling/createSpellChecker'
import type { Review } from '../../shared/review/reviewSchema'
import type { CliCommand } from '../cliCommand'
import { dataDirProblem } from '../dataDirProblem'
import { describeFileError } from '../describeFileError'
import { ExitCode } from '../exitCode'
import { parseCommandLine, singlePositional } from '../parseCommandLine'
import {
  PAPER_CHOICES,
  parseReportOptions,
  REPORT_FORMAT_CHOICES,
  REPORT_OPTIONS,
} from '../reportOptions'
import { DATA_DIR_OPTION, resolveDataDir } from '../resolveDataDir'
import {
  parseSpellingOptions,
  SPELLING_OPTIONS,
  SPELLING_USAGE,
  spellCheckerFor,
} from '../spellingOptions'
import { UsageError } from '../usageError'

const USAGE = `usage: copydesk report REVIEW_ID [--data-dir DIR] --format ${REPORT_FORMAT_CHOICES} --out FILE [--paper ${PAPER_CHOICES}] [--with-text yes|no] ${SPELLING_USAGE}`

/**
 * `copydesk report REVIEW_ID`: writes the review's report (verdict, flags, sign-off, audit
 * trail verified). It only reads the data folder, so it runs while the app is open; the app
 * records its own exports in the audit log, the command line leaves the log untouched.
 */
export const reportCommand: CliCommand = {
  words: ['report'],
  usage: USAGE,
  async run(args, output) {
    const parsed = parseCommandLine(
      args,
      [DATA_DIR_OPTION, ...REPORT_OPTIONS, ...SPELLING_OPTIONS],
      USAGE,
    )
    const reviewId = singlePositional(parsed, 'REVIEW_ID', USAGE)
    if (!isReviewId(reviewId)) throw new UsageError(`“${reviewId}” is not a review id`)
    const options = parseReportOptions(parsed, null)
    const spelling = parseSpellingOptions(parsed)
    const out = parsed.options.get('--out')
    if (out === undefined) throw new UsageError(`--out FILE is needed; ${USAGE}`)
    const dataDir = resolveDataDir(parsed)
    const problem = await dataDirProblem(dataDir)
    if (problem !== null) {
      output.stderr(`copydesk: cannot read the data folder ${dataDir}: ${problem}\n`)
      return ExitCode.badInput
    }

    let review: Review
    try {
      review = await readStoredReview(dataDir, reviewId)
    } catch (error) {
      output.stderr(
        errorCode(error) === 'ENOENT'
          ? `copydesk: there is no review ${reviewId} in ${dataDir}\n`
          : `copydesk: cannot read review ${reviewId}: ${describeFileError(error)}\n`,
      )
      return ExitCode.badInput
    }
    let spellChecker: SpellChecker
    try {
      spellChecker = spellCheckerFor(spelling)
    } catch (error) {
      output.stderr(`copydesk: cannot read the house dictionary: ${describeFileError(error)}\n`)
      return ExitCode.badInput
    }
    const report = await reviewReportFromStore(dataDir, review, {
      generatedBy: null,
      includeText: options.includeText,
      spellChecker,
    })
    try {
      await writeFile(out, await renderReport(report, options.format, options.paperSize))
    } catch (error) {
      output.stderr(`copydesk: cannot write ${out}: ${describeFileError(error)}\n`)
      return ExitCode.badInput
    }
    const audit = report.audit?.verified === false ? '; its audit trail does not verify' : ''
    output.stdout(`Wrote ${out}: ${report.verdict.headline.toLowerCase()}${audit}\n`)
    return ExitCode.ok
  },
}
