import { readFileSync } from 'node:fs'
import { importDraftFromPath } from '../node/import/importDraft'
import { shiftFlag, type CheckFlag, type FlagKind } from '../shared/checks/checkFlag'
import { checkBlocks } from '../shared/checks/checkDocument'
import { findFurniture } from '../shared/checks/furniture/findFurniture'
import { houseDictionaryFormat } from '../shared/checks/spelling/houseDictionary'
import {
  CHECK_LANGUAGES,
  DEFAULT_CHECK_LANGUAGE,
  isCheckLanguage,
  type CheckLanguage,
} from '../shared/checks/checkLanguage'
import { createSpellChecker } from '../shared/checks/spelling/createSpellChecker'
import { tokenize } from '../shared/checks/tokenize'
import { documentOffset, documentText, type DocumentText } from '../shared/text/documentText'
import { loadSpellingResources } from '../node/checks/loadCheckResources'

export interface CliOutput {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

interface CheckCommand {
  file: string
  format: 'json' | 'text'
  language: CheckLanguage
  failOn: FlagKind[]
  houseDictionary: string | null
}

const KINDS: readonly FlagKind[] = ['typo', 'claim', 'furniture']
const USAGE = `usage: copydesk check FILE [--format json|text] [--lang ${CHECK_LANGUAGES.join('|')}] [--fail-on ${KINDS.join(',')}] [--house-dictionary FILE]`

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): CheckCommand {
  const [command, ...rest] = argv
  if (command !== 'check')
    throw new UsageError(command === undefined ? USAGE : `unknown command “${command}”; ${USAGE}`)
  const parsed: CheckCommand = {
    file: '',
    format: 'text',
    language: DEFAULT_CHECK_LANGUAGE,
    failOn: [],
    houseDictionary: null,
  }
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index] ?? ''
    const [flag, inlineValue] = argument.startsWith('--')
      ? argument.split('=', 2)
      : [argument, undefined]
    const value = (): string => {
      const next = inlineValue ?? rest[(index += 1)]
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value; ${USAGE}`)
      return next
    }
    switch (flag) {
      case '--format': {
        const format = value()
        if (format !== 'json' && format !== 'text')
          throw new UsageError(`--format must be json or text, not “${format}”`)
        parsed.format = format
        break
      }
      case '--lang': {
        const language = value()
        if (!isCheckLanguage(language))
          throw new UsageError(`--lang must be ${CHECK_LANGUAGES.join(' or ')}, not “${language}”`)
        parsed.language = language
        break
      }
      case '--fail-on': {
        const kinds = value()
          .split(',')
          .map((kind) => kind.trim())
          .filter((kind) => kind !== '')
        const unknown = kinds.find((kind) => !KINDS.includes(kind as FlagKind))
        if (unknown !== undefined)
          throw new UsageError(`--fail-on takes ${KINDS.join(', ')}, not “${unknown}”`)
        parsed.failOn = kinds as FlagKind[]
        break
      }
      case '--house-dictionary':
        parsed.houseDictionary = value()
        break
      default:
        if (argument.startsWith('-')) throw new UsageError(`unknown option “${argument}”; ${USAGE}`)
        if (parsed.file !== '')
          throw new UsageError(
            `only one FILE can be checked, got “${parsed.file}” and “${argument}”`,
          )
        parsed.file = argument
    }
  }
  if (parsed.file === '') throw new UsageError(`no FILE given; ${USAGE}`)
  return parsed
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

/** Runs `copydesk check …`; returns the exit code (0 clean, 1 a --fail-on kind found, 2 bad input). */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let command: CheckCommand
  try {
    command = parseArguments(argv)
  } catch (error) {
    output.stderr(`copydesk: ${(error as Error).message}\n`)
    return 2
  }
  let draftText: DocumentText
  let houseWords: string[] = []
  try {
    if (command.houseDictionary !== null) {
      houseWords = houseDictionaryFormat.parse(readFileSync(command.houseDictionary, 'utf8'))
    }
    const draft = await importDraftFromPath(command.file)
    draftText = documentText(draft.content)
  } catch (error) {
    output.stderr(`copydesk: cannot check ${command.file}: ${(error as Error).message}\n`)
    return 2
  }
  const spellChecker = createSpellChecker(
    loadSpellingResources({ language: command.language, houseWords }),
  )
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
  return failing ? 1 : 0
}

/** Entry point for bin/copydesk.js. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  })
}
