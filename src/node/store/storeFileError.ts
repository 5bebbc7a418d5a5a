/** A data file that exists but cannot be used: unreadable, not JSON, or not in the expected format. */
export class StoreFileError extends Error {
  override readonly name = 'StoreFileError'

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The file ${file} could not be used: ${reason}.`)
  }
}
