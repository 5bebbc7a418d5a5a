/** Arguments a command cannot run with; reported as one line on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
