import { createFlag, type CheckFlag, type FlagKind } from '../../../src/shared/checks/checkFlag'

/** A flag on the first occurrence of `actual` in a block's text. */
export function flagOn(
  blockText: string,
  actual: string,
  { ruleId = 'spelling/unknown-word', kind = 'typo' }: { ruleId?: string; kind?: FlagKind } = {},
): CheckFlag {
  const start = blockText.indexOf(actual)
  if (start < 0) throw new Error(`“${actual}” is not in “${blockText}”`)
  return createFlag({
    kind,
    ruleId,
    severity: 'warning',
    start,
    end: start + actual.length,
    actual,
    message: `Flag on ${actual}`,
    suggestions: [],
  })
}
