import sanitizeHtml from 'sanitize-html'
import { ALLOWED_LINK_PROTOCOLS } from '../../shared/editor/linkPolicy'

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
  allowedSchemes: [...ALLOWED_LINK_PROTOCOLS],
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
 * text structure, emphasis and links the link policy allows survive.
 */
export function sanitizeDraftHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}
