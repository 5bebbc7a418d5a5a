/** An error whose message is written for the person using the app. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'UserFacingError'
  }
}
