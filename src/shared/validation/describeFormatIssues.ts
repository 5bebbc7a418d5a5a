import type { z } from 'zod'

const MAX_LISTED_ISSUES = 3

/** A schema failure as one sentence part: "content.type: expected string; … (and 2 more)". */
export function describeFormatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const described = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const message = issue.message.replace(/^Invalid input: /, '')
    return issue.path.length === 0 ? message : `${formatIssuePath(issue.path)}: ${message}`
  })
  const more = issues.length - described.length
  return described.join('; ') + (more > 0 ? ` (and ${more} more)` : '')
}

function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .map((key, position) => {
      if (typeof key === 'number') return `[${key}]`
      const name = String(key)
      return position === 0 ? name : `.${name}`
    })
    .join('')
}
