import { EditorContent, useEditor } from '@tiptap/react'
import type { Editor } from '@tiptap/core'
import type { ReactNode, Ref } from 'react'
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import { isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import type { Review, ReviewMetadata } from '../../shared/review/reviewSchema'
import type { SaveState } from '../editor/autosaveController'
import { AutosaveController } from '../editor/autosaveController'
import { DocumentSearch } from '../editor/documentSearch'
import { sourceFormatLabel } from '../lib/formatting'
import { EditorToolbar } from './EditorToolbar'
import { FindBar } from './FindBar'
import { MetadataHeader } from './MetadataHeader'
import { SaveStatus } from './SaveStatus'
import { WordCount } from './WordCount'

/** What the app shell can ask of the open review. */
export interface EditorSession {
  reviewId: string
  /** Saves pending changes; resolves true when everything is saved. */
  flush: () => Promise<boolean>
  /** Forgets pending changes, for a review that is being deleted. */
  discard: () => void
  openFind: () => void
}

interface EditorViewProps {
  review: Review
  api: CopydeskApi
  hidden: boolean
  banner: ReactNode
  busyMessage: string | null
  onOpenFile: () => void
  onShowLibrary: () => void
  onOpenLink: (url: string) => void
  onContentError: (message: string) => void
  ref?: Ref<EditorSession>
}

function linkUnderPointer(event: MouseEvent): string | null {
  const anchor = (event.target as Element | null)?.closest('a[href]')
  const href = anchor?.getAttribute('href') ?? null
  return href !== null && isAllowedLinkUrl(href) ? href : null
}

function isModifierPressed(event: KeyboardEvent | MouseEvent): boolean {
  return event.ctrlKey || event.metaKey
}

export function EditorView({
  review,
  api,
  hidden,
  banner,
  busyMessage,
  onOpenFile,
  onShowLibrary,
  onOpenLink,
  onContentError,
  ref,
}: EditorViewProps) {
  const [metadata, setMetadata] = useState<ReviewMetadata>(review.metadata)
  const metadataRef = useRef(review.metadata)
  const editorRef = useRef<Editor | null>(null)
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: review.updatedAt })
  const [findOpen, setFindOpen] = useState(false)
  const [findFocusRequest, setFindFocusRequest] = useState(0)
  const [linkPopoverOpen, setLinkPopoverOpen] = useState(false)

  const [autosave] = useState(
    () =>
      new AutosaveController(
        {
          save: (snapshot) => api.saveReview(snapshot),
          takeSnapshot: () => {
            const editor = editorRef.current
            if (!editor) throw new Error('the editor is not ready')
            return { id: review.id, metadata: metadataRef.current, content: editor.getJSON() }
          },
          onStateChange: setSaveState,
        },
        { kind: 'saved', at: review.updatedAt },
      ),
  )

  // The editor is created once; its handlers reach the latest callbacks through refs.
  const callbacksRef = useRef({ onOpenLink, onContentError })
  useEffect(() => {
    callbacksRef.current = { onOpenLink, onContentError }
  }, [onOpenLink, onContentError])

  const editor = useEditor(
    {
      extensions: [...draftSchemaExtensions(), DocumentSearch],
      content: review.content,
      onUpdate: () => autosave.notifyChange(),
      onContentError: ({ error }) =>
        callbacksRef.current.onContentError(
          `Part of this draft could not be shown: ${error.message}`,
        ),
      editorProps: {
        attributes: {
          class: 'document-body',
          'aria-label': 'Article text',
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
        },
        handleKeyDown: (_view, event) => {
          if (isModifierPressed(event) && !event.shiftKey && event.key.toLowerCase() === 'k') {
            event.preventDefault()
            setLinkPopoverOpen(true)
            return true
          }
          return false
        },
        handleDOMEvents: {
          click: (_view, event) => {
            const href = linkUnderPointer(event)
            if (href === null) return false
            // A plain click places the cursor; Ctrl/Cmd+click follows the link.
            event.preventDefault()
            if (isModifierPressed(event)) {
              callbacksRef.current.onOpenLink(href)
              return true
            }
            return false
          },
          auxclick: (_view, event) => {
            if (linkUnderPointer(event) !== null) event.preventDefault()
            return false
          },
        },
      },
    },
    [],
  )
  editorRef.current = editor

  useEffect(() => {
    return () => {
      void autosave.flush()
    }
  }, [autosave])

  const openFind = useCallback(() => {
    setFindOpen(true)
    setFindFocusRequest((request) => request + 1)
  }, [])

  useImperativeHandle(
    ref,
    () => ({
      reviewId: review.id,
      flush: () => autosave.flush(),
      discard: () => autosave.discard(),
      openFind,
    }),
    [autosave, review.id, openFind],
  )

  const updateMetadata = useCallback(
    (patch: Partial<ReviewMetadata>) => {
      const next = { ...metadataRef.current, ...patch }
      metadataRef.current = next
      setMetadata(next)
      autosave.notifyChange()
    },
    [autosave],
  )

  const focusTextStart = useCallback(() => {
    editorRef.current?.commands.focus('start')
  }, [])

  const closeFind = useCallback(() => {
    setFindOpen(false)
    editorRef.current?.commands.focus()
  }, [])

  useEffect(() => {
    if (!hidden) document.title = `${metadata.title.trim() || 'Untitled draft'} — Copydesk`
  }, [hidden, metadata.title])

  return (
    <div className="editor-view" hidden={hidden}>
      <EditorToolbar
        editor={editor}
        linkPopoverOpen={linkPopoverOpen}
        findOpen={findOpen}
        onOpenFile={onOpenFile}
        onShowLibrary={onShowLibrary}
        onToggleLinkPopover={setLinkPopoverOpen}
        onFind={openFind}
      />
      {banner}
      <div className="editor-scroller">
        {findOpen ? (
          <FindBar editor={editor} focusRequest={findFocusRequest} onClose={closeFind} />
        ) : null}
        <article className="document">
          <MetadataHeader
            metadata={metadata}
            onChange={updateMetadata}
            onLeaveTitle={focusTextStart}
          />
          <EditorContent editor={editor} className="document-content" data-testid="editor" />
        </article>
      </div>
      <footer className="status-bar">
        <SaveStatus state={saveState} />
        {busyMessage ? <span className="status-item status-item--busy">{busyMessage}</span> : null}
        <span className="spacer" />
        <WordCount editor={editor} />
        <span className="status-item" title={review.source.path ?? review.source.name}>
          {review.source.format === 'paste'
            ? sourceFormatLabel(review.source.format)
            : `${review.source.name} · ${sourceFormatLabel(review.source.format)}`}
        </span>
      </footer>
    </div>
  )
}
