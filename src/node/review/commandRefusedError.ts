/** A review command main would not carry out; the message says why, for the person who asked. */
export class CommandRefusedError extends Error {
  override readonly name = 'CommandRefusedError'

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
