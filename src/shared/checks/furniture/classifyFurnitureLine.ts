import { isNavigationTrail } from './isNavigationTrail'
import { isPictureCaption } from './isPictureCaption'

export type FurnitureReason =
  | 'advertisement label'
  | 'save or bookmark label'
  | 'share label'
  | 'run-together icon labels'
  | 'navigation label'
  | 'reading-list heading'
  | 'image credit'
  | 'profile picture'
  | 'navigation trail'
  | 'picture caption'

const EXACT: Record<string, FurnitureReason> = {}
const add = (reason: FurnitureReason, labels: string): void => {
  for (const label of labels.split('|')) EXACT[label] = reason
}
add(
  'advertisement label',
  'advertisement|advertisements|ad|ads|sponsored|sponsored content|promoted|paid content|paid post|partner content|story continues below|story continues below advertisement|article continues below|article continues below advertisement|continue reading below|scroll to continue with content',
)
add(
  'save or bookmark label',
  'save|save article|save story|saved|bookmark|bookmarks|bookmarked|add to reading list|add to list|remove from list|article removed|article saved|name added. view your list|view your list|added to your list|removed from your list',
)
add(
  'share label',
  'share|share this|share this article|share this story|share article|facebook|twitter|x|linkedin|pinterest|email|e-mail|print|copy link|link copied|whatsapp|reddit|flipboard|share on facebook|share on twitter|share on x|share via email|tweet|pin it|comments|comment|show comments|leave a comment',
)
add(
  'navigation label',
  'skip to content|skip to main content|menu|sign in|log in|login|subscribe|subscribe now|newsletter|sign up|read more|related|related articles|related stories|more stories|recommended|recommended for you|you may also like|you might also like|trending|trending now|most popular|most read|back to top|top of page|close|open menu|search|home|listen to this article|listen|play|pause|see all|view all|load more|show more',
)
add(
  'reading-list heading',
  'next on your reading list|your reading list|up next|read next|more from|more like this|keep reading|what to read next|related reading|also on',
)

const ICON_HUMPS = /\p{Ll}\p{Lu}/gu
const IMAGE_CREDIT = [
  /^(?:image|images|photo|photos|photograph|picture|illustration|credit|photo credit|image credit|image source|source|photography|video)s?\s*(?:credit|by)?\s*:\s*\S/iu,
  /\|\s*(?:shutterstock|getty\s*images|istock(?:photo)?|alamy|reuters|ap|afp|unsplash|pexels|adobe\s*stock|pa|epa|bloomberg)\s*$/iu,
  /^(?:\(?\s*)?(?:photo|image|illustration)\s+(?:by|courtesy\s+of)\s+[^.]{2,80}\)?$/iu,
  /^(?:getty\s*images|shutterstock|istock(?:photo)?|alamy|adobe\s*stock)(?:\s*[/|].*)?$/iu,
]
const PROFILE_PICTURE =
  /^(?:profile|author|avatar)\s+(?:picture|photo|image|headshot)(?:\s+of\b.*)?$/iu

/** Why a single line is page furniture, or null when it is article text. */
export function classifyFurnitureLine(line: string): FurnitureReason | null {
  const normalised = line.trim().replace(/\s+/g, ' ')
  if (normalised === '') return null
  const key = normalised.toLowerCase().replace(/[.!:…]+$/u, '')
  const exact = EXACT[key]
  if (exact !== undefined) return exact
  if (
    normalised.length >= 16 &&
    !/\s/.test(normalised) &&
    (normalised.match(ICON_HUMPS)?.length ?? 0) >= 3
  ) {
    return 'run-together icon labels'
  }
  if (PROFILE_PICTURE.test(normalised)) return 'profile picture'
  if (isNavigationTrail(normalised)) return 'navigation trail'
  if (isPictureCaption(normalised)) return 'picture caption'
  if (IMAGE_CREDIT.some((pattern) => pattern.test(normalised))) return 'image credit'
  return null
}
