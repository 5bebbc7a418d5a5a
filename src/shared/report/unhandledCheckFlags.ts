import type { CheckFlag } from '../checks/checkFlag'
import type { ReviewFlag } from '../review/reviewSchema'

/**
 * The automatic flags no one has acted on yet: those a stored flag of the same kind does not
 * cover (a reviewer kept, fixed, dismissed or raised a flag over that text). A report lists
 * them as open, so a draft is never called ready while the checks still find things in it.
 */
export function unhandledCheckFlags(
  checkFlags: readonly CheckFlag[],
  storedFlags: readonly ReviewFlag[],
): CheckFlag[] {
  return checkFlags.filter(
    (checkFlag) =>
      !storedFlags.some(
        (stored) =>
          !stored.orphaned &&
          stored.kind === checkFlag.kind &&
          stored.anchor.start < checkFlag.end &&
          checkFlag.start < stored.anchor.end,
      ),
  )
}
