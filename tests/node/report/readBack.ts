import { parse } from 'csv-parse/sync'
import { Window } from 'happy-dom'

/** Every line of text in a PDF, page by page, as a PDF reader extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    )
  }
  await document.destroy()
  return pages
}

/** An HTML file parsed the way a browser would, without running anything. */
export function parseHtml(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
  })
  const document = new window.DOMParser().parseFromString(html, 'text/html')
  return document as unknown as Document
}

/** What in a parsed page could run or navigate: scripts, handlers, links, embedded content. */
export function activeContent(document: Document): string[] {
  const found: string[] = []
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    if (['script', 'iframe', 'object', 'embed', 'img', 'a', 'form', 'base'].includes(tag)) {
      found.push(`<${tag}>`)
    }
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? ''
      if (attribute.startsWith('on')) found.push(`${attribute} on <${tag}>`)
      if (/^\s*javascript:/i.test(value)) found.push(`${attribute}=${value} on <${tag}>`)
    }
  }
  return found
}

/** A CSV file's rows as a spreadsheet would read them (RFC 4180; the BOM stripped). */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relaxColumnCount: false }) as string[][]
}
