/** The clipboard's HTML and plain text, where the browser lets the page read them. */
export async function readClipboard(): Promise<{ html: string; text: string }> {
  if (typeof navigator.clipboard.read === 'function') {
    let html = ''
    let text = ''
    for (const item of await navigator.clipboard.read()) {
      if (html === '' && item.types.includes('text/html')) {
        html = await (await item.getType('text/html')).text()
      }
      if (text === '' && item.types.includes('text/plain')) {
        text = await (await item.getType('text/plain')).text()
      }
    }
    return { html, text }
  }
  return { html: '', text: await navigator.clipboard.readText() }
}
