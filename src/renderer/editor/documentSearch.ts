import { Extension } from '@tiptap/core'
import { search } from 'prosemirror-search'

/** Renderer-only: highlights find matches. The query is set from the find bar. */
export const DocumentSearch = Extension.create({
  name: 'documentSearch',
  addProseMirrorPlugins() {
    return [search()]
  },
})
