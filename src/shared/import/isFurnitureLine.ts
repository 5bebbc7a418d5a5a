import { isNavigationTrail } from '../checks/furniture/isNavigationTrail'
import { isPictureCaption } from '../checks/furniture/isPictureCaption'

/** Page chrome that ends up in text copied from a web page. */
const FURNITURE_LINES = new Set([
  'advertisement',
  'article removed',
  'comments',
  'email',
  'facebook',
  'linkedin',
  'log in',
  'menu',
  'name added. view your list',
  'newsletter',
  'next on your reading list',
  'pinterest',
  'print',
  'read more',
  'related',
  'save',
  'save article',
  'saved',
  'search',
  'share',
  'share this article',
  'sign in',
  'skip to content',
  'skip to main content',
  'subscribe',
  'twitter',
])

const PROFILE_PICTURE = /^profile (?:picture|photo|image) of\b/i
const CAMEL_CASE_HUMP = /\p{Ll}\p{Lu}/gu

/**
 * Icon labels copied from a page run together into one long word, e.g.
 * "BookmarkBookmarkTickBookmarkAdd…": no spaces, several lower-to-upper-case humps.
 */
function isRunTogetherIconLabels(line: string): boolean {
  return line.length >= 16 && !/\s/.test(line) && (line.match(CAMEL_CASE_HUMP)?.length ?? 0) >= 3
}

/** Whether a line is website furniture (buttons, ads, icon labels) rather than article text. */
export function isFurnitureLine(line: string): boolean {
  const normalised = line.trim().replace(/\s+/g, ' ')
  return (
    FURNITURE_LINES.has(normalised.toLowerCase().replace(/[.!:]$/, '')) ||
    PROFILE_PICTURE.test(normalised) ||
    isNavigationTrail(normalised) ||
    isPictureCaption(normalised) ||
    isRunTogetherIconLabels(normalised)
  )
}
