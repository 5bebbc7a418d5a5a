import { CLOSED_STATUSES } from './flagStatus'
import type { ReviewFlag } from './reviewSchema'

/** How many of a review's stored flags still need work (not fixed, verified, dismissed…). */
export function countOpenFlags(flags: readonly Pick<ReviewFlag, 'status'>[]): number {
  return flags.filter((flag) => !CLOSED_STATUSES.has(flag.status)).length
}
