import sanitizeHtml from 'sanitize-html'

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'br',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Removed together with everything inside them: their text is code, styling or page chrome.
  nonTextTags: [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'template',
    'noscript',
    'head',
    'title',
    'meta',
    'textarea',
    'select',
    'svg',
    'math',
  ],
  // The draft schema has heading levels 1–4 only.
  transformTags: { h5: 'h4', h6: 'h4' },
}

/**
 * The one sanitiser every imported draft passes through (Word, HTML, Markdown, paste): only
 * text structure, emphasis and http(s)/mailto links survive.
 */
export function sanitizeDraftHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}
