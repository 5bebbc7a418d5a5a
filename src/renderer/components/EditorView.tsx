import { TextSelection } from '@tiptap/pm/state'
import { EditorContent, useEditor } from '@tiptap/react'
import type { Editor } from '@tiptap/core'
import type { ReactNode, Ref } from 'react'
import { useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react'
import type { EditorView as ProseMirrorView } from '@tiptap/pm/view'
import type { CheckLanguage, CopydeskApi } from '../../shared/api/channels'
import type { FlagKind } from '../../shared/checks/checkFlag'
import { matchesAccelerator } from '../../shared/accelerator'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import { isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import { KEYMAP } from '../../shared/keymap'
import type { Review, ReviewFlag, ReviewMetadata } from '../../shared/review/reviewSchema'
import { allTextblocks, textblockText } from '../checks/changedTextblocks'
import { CheckDecorations } from '../checks/checkDecorations'
import { recheckBlocksContaining } from '../checks/checkScheduler'
import { removeFlagDecoration, selectAdjacentFlag } from '../checks/flagCommands'
import type { FlagInDocument } from '../checks/flagDecoration'
import type { CheckService } from '../checks/checkService'
import { ignoredReviewFlag } from '../checks/ignoredFlags'
import { removeFurniture } from '../checks/removeFurniture'
import type { SaveState } from '../editor/autosaveController'
import { AutosaveController } from '../editor/autosaveController'
import { DocumentSearch } from '../editor/documentSearch'
import { shortcutLabel, sourceFormatLabel } from '../lib/formatting'
import { keyboardPlatform } from '../lib/keyboardPlatform'
import { CheckStatus } from './CheckStatus'
import { EditorToolbar } from './EditorToolbar'
import { FindBar } from './FindBar'
import { FlagCard } from './FlagCard'
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
  selectFlag: (direction: 1 | -1) => void
  removeFurniture: () => void
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
  onNotice: (message: string) => void
  checkService: CheckService
  onShowLicences: () => void
  onShowHouseDictionary: () => void
  ref?: Ref<EditorSession>
}

const NO_FLAGS: Record<FlagKind, number> = { typo: 0, claim: 0, furniture: 0 }
const HOVER_CLOSE_DELAY_MILLISECONDS = 250

function countByKind(flags: readonly FlagInDocument[]): Record<FlagKind, number> {
  const counts = { ...NO_FLAGS }
  for (const { flag } of flags) counts[flag.kind] += 1
  return counts
}

function linkUnderPointer(event: MouseEvent): string | null {
  const anchor = (event.target as Element | null)?.closest('a[href]')
  const href = anchor?.getAttribute('href') ?? null
  return href !== null && isAllowedLinkUrl(href) ? href : null
}

function isModifierPressed(event: MouseEvent): boolean {
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
  onNotice,
  checkService,
  onShowLicences,
  onShowHouseDictionary,
  ref,
}: EditorViewProps) {
  const reviewFlagsRef = useRef<ReviewFlag[]>(review.flags)
  const [flagCounts, setFlagCounts] = useState<Record<FlagKind, number>>(NO_FLAGS)
  const [selectionFlag, setSelectionFlag] = useState<FlagInDocument | null>(null)
  const [hoverFlag, setHoverFlag] = useState<FlagInDocument | null>(null)
  const [cardDismissed, setCardDismissed] = useState(false)
  const [language, setLanguage] = useState<CheckLanguage>(checkService.language)
  const pointerInCardRef = useRef(false)
  const hoverTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const cardOpenRef = useRef(false)
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
            return {
              id: review.id,
              metadata: metadataRef.current,
              content: editor.getJSON(),
              flags: reviewFlagsRef.current,
            }
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
      extensions: [
        ...draftSchemaExtensions(),
        DocumentSearch,
        CheckDecorations.configure({
          service: checkService,
          ignoredFlags: () => reviewFlagsRef.current,
          onFlagsChanged: (flags) => setFlagCounts(countByKind(flags)),
          onSelectionFlag: (flag) => {
            setSelectionFlag(flag)
            setCardDismissed(false)
          },
          onHoverFlag: (flag) => {
            if (hoverTimerRef.current !== null) clearTimeout(hoverTimerRef.current)
            hoverTimerRef.current = null
            if (flag) {
              setHoverFlag(flag)
              setCardDismissed(false)
              return
            }
            hoverTimerRef.current = setTimeout(() => {
              if (!pointerInCardRef.current) setHoverFlag(null)
            }, HOVER_CLOSE_DELAY_MILLISECONDS)
          },
          onEscape: () => {
            if (!cardOpenRef.current) return false
            setCardDismissed(true)
            setHoverFlag(null)
            return true
          },
        }),
      ],
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
          // Copydesk's own checks replace the browser's; two sets of red underlines would only confuse.
          spellcheck: 'false',
        },
        handleKeyDown: (_view, event) => {
          if (matchesAccelerator(KEYMAP['insert-link'].accelerator, event, keyboardPlatform)) {
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

  useEffect(() => checkService.onLanguageChange(setLanguage), [checkService])

  const selectFlag = useCallback((direction: 1 | -1, kind?: FlagKind) => {
    const view = editorRef.current?.view
    if (!view) return
    setHoverFlag(null)
    setCardDismissed(false)
    selectAdjacentFlag(view, direction, kind)
  }, [])

  const removePageFurniture = useCallback(() => {
    const current = editorRef.current
    if (!current) return
    const removal = removeFurniture(current.state, reviewFlagsRef.current)
    if (removal === null) {
      onNotice('There is no page furniture to remove.')
      return
    }
    current.view.dispatch(removal.transaction)
    current.commands.focus()
    onNotice(`${removal.summary}. Undo (${shortcutLabel('Z')}) brings it back.`)
  }, [onNotice])

  useImperativeHandle(
    ref,
    () => ({
      reviewId: review.id,
      flush: () => autosave.flush(),
      discard: () => autosave.discard(),
      openFind,
      selectFlag: (direction) => selectFlag(direction),
      removeFurniture: removePageFurniture,
    }),
    [autosave, review.id, openFind, selectFlag, removePageFurniture],
  )

  const card = cardDismissed ? null : (hoverFlag ?? selectionFlag)
  useEffect(() => {
    cardOpenRef.current = card !== null
  }, [card])

  const closeCard = useCallback(() => {
    setHoverFlag(null)
    setCardDismissed(true)
    pointerInCardRef.current = false
  }, [])

  const acceptSuggestion = useCallback(
    (target: FlagInDocument, suggestion: string) => {
      const view = editorRef.current?.view
      if (!view) return
      if (view.state.doc.textBetween(target.from, target.to, '\n', '\n') !== target.flag.actual) {
        closeCard()
        return
      }
      const transaction =
        suggestion === ''
          ? view.state.tr.delete(target.from, target.to)
          : view.state.tr.insertText(suggestion, target.from, target.to)
      view.dispatch(transaction)
      closeCard()
      view.focus()
    },
    [closeCard],
  )

  const ignoreFlag = useCallback(
    (target: FlagInDocument) => {
      const view = editorRef.current?.view
      if (!view) return
      const blocks = allTextblocks(view.state.doc)
      let blockOffset = 0
      for (const block of blocks) {
        const text = textblockText(block.node)
        const start = block.pos + 1
        if (target.from >= start && target.to <= start + block.node.content.size) {
          const flag = { ...target.flag }
          reviewFlagsRef.current = [
            ...reviewFlagsRef.current,
            ignoredReviewFlag({ flag, blockText: text, blockOffset }, new Date()),
          ]
          break
        }
        blockOffset += text.length + 2
      }
      removeFlagDecoration(view, target)
      autosave.notifyChange()
      closeCard()
      view.focus()
    },
    [autosave, closeCard],
  )

  const addToDictionary = useCallback(
    (target: FlagInDocument) => {
      const word = target.flag.actual
      closeCard()
      checkService.addHouseWord(word).then(
        () => {
          const view = editorRef.current?.view
          if (view) recheckBlocksContaining(view, word)
          onNotice(`Added “${word}” to the house dictionary.`)
        },
        (error: unknown) =>
          callbacksRef.current.onContentError(
            `“${word}” could not be added to the house dictionary: ${String(error)}`,
          ),
      )
    },
    [checkService, closeCard, onNotice],
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
        onRemoveFurniture={removePageFurniture}
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
      {card && !hidden ? (
        <FlagCard
          key={`${card.flag.id}-${card.from}`}
          target={card}
          view={editor.view as ProseMirrorView}
          onAccept={(suggestion) => acceptSuggestion(card, suggestion)}
          onIgnore={() => ignoreFlag(card)}
          onAddToDictionary={
            card.flag.kind === 'typo' && card.flag.ruleId.startsWith('spelling/')
              ? () => addToDictionary(card)
              : null
          }
          onPointerInside={(inside) => {
            pointerInCardRef.current = inside
            if (!inside) setHoverFlag(null)
          }}
        />
      ) : null}
      <footer className="status-bar">
        <SaveStatus state={saveState} />
        {busyMessage ? <span className="status-item status-item--busy">{busyMessage}</span> : null}
        <span className="spacer" />
        <CheckStatus
          counts={flagCounts}
          language={language}
          onJump={(kind) => {
            const view = editorRef.current?.view
            if (!view) return
            view.dispatch(view.state.tr.setSelection(TextSelection.atStart(view.state.doc)))
            selectFlag(1, kind)
          }}
          onLanguageChange={(next) => checkService.setLanguage(next)}
          onShowHouseDictionary={onShowHouseDictionary}
          onShowLicences={onShowLicences}
        />
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
