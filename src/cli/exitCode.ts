/** The exit codes of every copydesk command. */
export const ExitCode = {
  ok: 0,
  /** The command ran and found something: flags named in --fail-on, a broken audit trail. */
  finding: 1,
  /** Bad arguments, a file or folder that cannot be read, a review that does not exist. */
  badInput: 2,
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
