import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { ALLOWED_LINK_PROTOCOLS, DRAFT_LINK_REL, isAllowedLinkUrl } from './linkPolicy'

/**
 * The document schema of a draft. The importers (main process) and the editor (renderer)
 * both build on this list, so what an import produces is exactly what the editor accepts.
 */
export function draftSchemaExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      codeBlock: false,
      code: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [...ALLOWED_LINK_PROTOCOLS],
        isAllowedUri: (url) => isAllowedLinkUrl(url),
        HTMLAttributes: { rel: DRAFT_LINK_REL, target: null },
      },
    }),
  ]
}
