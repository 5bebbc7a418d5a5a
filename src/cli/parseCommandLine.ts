import { UsageError } from './usageError'

export interface ParsedCommandLine {
  positionals: string[]
  /** Values by option name, e.g. '--format' → 'json'. */
  options: Map<string, string>
}

/** Splits a command's arguments into positionals and `--name value` / `--name=value` options. */
export function parseCommandLine(
  args: readonly string[],
  optionNames: readonly string[],
  usage: string,
): ParsedCommandLine {
  const parsed: ParsedCommandLine = { positionals: [], options: new Map() }
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? ''
    if (!argument.startsWith('-') || argument === '-') {
      parsed.positionals.push(argument)
      continue
    }
    const equals = argument.indexOf('=')
    const name = equals === -1 ? argument : argument.slice(0, equals)
    if (!optionNames.includes(name)) throw new UsageError(`unknown option “${argument}”; ${usage}`)
    const value = equals === -1 ? args[(index += 1)] : argument.slice(equals + 1)
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value; ${usage}`)
    parsed.options.set(name, value)
  }
  return parsed
}

/** The one positional a command takes, e.g. FILE. */
export function singlePositional(parsed: ParsedCommandLine, label: string, usage: string): string {
  const [first, second] = parsed.positionals
  if (first === undefined) throw new UsageError(`no ${label} given; ${usage}`)
  if (second !== undefined) {
    throw new UsageError(`only one ${label} can be given, got “${first}” and “${second}”`)
  }
  return first
}

export function noPositionals(parsed: ParsedCommandLine, usage: string): void {
  const [first] = parsed.positionals
  if (first !== undefined) throw new UsageError(`unexpected argument “${first}”; ${usage}`)
}
