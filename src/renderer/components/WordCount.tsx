import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { countWords } from '../lib/wordCount'

const numberFormat = new Intl.NumberFormat()

interface WordCountProps {
  editor: Editor
  className?: string
  testId?: string
}

export function WordCount({ editor, className, testId }: WordCountProps) {
  const words = useEditorState({
    editor,
    selector: ({ editor: current }) => countWords(current.state.doc),
  })
  return (
    <span className={`status-item${className ? ` ${className}` : ''}`} data-testid={testId}>
      {numberFormat.format(words)} {words === 1 ? 'word' : 'words'}
    </span>
  )
}
