import type { CliCommand } from './cliCommand'
import type { CliOutput } from './cliOutput'
import { auditVerifyCommand } from './commands/auditVerifyCommand'
import { checkCommand } from './commands/checkCommand'
import { importCommand } from './commands/importCommand'
import { listCommand } from './commands/listCommand'
import { reportCommand } from './commands/reportCommand'
import { ExitCode } from './exitCode'
import { UsageError } from './usageError'

export type { CliOutput } from './cliOutput'

const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  listCommand,
  importCommand,
  auditVerifyCommand,
  reportCommand,
]

const USAGE = [
  'usage:',
  ...COMMANDS.map((command) => command.usage.replace(/^usage: /, '  ')),
  '',
  'Without --data-dir, commands use the Copydesk app’s data folder.',
  'Exit codes: 0 ok, 1 a finding (flags named in --fail-on, a broken audit trail, a damaged review file), 2 bad input.',
].join('\n')

function findCommand(argv: readonly string[]): { command: CliCommand; args: readonly string[] } {
  for (const command of COMMANDS) {
    if (command.words.every((word, index) => argv[index] === word)) {
      return { command, args: argv.slice(command.words.length) }
    }
  }
  const [first] = argv
  const group = COMMANDS.filter((command) => command.words.length > 1 && command.words[0] === first)
  if (group.length > 0) {
    const second = argv[1]
    throw new UsageError(
      `${second === undefined ? `“${first}” needs a subcommand` : `unknown command “${first} ${second}”`}; ${group.map((command) => command.usage).join('; ')}`,
    )
  }
  const names = COMMANDS.map((command) => command.words.join(' ')).join(', ')
  throw new UsageError(
    `unknown command “${first}”; the commands are ${names} (copydesk help shows their options)`,
  )
}

/** Runs one copydesk command; returns its exit code (0 ok, 1 a finding, 2 bad input). */
export async function runCli(argv: readonly string[], output: CliOutput): Promise<ExitCode> {
  const [first] = argv
  if (first === 'help' || first === '--help' || first === '-h') {
    output.stdout(`${USAGE}\n`)
    return ExitCode.ok
  }
  if (first === undefined) {
    output.stderr(`${USAGE}\n`)
    return ExitCode.badInput
  }
  try {
    const { command, args } = findCommand(argv)
    return await command.run(args, output)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    output.stderr(`copydesk: ${error.message}\n`)
    return ExitCode.badInput
  }
}

/** Entry point for bin/copydesk.js. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stderr.isTTY === true && {
      progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`),
    }),
  })
}
