/** A draft could not be imported; `reason` is a plain-language explanation for the user. */
export class ImportError extends Error {
  override readonly name = 'ImportError'

  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`Could not open “${fileName}”: ${reason}.`)
  }
}
