const TRAIL_SEPARATOR = /\s+(?:[|>›»/]|->)\s+/u
const MAX_WORDS_PER_CRUMB = 4
const MIN_CRUMBS = 3

/**
 * A breadcrumb trail copied from a page's navigation: "Home | Health | News",
 * "Home › Health › Diabetes". Three or more short, capitalised crumbs, or two when the first
 * is "Home"; a byline or credit ("Name | Role") has only two.
 */
export function isNavigationTrail(line: string): boolean {
  const crumbs = line.trim().split(TRAIL_SEPARATOR)
  const startsAtHome = /^home$/i.test(crumbs[0] ?? '')
  if (crumbs.length < (startsAtHome ? 2 : MIN_CRUMBS)) return false
  return crumbs.every(
    (crumb) =>
      /^[\p{Lu}\d]/u.test(crumb) &&
      crumb.split(/\s+/).length <= MAX_WORDS_PER_CRUMB &&
      !/[.!?]$/u.test(crumb),
  )
}
