import { readFileSync } from 'node:fs'
import { loadSpellingResources } from '../../node/checks/loadCheckResources'
import { importDraftFromPath } from '../../node/import/importDraft'
import { checkBlocks } from '../../shared/checks/checkDocument'
import { shiftFlag, type CheckFlag, type FlagKind } from '../../shared/checks/checkFlag'
import { findFurniture } from '../../shared/checks/furniture/findFurniture'
import {
  CHECK_LANGUAGES,
  DEFAULT_CHECK_LANGUAGE,
  isCheckLanguage,
  type CheckLanguage,
} from '../../shared/checks/checkLanguage'
import { createSpellChecker } from '../../shared/checks/spelling/createSpellChecker'
import { houseDictionaryFormat } from '../../shared/checks/spelling/houseDictionary'
import { metadataKnownWords } from '../../shared/checks/spelling/metadataKnownWords'
import { tokenize } from '../../shared/checks/tokenize'
import { documentOffset, documentText, type DocumentText } from '../../shared/text/documentText'
import type { CliCommand } from '../cliCommand'
import { ExitCode } from '../exitCode'
import { parseCommandLine, singlePositional } from '../parseCommandLine'
import { UsageError } from '../usageError'

const KINDS: readonly FlagKind[] = ['typo', 'claim', 'furniture']
const USAGE = `usage: copydesk check FILE [--format json|text] [--lang ${CHECK_LANGUAGES.join('|')}] [--fail-on ${KINDS.join(',')}] [--house-dictionary FILE]`

interface CheckArguments {
  file: string
  format: 'json' | 'text'
  language: CheckLanguage
  failOn: FlagKind[]
  houseDictionary: string | null
}

function parseArguments(args: readonly string[]): CheckArguments {
  const parsed = parseCommandLine(
    args,
    ['--format', '--lang', '--fail-on', '--house-dictionary'],
    USAGE,
  )
  const format = parsed.options.get('--format') ?? 'text'
  if (format !== 'json' && format !== 'text')
    throw new UsageError(`--format must be json or text, not “${format}”`)
  const language = parsed.options.get('--lang') ?? DEFAULT_CHECK_LANGUAGE
  if (!isCheckLanguage(language))
    throw new UsageError(`--lang must be ${CHECK_LANGUAGES.join(' or ')}, not “${language}”`)
  const failOn = (parsed.options.get('--fail-on') ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter((kind) => kind !== '')
  const unknown = failOn.find((kind) => !KINDS.includes(kind as FlagKind))
  if (unknown !== undefined)
    throw new UsageError(`--fail-on takes ${KINDS.join(', ')}, not “${unknown}”`)
  return {
    file: singlePositional(parsed, 'FILE', USAGE),
    format,
    language,
    failOn: failOn as FlagKind[],
    houseDictionary: parsed.options.get('--house-dictionary') ?? null,
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `${line}:${column}`
}

function formatText(
  file: string,
  text: string,
  words: number,
  flags: CheckFlag[],
  furnitureSummary: string,
): string {
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

/** `copydesk check FILE`: exit 1 when a kind named in --fail-on is found. */
export const checkCommand: CliCommand = {
  words: ['check'],
  usage: USAGE,
  async run(args, output) {
    const command = parseArguments(args)
    let draftText: DocumentText
    let reviewWords: string[] = []
    let houseWords: string[] = []
    try {
      if (command.houseDictionary !== null) {
        houseWords = houseDictionaryFormat.parse(readFileSync(command.houseDictionary, 'utf8'))
      }
      const draft = await importDraftFromPath(command.file)
      draftText = documentText(draft.content)
      reviewWords = metadataKnownWords(draft.metadata)
    } catch (error) {
      output.stderr(`copydesk: cannot check ${command.file}: ${(error as Error).message}\n`)
      return ExitCode.badInput
    }
    const spellChecker = createSpellChecker({
      ...loadSpellingResources({ language: command.language, houseWords }),
      reviewWords,
    })
    const { text } = draftText
    const blocks = draftText.blocks.map((block) => block.text)
    const flags: CheckFlag[] = []
    for (const { blockIndex, flags: blockFlags } of checkBlocks(blocks, {
      spellChecker,
      thoroughSuggestions: true,
    })) {
      const blockStart = documentOffset(draftText, blockIndex, 0)
      flags.push(...blockFlags.map((flag) => shiftFlag(flag, blockStart)))
    }
    const words = tokenize(text).tokens.filter((token) => token.kind === 'word').length
    if (command.format === 'json') {
      const report = {
        file: command.file,
        text,
        words,
        flags: flags.map(
          ({ id, kind, ruleId, severity, start, end, actual, message, suggestions }) => ({
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
      output.stdout(`${JSON.stringify(report, null, 2)}\n`)
    } else {
      output.stdout(formatText(command.file, text, words, flags, findFurniture(blocks).summary))
    }
    // Info flags (names, sourced claims) are notes, not failures.
    const failing = flags.some(
      (flag) => flag.severity !== 'info' && command.failOn.includes(flag.kind),
    )
    return failing ? ExitCode.finding : ExitCode.ok
  },
}
