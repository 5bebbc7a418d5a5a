/** A data file that exists but cannot be used: unreadable, not JSON, or not in the expected format. */
export class StoreFileError extends Error {
  override readonly name = 'StoreFileError'
  /** True when the file was written by a newer Copydesk: it is not damaged, only too new. */
  readonly isFromNewerVersion: boolean

  constructor(
    readonly file: string,
    readonly reason: string,
    options: { isFromNewerVersion?: boolean } = {},
  ) {
    super(`The file ${file} could not be used: ${reason}.`)
    this.isFromNewerVersion = options.isFromNewerVersion ?? false
  }
}
