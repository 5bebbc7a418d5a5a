import type { CliOutput } from './cliOutput'
import type { ExitCode } from './exitCode'

export interface CliCommand {
  /** The words that select the command, e.g. ['audit', 'verify']. */
  words: readonly string[]
  /** One line, starting `copydesk <words>`. */
  usage: string
  run: (args: readonly string[], output: CliOutput) => Promise<ExitCode>
}
