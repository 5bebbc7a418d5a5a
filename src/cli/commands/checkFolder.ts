import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderReport } from '../../node/report/renderReport'
import { formatLocalTimestamp } from '../../shared/audit/formatLocalTimestamp'
import type { FlagKind } from '../../shared/checks/checkFlag'
import type { SpellChecker } from '../../shared/checks/spelling/createSpellChecker'
import { draftFileFormat } from '../../shared/import/draftFileFormats'
import { formatReportTime } from '../../shared/report/formatReportTime'
import {
  folderSummaryRows,
  renderFolderSummaryCsv,
  renderFolderSummaryHtml,
  type FolderEntry,
} from '../../shared/report/folderSummary'
import { REPORT_FORMATS } from '../../shared/report/reportFormats'
import type { CliOutput } from '../cliOutput'
import { checkDraftFile, hasFailingFlag } from '../checkDraftFile'
import { describeFileError } from '../describeFileError'
import { ExitCode } from '../exitCode'
import { checkReport, type ReportOptions } from '../reportOptions'

export const SUMMARY_CSV = 'summary.csv'
export const SUMMARY_HTML = 'index.html'

interface FolderCheck {
  folder: string
  outDir: string
  report: ReportOptions
  failOn: readonly FlagKind[]
  spellChecker: SpellChecker
  output: CliOutput
}

/**
 * Checks every draft file in a folder (not its subfolders): one report each in `outDir`, then
 * summary.csv and index.html, worst first. A draft that cannot be read is named and skipped;
 * the others are still written. Exit 2 when no draft could be checked, 1 when a kind named in
 * --fail-on was found in any of them.
 */
export async function checkFolder({
  folder,
  outDir,
  report: options,
  failOn,
  spellChecker,
  output,
}: FolderCheck): Promise<ExitCode> {
  let names: string[]
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && draftFileFormat(entry.name) !== null)
      .map((entry) => entry.name)
      .sort((first, second) => first.localeCompare(second))
  } catch (error) {
    output.stderr(`copydesk: cannot read the folder ${folder}: ${describeFileError(error)}\n`)
    return ExitCode.badInput
  }
  if (names.length === 0) {
    output.stderr(`copydesk: there are no drafts (.docx, .html, .md, .txt) in ${folder}\n`)
    return ExitCode.badInput
  }
  try {
    await mkdir(outDir, { recursive: true })
  } catch (error) {
    output.stderr(`copydesk: cannot write to ${outDir}: ${describeFileError(error)}\n`)
    return ExitCode.badInput
  }

  const entries: FolderEntry[] = []
  let failing = false
  for (const [index, name] of names.entries()) {
    output.progress?.(`Checking ${index + 1} of ${names.length}: ${name}`)
    try {
      const checked = await checkDraftFile(path.join(folder, name), spellChecker)
      const report = checkReport(checked, options.includeText)
      const reportFile = `${name}.report.${REPORT_FORMATS[options.format].extension}`
      await writeFile(
        path.join(outDir, reportFile),
        await renderReport(report, options.format, options.paperSize),
      )
      entries.push({ fileName: name, reportFile, report })
      failing ||= hasFailingFlag(checked.flags, failOn)
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error)
      output.progress?.('')
      output.stderr(`copydesk: skipped ${path.join(folder, name)}: ${problem}\n`)
      entries.push({ fileName: name, problem })
    }
  }
  output.progress?.('')

  const rows = folderSummaryRows(entries)
  const generatedAt = formatReportTime(formatLocalTimestamp(new Date()))
  try {
    await writeFile(path.join(outDir, SUMMARY_CSV), renderFolderSummaryCsv(rows))
    await writeFile(
      path.join(outDir, SUMMARY_HTML),
      renderFolderSummaryHtml(rows, path.basename(path.resolve(folder)), generatedAt),
    )
  } catch (error) {
    output.stderr(`copydesk: cannot write the summary to ${outDir}: ${describeFileError(error)}\n`)
    return ExitCode.badInput
  }
  const checkedCount = entries.filter((entry) => 'report' in entry).length
  const skipped = entries.length - checkedCount
  output.stdout(
    `Checked ${checkedCount} of ${entries.length} drafts${skipped > 0 ? ` (${skipped} could not be read)` : ''}; reports, ${SUMMARY_CSV} and ${SUMMARY_HTML} are in ${outDir}\n`,
  )
  if (checkedCount === 0) return ExitCode.badInput
  return failing ? ExitCode.finding : ExitCode.ok
}
