import { clipboard } from 'electron'

/** The clipboard as HTML (when an app put some there) and plain text. */
export async function readSystemClipboard(): Promise<{ html: string; text: string }> {
  let html = ''
  for (const item of await clipboard.read()) {
    if (!item.types.includes('text/html')) continue
    const data = await item.getType('text/html')
    if (data instanceof Blob) html = await data.text()
    break
  }
  return { html, text: await clipboard.readText() }
}
