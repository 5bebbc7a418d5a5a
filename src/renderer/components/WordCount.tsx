import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { countWords } from '../lib/wordCount'

const numberFormat = new Intl.NumberFormat()

export function WordCount({ editor }: { editor: Editor }) {
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => countWords(current.state.doc),
  })
  return (
    <span className="status-item" data-testid="word-count">
      {numberFormat.format(words)} {words === 1 ? 'word' : 'words'}
    </span>
  )
}
