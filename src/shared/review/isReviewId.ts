const REVIEW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether `text` has the shape of a review id (a UUID), and so is safe to use in a file name. */
export function isReviewId(text: string): boolean {
  return REVIEW_ID.test(text)
}
