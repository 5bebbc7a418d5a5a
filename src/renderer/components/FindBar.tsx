import type { Editor } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'
import { useEditorState } from '@tiptap/react'
import { CaseSensitive, ChevronDown, ChevronUp, X } from 'lucide-react'
import { findNext, findPrev, getSearchState, SearchQuery, setSearchState } from 'prosemirror-search'
import { useEffect, useRef, useState } from 'react'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

const MAX_COUNTED_MATCHES = 9999

interface Match {
  from: number
  to: number
}

const matchCache = new WeakMap<ProseMirrorNode, { query: SearchQuery; matches: Match[] }>()

function findAllMatches(state: EditorState, query: SearchQuery): Match[] {
  const cached = matchCache.get(state.doc)
  if (cached && cached.query.eq(query)) return cached.matches
  const matches: Match[] = []
  if (query.valid) {
    let position = 0
    while (matches.length < MAX_COUNTED_MATCHES) {
      const result = query.findNext(state, position)
      if (!result) break
      matches.push({ from: result.from, to: result.to })
      position = result.to > position ? result.to : position + 1
    }
  }
  matchCache.set(state.doc, { query, matches })
  return matches
}

interface FindBarProps {
  editor: Editor
  /** Changes each time Ctrl/Cmd+F is pressed, to refocus the field. */
  focusRequest: number
  onClose: () => void
}

export function FindBar({ editor, focusRequest, onClose }: FindBarProps) {
  const [text, setText] = useState(() => {
    const { from, to, empty } = editor.state.selection
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ')
    return selected.length <= 200 && !selected.includes('\n') ? selected : ''
  })
  const [caseSensitive, setCaseSensitive] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [focusRequest])

  useEffect(() => {
    const query = new SearchQuery({ search: text, caseSensitive })
    const { state, view } = editor
    const transaction = setSearchState(state.tr, query)
    // Select the first match at or after the cursor, so typing shows where the text is.
    const result = query.valid
      ? (query.findNext(state, state.selection.from) ?? query.findNext(state, 0))
      : null
    if (result) {
      transaction.setSelection(TextSelection.create(state.doc, result.from, result.to))
      transaction.scrollIntoView()
    }
    view.dispatch(transaction)
  }, [editor, text, caseSensitive])

  useEffect(
    () => () => {
      if (editor.isDestroyed) return
      editor.view.dispatch(setSearchState(editor.state.tr, new SearchQuery({ search: '' })))
    },
    [editor],
  )

  const { total, current } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const query = getSearchState(current.state)?.query
      if (!query || !query.valid) return { total: 0, current: 0 }
      const matches = findAllMatches(current.state, query)
      const { from, to } = current.state.selection
      const index = matches.findIndex((match) => match.from === from && match.to === to)
      return { total: matches.length, current: index + 1 }
    },
    equalityFn: (left, right) =>
      right !== null && left.total === right.total && left.current === right.current,
  })

  const step = (direction: 'next' | 'previous') => {
    const command = direction === 'next' ? findNext : findPrev
    command(editor.state, editor.view.dispatch)
  }

  let countText = ''
  if (text !== '') {
    if (total === 0) countText = 'No matches'
    else if (current > 0)
      countText = `${current} of ${total}${total >= MAX_COUNTED_MATCHES ? '+' : ''}`
    else countText = `${total} ${total === 1 ? 'match' : 'matches'}`
  }

  return (
    <div className="find-bar" role="search" aria-label="Find in text">
      <input
        ref={inputRef}
        className="text-input find-input"
        data-testid="find-input"
        type="text"
        aria-label="Find"
        placeholder="Find in text"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            step(event.shiftKey ? 'previous' : 'next')
          } else if (event.key === 'Escape') {
            event.preventDefault()
            onClose()
          }
        }}
      />
      <span
        className={`find-count${text !== '' && total === 0 ? ' find-count--none' : ''}`}
        data-testid="find-count"
        aria-live="polite"
      >
        {countText}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Match case"
        aria-pressed={caseSensitive}
        data-tooltip="Match case"
        onClick={() => setCaseSensitive((value) => !value)}
      >
        <CaseSensitive size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        data-tooltip="Previous match (Shift+Enter)"
        disabled={total === 0}
        onClick={() => step('previous')}
      >
        <ChevronUp size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        data-tooltip="Next match (Enter)"
        disabled={total === 0}
        onClick={() => step('next')}
      >
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close find"
        data-tooltip="Close (Escape)"
        onClick={onClose}
      >
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  )
}
