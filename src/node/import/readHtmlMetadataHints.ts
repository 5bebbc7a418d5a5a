import { Parser } from 'htmlparser2'
import { parseCalendarDate } from '../../shared/import/parseCalendarDate'

/** Metadata an HTML page states about itself in its head; empty/null when it does not. */
export interface HtmlMetadataHints {
  title: string
  author: string
  publishedDate: string | null
  updatedDate: string | null
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Reads <title>, og:title, author and article dates from raw (unsanitised) HTML. */
export function readHtmlMetadataHints(html: string): HtmlMetadataHints {
  const metaContent = new Map<string, string>()
  let documentTitle = ''
  let insideTitle = false
  let titleSeen = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title' && !titleSeen) insideTitle = true
        if (name !== 'meta') return
        const key = (
          attributes.property ??
          attributes.name ??
          attributes.itemprop ??
          ''
        ).toLowerCase()
        const content = collapseWhitespace(attributes.content ?? '')
        if (key !== '' && content !== '' && !metaContent.has(key)) metaContent.set(key, content)
      },
      ontext(text) {
        if (insideTitle) documentTitle += text
      },
      onclosetag(name) {
        if (name === 'title' && insideTitle) {
          insideTitle = false
          titleSeen = true
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()

  const metaAuthor = metaContent.get('author') ?? metaContent.get('article:author') ?? ''
  return {
    title: metaContent.get('og:title') ?? collapseWhitespace(documentTitle),
    // article:author is often a profile URL rather than a name.
    author: /^https?:\/\//i.test(metaAuthor) ? '' : metaAuthor,
    publishedDate: parseCalendarDate(metaContent.get('article:published_time') ?? ''),
    updatedDate: parseCalendarDate(metaContent.get('article:modified_time') ?? ''),
  }
}
