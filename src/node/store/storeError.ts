/** A store operation the user asked for that could not be done; the message says what and why. */
export class StoreError extends Error {
  override readonly name = 'StoreError'
}
