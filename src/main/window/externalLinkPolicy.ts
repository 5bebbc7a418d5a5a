/** Links leave the app only for the system browser, and only as http(s). */
export function externalUrlToOpen(rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null
}
