import { stat, writeFile } from 'node:fs/promises'
import { renderReport } from '../../node/report/renderReport'
import type { CheckFlag, FlagKind } from '../../shared/checks/checkFlag'
import { CHECK_LANGUAGES } from '../../shared/checks/checkLanguage'
import type { SpellChecker } from '../../shared/checks/spelling/createSpellChecker'
import type { CliCommand } from '../cliCommand'
import type { CliOutput } from '../cliOutput'
import { checkDraftFile, hasFailingFlag, type CheckedDraft } from '../checkDraftFile'
import { describeFileError } from '../describeFileError'
import { ExitCode } from '../exitCode'
import { parseCommandLine, singlePositional } from '../parseCommandLine'
import {
  checkReport,
  PAPER_CHOICES,
  parseReportOptions,
  REPORT_FORMAT_CHOICES,
  REPORT_OPTIONS,
  type ReportOptions,
} from '../reportOptions'
import {
  parseSpellingOptions,
  SPELLING_OPTIONS,
  spellCheckerFor,
  type SpellingOptions,
} from '../spellingOptions'
import { UsageError } from '../usageError'
import { checkFolder } from './checkFolder'

const KINDS: readonly FlagKind[] = ['typo', 'claim', 'furniture']
const COMMON = `[--lang ${CHECK_LANGUAGES.join('|')}] [--fail-on ${KINDS.join(',')}] [--house-dictionary FILE]`
const USAGE = `usage: copydesk check FILE [--format json|text] ${COMMON}\n  copydesk check FILE|FOLDER --out FILE|DIR [--format ${REPORT_FORMAT_CHOICES}] [--paper ${PAPER_CHOICES}] [--with-text yes|no] ${COMMON}`

interface CheckArguments {
  path: string
  spelling: SpellingOptions
  failOn: FlagKind[]
  /** Where to write the report; null prints json or text to stdout. */
  out: string | null
  printFormat: 'json' | 'text'
  report: ReportOptions | null
}

function parseArguments(args: readonly string[]): CheckArguments {
  const parsed = parseCommandLine(
    args,
    [...SPELLING_OPTIONS, '--fail-on', ...REPORT_OPTIONS],
    USAGE,
  )
  const spelling = parseSpellingOptions(parsed)
  const failOn = (parsed.options.get('--fail-on') ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind) => kind !== '')
  const unknown = failOn.find((kind) => !KINDS.includes(kind as FlagKind))
  if (unknown !== undefined)
    throw new UsageError(`--fail-on takes ${KINDS.join(', ')}, not “${unknown}”`)
  const out = parsed.options.get('--out') ?? null
  let printFormat: CheckArguments['printFormat'] = 'text'
  let report: ReportOptions | null = null
  if (out === null) {
    const format = parsed.options.get('--format') ?? 'text'
    if (format !== 'json' && format !== 'text') {
      throw new UsageError(
        `--format must be json or text, not “${format}” (a ${format} report needs --out FILE)`,
      )
    }
    printFormat = format
  } else {
    report = parseReportOptions(parsed, 'html')
  }
  return {
    path: singlePositional(parsed, 'FILE', USAGE),
    spelling,
    failOn: failOn as FlagKind[],
    out,
    printFormat,
    report,
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${line}:${column}`
}

function formatText(file: string, checked: CheckedDraft): string {
  const { text, words, flags, furnitureSummary } = checked
  const lines = flags.map((flag) => {
    const suggestions = flag.suggestions.filter((suggestion) => suggestion !== '')
    const hint = suggestions.length > 0 ? ` → ${suggestions.join(', ')}` : ''
    return `${file}:${lineAndColumn(text, flag.start)}  ${flag.severity.padEnd(7)} ${flag.kind.padEnd(9)} ${flag.message}${hint}  [${flag.ruleId}]`
  })
  const count = (kind: FlagKind): number => flags.filter((flag) => flag.kind === kind).length
  lines.push(
    `${flags.length} flags in ${words} words: ${count('typo')} typo, ${count('claim')} claim, ${count('furniture')} furniture. ${furnitureSummary}.`,
  )
  return `${lines.join('\n')}\n`
}

function formatJson(file: string, checked: CheckedDraft): string {
  const report = {
    file,
    text: checked.text,
    words: checked.words,
    flags: checked.flags.map(
      ({ id, kind, ruleId, severity, start, end, actual, message, suggestions }: CheckFlag) => ({
        id,
        kind,
        ruleId,
        severity,
        start,
        end,
        actual,
        message,
        suggestions,
      }),
    ),
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

async function isFolder(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory()
  } catch {
    return false
  }
}

/**
 * `copydesk check FILE` prints what the checks found; with --out it writes a check-only
 * report, and given a FOLDER it writes one report per draft and a summary. Exit 1 when a kind
 * named in --fail-on is found, 2 when nothing could be checked.
 */
export const checkCommand: CliCommand = {
  words: ['check'],
  usage: USAGE,
  async run(args, output) {
    const command = parseArguments(args)
    let spellChecker: SpellChecker
    try {
      spellChecker = spellCheckerFor(command.spelling)
    } catch (error) {
      output.stderr(`copydesk: cannot check ${command.path}: ${(error as Error).message}\n`)
      return ExitCode.badInput
    }

    if (await isFolder(command.path)) {
      if (command.out === null || command.report === null) {
        throw new UsageError(`checking a folder writes reports: give --out DIR; ${USAGE}`)
      }
      return checkFolder({
        folder: command.path,
        outDir: command.out,
        report: command.report,
        failOn: command.failOn,
        spellChecker,
        output,
      })
    }

    let checked: CheckedDraft
    try {
      checked = await checkDraftFile(command.path, spellChecker)
    } catch (error) {
      output.stderr(`copydesk: cannot check ${command.path}: ${(error as Error).message}\n`)
      return ExitCode.badInput
    }
    if (command.out !== null && command.report !== null) {
      const written = await writeCheckReport(checked, command.out, command.report, output)
      if (!written) return ExitCode.badInput
    } else if (command.printFormat === 'json') {
      output.stdout(formatJson(command.path, checked))
    } else {
      output.stdout(formatText(command.path, checked))
    }
    return hasFailingFlag(checked.flags, command.failOn) ? ExitCode.finding : ExitCode.ok
  },
}

async function writeCheckReport(
  checked: CheckedDraft,
  out: string,
  options: ReportOptions,
  output: CliOutput,
): Promise<boolean> {
  const report = checkReport(checked, options.includeText)
  try {
    await writeFile(out, await renderReport(report, options.format, options.paperSize))
  } catch (error) {
    output.stderr(`copydesk: cannot write ${out}: ${describeFileError(error)}\n`)
    return false
  }
  output.stdout(
    `Wrote ${out}: ${report.verdict.headline.toLowerCase()}, ${checked.flags.length} flags\n`,
  )
  return true
}
