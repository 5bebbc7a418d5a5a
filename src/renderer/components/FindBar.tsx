import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { closeHistory } from '@tiptap/pm/history'
import type { Command, EditorState, Transaction } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { useEditorState } from '@tiptap/react'
import {
  CaseSensitive,
  ChevronDown,
  ChevronRight,
  ChevronUp,
  Replace,
  ReplaceAll,
  WholeWord,
  X,
} from 'lucide-react'
import {
  findNext,
  findPrev,
  getSearchState,
  replaceAll,
  replaceNext,
  SearchQuery,
  setSearchState,
} from 'prosemirror-search'
import type { KeyboardEvent } from 'react'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { commandShortcutLabel } from '../lib/formatting'

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

/** The element that scrolls the text: the nearest ancestor that can scroll vertically. */
function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent)
    if (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      parent.scrollHeight > parent.clientHeight
    )
      return parent
  }
  return null
}

/**
 * Scrolls the selected match to the middle of the text. ProseMirror's own scrolling follows the
 * DOM selection, which stays in the find field while the reviewer steps through matches; and
 * `scrollIntoView` would also shift the app's fixed frame, so only the text's container moves.
 */
function revealActiveMatch(view: EditorView): void {
  const match = view.dom.querySelector<HTMLElement>('.ProseMirror-active-search-match')
  const container = match && scrollContainerOf(match)
  if (!match || !container) return
  const matchBox = match.getBoundingClientRect()
  const containerBox = container.getBoundingClientRect()
  const offset = matchBox.top - containerBox.top - (container.clientHeight - matchBox.height) / 2
  container.scrollTop = Math.max(0, container.scrollTop + offset)
}

/**
 * Runs a search command and shows its match. Each replacement closes the undo group, so one
 * Undo takes back one Replace (or the whole Replace All) and never the typing before it.
 */
function runSearchCommand(view: EditorView, command: Command): boolean {
  const done = command(view.state, (transaction: Transaction) => {
    view.dispatch(transaction.docChanged ? closeHistory(transaction) : transaction)
  })
  revealActiveMatch(view)
  return done
}

interface FindBarProps {
  editor: Editor
  /** Changes each time Find or Replace is asked for, to refocus the right field. */
  focusRequest: number
  /** Whether the replace row is shown (Ctrl/Cmd+H shows it). */
  replaceOpen: boolean
  onReplaceOpenChange: (open: boolean) => void
  onClose: () => void
  /** Tells screen reader users what a Replace All did. */
  onReplaced: (message: string) => void
}

export function FindBar({
  editor,
  focusRequest,
  replaceOpen,
  onReplaceOpenChange,
  onClose,
  onReplaced,
}: FindBarProps) {
  const [text, setText] = useState(() => {
    const { from, to, empty } = editor.state.selection
    const selected = empty ? '' : editor.state.doc.textBetween(from, to, ' ')
    return selected.length <= 200 && !selected.includes('\n') ? selected : ''
  })
  const [replacement, setReplacement] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const [wholeWord, setWholeWord] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const replaceInputRef = useRef<HTMLInputElement>(null)
  // Find focuses the search field; Replace the replacement once there is something to find.
  const focusField = useEffectEvent(() => {
    const field = replaceOpen && text !== '' ? replaceInputRef.current : inputRef.current
    field?.focus()
    field?.select()
  })
  useEffect(() => focusField(), [focusRequest])

  useEffect(() => {
    const query = new SearchQuery({
      search: text,
      caseSensitive,
      wholeWord,
      replace: replacement,
      literal: true,
    })
    const { state, view } = editor
    const previous = getSearchState(state)?.query
    const transaction = setSearchState(state.tr, query)
    // Select the first match at or after the cursor, so typing shows where the text is; a new
    // replacement alone leaves the selected match where it is.
    const searchChanged =
      !previous ||
      previous.search !== text ||
      previous.caseSensitive !== caseSensitive ||
      previous.wholeWord !== wholeWord
    const result =
      searchChanged && query.valid
        ? (query.findNext(state, state.selection.from) ?? query.findNext(state, 0))
        : null
    if (result) transaction.setSelection(TextSelection.create(state.doc, result.from, result.to))
    view.dispatch(transaction)
    if (result) revealActiveMatch(view)
  }, [editor, text, caseSensitive, wholeWord, replacement])

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
    runSearchCommand(editor.view, direction === 'next' ? findNext : findPrev)
  }

  // Replacing the last match disables the replace buttons; the focus must not fall to the page.
  const replaceOne = () => {
    const wasLast = total === 1 && current === 1
    runSearchCommand(editor.view, replaceNext)
    if (wasLast) replaceInputRef.current?.focus()
  }

  const replaceEvery = () => {
    const count = total
    if (count === 0) return
    if (runSearchCommand(editor.view, replaceAll)) {
      onReplaced(`Replaced ${count} ${count === 1 ? 'match' : 'matches'}.`)
      replaceInputRef.current?.focus()
    }
  }

  let countText = ''
  if (text !== '') {
    if (total === 0) countText = 'No matches'
    else if (current > 0)
      countText = `${current} of ${total}${total >= MAX_COUNTED_MATCHES ? '+' : ''}`
    else countText = `${total} ${total === 1 ? 'match' : 'matches'}`
  }

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <div
      className={`find-bar${replaceOpen ? ' find-bar--replace' : ''}`}
      role="search"
      aria-label="Find and replace"
      data-testid="find-bar"
      onKeyDown={closeOnEscape}
    >
      <button
        type="button"
        className="icon-button find-bar-toggle"
        aria-label="Show replace"
        aria-expanded={replaceOpen}
        data-tooltip={`Replace (${commandShortcutLabel('replace')})`}
        onClick={() => onReplaceOpenChange(!replaceOpen)}
      >
        {replaceOpen ? (
          <ChevronDown size={16} aria-hidden="true" />
        ) : (
          <ChevronRight size={16} aria-hidden="true" />
        )}
      </button>
      <div className="find-bar-rows">
        <div className="find-bar-row">
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
              if (event.key !== 'Enter') return
              event.preventDefault()
              step(event.shiftKey ? 'previous' : 'next')
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
            aria-label="Whole words"
            aria-pressed={wholeWord}
            data-tooltip="Whole words"
            onClick={() => setWholeWord((value) => !value)}
          >
            <WholeWord size={16} aria-hidden="true" />
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
        {replaceOpen ? (
          <div className="find-bar-row">
            <input
              ref={replaceInputRef}
              className="text-input find-input"
              data-testid="replace-input"
              type="text"
              aria-label="Replace with"
              placeholder="Replace with"
              spellCheck={false}
              value={replacement}
              onChange={(event) => setReplacement(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return
                event.preventDefault()
                replaceOne()
              }}
            />
            <button
              type="button"
              className="icon-button"
              aria-label="Replace"
              data-testid="replace-one"
              data-tooltip="Replace (Enter)"
              disabled={total === 0}
              onClick={replaceOne}
            >
              <Replace size={16} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Replace all"
              data-testid="replace-all"
              data-tooltip="Replace all"
              disabled={total === 0}
              onClick={replaceEvery}
            >
              <ReplaceAll size={16} aria-hidden="true" />
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}
