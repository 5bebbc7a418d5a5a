/** A stored file that no migration can bring to the current format. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError'

  constructor(
    /** Completes "The file could not be used: …". */
    readonly reason: string,
    /** True when the file comes from a newer Copydesk: nothing is wrong with it. */
    readonly isFromNewerVersion = false,
  ) {
    super(reason)
  }
}
