/**
 * The path a request names, spelled one way: percent-escapes decoded, dot segments resolved,
 * repeated and trailing slashes dropped ("/%69ndex.html/" and "//index.html" both become
 * "/index.html"). Null when the path cannot be decoded.
 */
export function normaliseRequestPath(requestUrl: string): string | null {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments: string[] = []
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return `/${segments.join('/')}`
}
