export class ReviewNotFoundError extends Error {
  override readonly name = 'ReviewNotFoundError'

  constructor(readonly reviewId: string) {
    super(`There is no review with id ${reviewId}. It may have been deleted.`)
  }
}
