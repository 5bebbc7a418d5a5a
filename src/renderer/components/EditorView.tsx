import type { Editor } from '@tiptap/core'
import type { EditorView as ProseMirrorView } from '@tiptap/pm/view'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type { ReactNode, Ref } from 'react'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react'
import { matchesAccelerator } from '../../shared/accelerator'
import type { CopydeskApi } from '../../shared/api/channels'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import { isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import { KEYMAP } from '../../shared/keymap'
import type { ManualFlagKind } from '../../shared/review/manualFlags'
import type { Review, ReviewFlag, ReviewMetadata } from '../../shared/review/reviewSchema'
import type { FlagInDocument } from '../checks/flagDecoration'
import { panelFlags, type PanelFlag } from '../review/flagsPanelModel'
import {
  reportedAnchors,
  setStoredFlags,
  storedFlagPositions,
  StoredFlagRanges,
  storedFlagRangesKey,
} from '../review/storedFlagRanges'
import { FlagsPanel } from './FlagsPanel'
import type { StoredFlagInDocument } from '../review/storedFlagDecorations'
import { StoredFlagCardEvents } from '../review/storedFlagCardEvents'
import { sourcesFromOtherClaims } from '../review/sourcesFromOtherClaims'
import { useManualFlags } from '../review/useManualFlags'
import { CheckDecorations } from '../checks/checkDecorations'
import type { CheckService } from '../checks/checkService'
import { countFlagsByKind } from '../checks/countFlagsByKind'
import { useCheckLanguage } from '../checks/useCheckLanguage'
import { useFlagActions } from '../checks/useFlagActions'
import { useFlagCard } from '../checks/useFlagCard'
import { useReviewWords } from '../checks/useReviewWords'
import { DocumentSearch } from '../editor/documentSearch'
import { useAutosave } from '../editor/useAutosave'
import { keyboardPlatform } from '../lib/keyboardPlatform'
import { EditorToolbar } from './EditorToolbar'
import { FindBar } from './FindBar'
import { FlagCard } from './FlagCard'
import { selectionFlagProblem } from './FlagMenuButton'
import { FlagNoteDialog } from './FlagNoteDialog'
import { ManualFlagMenu } from './ManualFlagMenu'
import { MetadataHeader } from './MetadataHeader'
import { StatusBar } from './StatusBar'
import { StoredFlagCard } from './StoredFlagCard'

/** What the app shell can ask of the open review. */
/** Below this window width the flags panel starts hidden. */
const PANEL_MIN_WINDOW_WIDTH = 900

export interface EditorSession {
  reviewId: string
  /** Saves pending changes; resolves true when everything is saved. */
  flush: () => Promise<boolean>
  /** Forgets pending changes, for a review that is being deleted. */
  discard: () => void
  openFind: () => void
  selectFlag: (direction: 1 | -1) => void
  removeFurniture: () => void
  toggleFlagsPanel: () => void
  /** Flags the selected words (menu command or shortcut). */
  addManualFlag: (kind: ManualFlagKind) => void
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
  onVerifyAuditTrail: () => void
  onImportNewVersion: () => void
  onShowVersions: () => void
  ref?: Ref<EditorSession>
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
  onVerifyAuditTrail,
  onImportNewVersion,
  onShowVersions,
  ref,
}: EditorViewProps) {
  const reviewFlagsRef = useRef<ReviewFlag[]>(review.flags)
  const [checkFlags, setCheckFlags] = useState<readonly FlagInDocument[]>([])
  const flagCounts = useMemo(() => countFlagsByKind(checkFlags), [checkFlags])
  // A narrow window gives the text the room; the panel is a shortcut away.
  const [flagsPanelOpen, setFlagsPanelOpen] = useState(
    () => window.innerWidth >= PANEL_MIN_WINDOW_WIDTH,
  )
  const language = useCheckLanguage(checkService)
  const [metadata, setMetadata] = useState<ReviewMetadata>(review.metadata)
  const metadataRef = useRef(review.metadata)
  useReviewWords(checkService, metadata)
  const editorRef = useRef<Editor | null>(null)
  const [findOpen, setFindOpen] = useState(false)
  const [findFocusRequest, setFindFocusRequest] = useState(0)
  const [linkPopoverOpen, setLinkPopoverOpen] = useState(false)
  const flagCard = useFlagCard()
  const storedFlagCard = useFlagCard<StoredFlagInDocument>()
  // The claim kept by "Add a source…", whose card opens with the source form.
  const [addingSourceTo, setAddingSourceTo] = useState<string | null>(null)
  const [contextMenu, setContextMenu] = useState<{
    left: number
    top: number
    problem: string | null
  } | null>(null)

  const { autosave, saveState } = useAutosave({
    save: async (snapshot) => {
      const saved = await api.saveContent(snapshot)
      reviewFlagsRef.current = saved.flags
      return saved
    },
    takeSnapshot: () => {
      const editor = editorRef.current
      if (!editor) throw new Error('the editor is not ready')
      return {
        reviewId: review.id,
        metadata: metadataRef.current,
        content: editor.getJSON(),
        anchors: reportedAnchors(editor.state),
      }
    },
    savedAt: review.updatedAt,
  })

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
        StoredFlagRanges,
        StoredFlagCardEvents.configure({
          onSelectionStoredFlag: storedFlagCard.callbacks.onSelectionFlag,
          onHoverStoredFlag: storedFlagCard.callbacks.onHoverFlag,
          onEscape: storedFlagCard.callbacks.onEscape,
        }),
        CheckDecorations.configure({
          service: checkService,
          ignoredFlags: () => reviewFlagsRef.current,
          onFlagsChanged: setCheckFlags,
          ...flagCard.callbacks,
        }),
      ],
      content: review.content,
      onCreate: ({ editor: created }) => {
        created.view.dispatch(setStoredFlags(created.state.tr, reviewFlagsRef.current))
      },
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
          contextmenu: (_view, event) => {
            const current = editorRef.current
            if (!current) return false
            event.preventDefault()
            setContextMenu({
              left: Math.min(event.clientX, window.innerWidth - 240),
              top: Math.min(event.clientY, window.innerHeight - 180),
              problem: selectionFlagProblem(current),
            })
            return true
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

  const flagActions = useFlagActions({
    api,
    reviewId: review.id,
    editorRef,
    reviewFlagsRef,
    autosave,
    checkService,
    closeCard: flagCard.closeCard,
    reopenForNavigation: flagCard.reopenForNavigation,
    onKeptForSource: setAddingSourceTo,
    onNotice,
    onError: onContentError,
  })
  const { selectFlag, removePageFurniture } = flagActions
  const manualFlags = useManualFlags({
    api,
    reviewId: review.id,
    editorRef,
    reviewFlagsRef,
    autosave,
    onNotice,
    onError: onContentError,
  })
  const { flagSelection } = manualFlags
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: current }) => current !== null && !current.state.selection.empty,
  })
  // Changes when a command stores, updates or re-places flags; not when edits move them.
  const storedFlagsVersion = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current === null ? null : (storedFlagRangesKey.getState(current.state)?.flags ?? null),
    equalityFn: Object.is,
  })
  // The panel follows the checks at low priority and only when they change, so typing never
  // waits for a list of a thousand flags to render.
  const deferredCheckFlags = useDeferredValue(checkFlags)
  const flagsInPanel = useMemo(
    () =>
      flagsPanelOpen
        ? panelFlags(deferredCheckFlags, reviewFlagsRef.current, storedFlagPositions(editor.state))
        : [],
    // The stored flags and their places are read when the checks report, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferredCheckFlags, flagsPanelOpen, storedFlagsVersion],
  )
  const { reattachToSelection, setStatus } = manualFlags
  const orphanActions = useMemo(
    () => ({ canReattach: hasSelection, reattach: reattachToSelection, close: setStatus }),
    [hasSelection, reattachToSelection, setStatus],
  )

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
      selectFlag: (direction) => selectFlag(direction),
      removeFurniture: removePageFurniture,
      toggleFlagsPanel: () => setFlagsPanelOpen((open) => !open),
      addManualFlag: flagSelection,
    }),
    [autosave, review.id, openFind, selectFlag, removePageFurniture, flagSelection],
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

  const jumpToFlag = useCallback((flag: PanelFlag) => {
    const current = editorRef.current
    if (!current || flag.from === null || flag.to === null) return
    current
      .chain()
      .focus()
      .setTextSelection({ from: flag.from, to: flag.to })
      .scrollIntoView()
      .run()
  }, [])

  const closeContextMenu = useCallback((returnFocus: boolean) => {
    setContextMenu(null)
    if (returnFocus) editorRef.current?.commands.focus()
  }, [])

  const closeStoredCard = useCallback(() => {
    storedFlagCard.closeCard()
    editorRef.current?.commands.focus()
  }, [storedFlagCard])

  // Where a check flag and a stored flag overlap, the narrower one's card opens; on a tie the
  // stored flag's, since that is the one the reviewer works on.
  const storedCandidate = storedFlagCard.card
  const checkCard = flagCard.card
  const storedWins =
    storedCandidate !== null &&
    (checkCard === null ||
      storedCandidate.to - storedCandidate.from <= checkCard.to - checkCard.from)
  const card = storedWins ? null : checkCard
  const storedTarget = storedWins ? storedCandidate : null
  const storedFlag =
    storedTarget && editor
      ? (storedFlagRangesKey.getState(editor.state)?.flags.get(storedTarget.flag.id) ??
        storedTarget.flag)
      : null
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
        onVerifyAuditTrail={onVerifyAuditTrail}
        onImportNewVersion={onImportNewVersion}
        onShowVersions={onShowVersions}
        onFlagSelection={flagSelection}
      />
      {banner}
      <div className="editor-body">
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
        {flagsPanelOpen ? (
          <FlagsPanel flags={flagsInPanel} onJump={jumpToFlag} orphanActions={orphanActions} />
        ) : null}
      </div>
      {card && !hidden ? (
        <FlagCard
          key={`${card.flag.id}-${card.from}`}
          target={card}
          view={editor.view as ProseMirrorView}
          onAccept={(suggestion) => flagActions.acceptSuggestion(card, suggestion)}
          onIgnore={(reason) => flagActions.ignoreFlag(card, reason)}
          onAddSource={() => flagActions.addSourceToClaim(card)}
          onAddToDictionary={() => flagActions.addToDictionary(card)}
          onPointerInside={flagCard.setPointerInside}
        />
      ) : null}
      {storedTarget && storedFlag && !hidden ? (
        <StoredFlagCard
          key={storedFlag.id}
          target={{ ...storedTarget, flag: storedFlag }}
          view={editor.view as ProseMirrorView}
          onAddNote={(text) => manualFlags.addNote(storedFlag.id, text)}
          onSetStatus={(status, reason) => manualFlags.setStatus(storedFlag.id, status, reason)}
          sources={{
            reusable: sourcesFromOtherClaims(reviewFlagsRef.current, storedFlag.id),
            startAdding: addingSourceTo === storedFlag.id,
            onOpenLink,
            onAttach: (source) => manualFlags.attachSource(storedFlag.id, { source }),
            onReuse: ({ flagId, sourceId }) =>
              manualFlags.attachSource(storedFlag.id, { fromSource: { flagId, sourceId } }),
            onEdit: (sourceId, source) => manualFlags.editSource(storedFlag.id, sourceId, source),
            onRemove: (sourceId) => manualFlags.detachSource(storedFlag.id, sourceId),
          }}
          onClose={closeStoredCard}
          onPointerInside={storedFlagCard.setPointerInside}
        />
      ) : null}
      {contextMenu && !hidden ? (
        <ManualFlagMenu
          label="Flag selection"
          problem={contextMenu.problem}
          className="context-menu"
          style={{ left: contextMenu.left, top: contextMenu.top }}
          testId="editor-context-menu"
          onClose={closeContextMenu}
          onChoose={(kind) => {
            setContextMenu(null)
            flagSelection(kind)
          }}
        />
      ) : null}
      {manualFlags.pending ? (
        <FlagNoteDialog
          pending={manualFlags.pending}
          onConfirm={manualFlags.confirmPending}
          onCancel={manualFlags.cancelPending}
        />
      ) : null}
      <StatusBar
        editor={editor}
        saveState={saveState}
        busyMessage={busyMessage}
        flagCounts={flagCounts}
        language={language}
        source={review.source}
        onJumpToFlag={flagActions.selectFirstFlag}
        onLanguageChange={(next) => checkService.setLanguage(next)}
        onShowHouseDictionary={onShowHouseDictionary}
        onShowLicences={onShowLicences}
      />
    </div>
  )
}
