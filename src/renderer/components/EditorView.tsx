import type { Editor } from '@tiptap/core'
import { undoDepth } from '@tiptap/pm/history'
import type { EditorView as ProseMirrorView } from '@tiptap/pm/view'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import type { ReactNode, Ref } from 'react'
import {
  use,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
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
import type { Review, ReviewFlag, ReviewMetadata, SignOff } from '../../shared/review/reviewSchema'
import {
  changesSinceSignOff,
  openClaims,
  REVIEW_STATUS_LABELS,
  reviewStatus,
  SIGN_OFF_MEANING_LABELS,
  signOffState,
} from '../../shared/review/signOffState'
import { ReviewerContext } from '../review/reviewerContext'
import { PassphraseDialog } from './PassphraseDialog'
import { SignOffBlock } from './SignOffBlock'
import { SignOffDialog, type SignOffRequest } from './SignOffDialog'
import type { FlagInDocument } from '../checks/flagDecoration'
import { panelFlags, type PanelFlag } from '../review/flagsPanelModel'
import {
  reportedAnchors,
  setStoredFlags,
  storedFlagAt,
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
import { FlagCardRequests, requestFlagCard } from '../checks/flagCardRequests'
import { flagAt } from '../checks/flagQueries'
import { useIgnoreUndo } from '../checks/useIgnoreUndo'
import { announce } from '../hooks/announcer'
import type { Notices } from '../hooks/useNotices'
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
  /** Opens the find bar with its replace row. */
  openReplace: () => void
  /** Opens the card of the flag at the cursor and moves the focus into it. */
  showFlagCard: () => void
  selectFlag: (direction: 1 | -1) => void
  removeFurniture: () => void
  toggleFlagsPanel: () => void
  /** Flags the selected words (menu command or shortcut). */
  addManualFlag: (kind: ManualFlagKind) => void
  /** Saves, then opens the sign-off dialog. */
  signOff: () => void
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
  /** For notices that are withdrawn when what they report is undone. */
  notices: Pick<Notices, 'pushNotice' | 'dismissNotice'>
  checkService: CheckService
  onShowLicences: () => void
  onShowHouseDictionary: () => void
  onVerifyAuditTrail: () => void
  onImportNewVersion: () => void
  onShowVersions: () => void
  /** A newer copy of this review from main (after a sign-off), for the rest of the app. */
  onReviewChanged: (review: Review) => void
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

/** Selects a flag's words, scrolls them into view and asks for the flag's card (a jump). */
function showFlagWords(editor: Editor, from: number, to: number): void {
  editor
    .chain()
    .focus()
    .setTextSelection({ from, to })
    .scrollIntoView()
    .command(({ tr }) => {
      requestFlagCard(tr)
      return true
    })
    .run()
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
  notices,
  checkService,
  onShowLicences,
  onShowHouseDictionary,
  onVerifyAuditTrail,
  onImportNewVersion,
  onShowVersions,
  onReviewChanged,
  ref,
}: EditorViewProps) {
  const reviewFlagsRef = useRef<ReviewFlag[]>(review.flags)
  const reviewers = use(ReviewerContext)
  // The hash of the saved text (main computes it on every save): what a sign-off is bound to.
  const [savedContentHash, setSavedContentHash] = useState(review.contentHash)
  const savedContentHashRef = useRef(review.contentHash)
  const [signed, setSigned] = useState<Pick<Review, 'signOffs' | 'versions'>>({
    signOffs: review.signOffs,
    versions: review.versions,
  })
  const [signOffOpen, setSignOffOpen] = useState(false)
  const [passphraseOpen, setPassphraseOpen] = useState(false)
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
  const [replaceOpen, setReplaceOpen] = useState(false)
  const [findFocusRequest, setFindFocusRequest] = useState(0)
  // Set by the Show Flag Card shortcut: the card that opens takes the focus.
  const [cardTakesFocus, setCardTakesFocus] = useState(false)
  const { pushNotice, dismissNotice } = notices
  // Notices about a change to the text, with the undo depth just after the change.
  const undoableNoticesRef = useRef<{ id: number; depth: number }[]>([])
  const undoDismissalRef = useRef<() => boolean>(() => false)
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
      savedContentHashRef.current = saved.contentHash
      setSavedContentHash(saved.contentHash)
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
  const callbacksRef = useRef({ onOpenLink, onContentError, dismissNotice })
  useEffect(() => {
    callbacksRef.current = { onOpenLink, onContentError, dismissNotice }
  }, [onOpenLink, onContentError, dismissNotice])

  const editor = useEditor(
    {
      extensions: [
        ...draftSchemaExtensions(),
        DocumentSearch,
        FlagCardRequests,
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
      onTransaction: ({ editor: current }) => {
        const pending = undoableNoticesRef.current
        if (pending.length === 0) return
        const depth = undoDepth(current.state) as number
        const undone = pending.filter((notice) => depth < notice.depth)
        if (undone.length === 0) return
        undoableNoticesRef.current = pending.filter((notice) => depth >= notice.depth)
        for (const notice of undone) callbacksRef.current.dismissNotice(notice.id)
      },
      onContentError: ({ error }) =>
        callbacksRef.current.onContentError(
          `Part of this draft could not be shown: ${error.message}`,
        ),
      editorProps: {
        attributes: {
          class: 'document-body',
          id: 'article-text',
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
          // Undo right after "Ignore once" brings the flag back rather than undoing older typing.
          if (matchesAccelerator('CmdOrCtrl+Z', event, keyboardPlatform)) {
            if (!undoDismissalRef.current()) return false
            event.preventDefault()
            return true
          }
          return false
        },
        handleDOMEvents: {
          // Edit › Undo in the native menu arrives as a history input event.
          beforeinput: (_view, event) => {
            if (event.inputType !== 'historyUndo' || !undoDismissalRef.current()) return false
            event.preventDefault()
            return true
          },
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
    onUndoableNotice: (message) => showUndoableNotice(message),
    onError: onContentError,
    onDismissed: (flag) => ignoreUndo.dismissed(flag),
    announce,
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
  const ignoreUndo = useIgnoreUndo({
    editorRef,
    setStatus: manualFlags.setStatus,
    notices,
    announce,
  })
  undoDismissalRef.current = ignoreUndo.undoDismissal
  const { restore: restoreFlag } = ignoreUndo
  const restoreDismissed = useCallback((flag: ReviewFlag) => void restoreFlag(flag), [restoreFlag])
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
    setReplaceOpen(false)
    setFindFocusRequest((request) => request + 1)
  }, [])

  const openSignOff = useCallback(() => {
    // Sign what the reviewer sees: the dialog opens on the saved text.
    void autosave.flush().then((saved) => {
      if (saved) setSignOffOpen(true)
      else
        onContentError('Your latest changes could not be saved, so there is nothing to sign yet.')
    })
  }, [autosave, onContentError])

  const signOff = useCallback(
    async (request: SignOffRequest) => {
      if (!(await autosave.flush())) {
        throw new Error('Your latest changes could not be saved, so nothing was signed.')
      }
      const updated = await api.signOff({
        reviewId: review.id,
        contentHash: savedContentHashRef.current,
        ...request,
      })
      reviewFlagsRef.current = updated.flags
      setSigned({ signOffs: updated.signOffs, versions: updated.versions })
      setSignOffOpen(false)
      onReviewChanged(updated)
      onNotice(`Signed off: ${SIGN_OFF_MEANING_LABELS[request.meaning]}.`)
    },
    [api, autosave, onNotice, onReviewChanged, review.id],
  )

  const changesSince = useCallback(
    (signOff: SignOff) => {
      const current = editorRef.current
      if (!current) return null
      return changesSinceSignOff(signed, signOff, {
        metadata: metadataRef.current,
        content: current.getJSON(),
      })
    },
    [signed],
  )

  const copyByline = useCallback(
    (byline: string) => {
      navigator.clipboard.writeText(byline).then(
        () => onNotice('Byline copied.'),
        () => onContentError('The byline could not be copied; select it and copy it instead.'),
      )
    },
    [onContentError, onNotice],
  )

  const jumpToClaim = useCallback((flag: ReviewFlag) => {
    const current = editorRef.current
    const range = current ? storedFlagPositions(current.state).get(flag.id) : undefined
    setSignOffOpen(false)
    if (!current || !range) return
    // The text behind a modal dialog is inert: it takes the focus once the dialog has closed.
    setTimeout(() => showFlagWords(current, range.from, range.to), 0)
  }, [])

  const signOffs = useMemo(
    () => signOffState({ signOffs: signed.signOffs, contentHash: savedContentHash }),
    [signed, savedContentHash],
  )
  const status = reviewStatus({
    signOffs: signed.signOffs,
    versions: signed.versions,
    contentHash: savedContentHash,
    flags: reviewFlagsRef.current,
  })

  const openReplace = useCallback(() => {
    setFindOpen(true)
    setReplaceOpen(true)
    setFindFocusRequest((request) => request + 1)
  }, [])

  function showUndoableNotice(message: string) {
    const editor = editorRef.current
    const id = pushNotice({ kind: 'info', message })
    if (editor) {
      undoableNoticesRef.current = [
        ...undoableNoticesRef.current,
        { id, depth: undoDepth(editor.state) as number },
      ]
    }
  }

  const showFlagCard = useCallback(() => {
    const editor = editorRef.current
    if (!editor) return
    const { state } = editor
    const { from, to, empty, head } = state.selection
    if (flagAt(state, from, to) === null && (!empty || storedFlagAt(state, head) === null)) {
      announce('There is no flag at the cursor.')
      return
    }
    setCardTakesFocus(true)
    editor.view.dispatch(requestFlagCard(state.tr))
  }, [])

  useImperativeHandle(
    ref,
    () => ({
      reviewId: review.id,
      flush: () => autosave.flush(),
      discard: () => autosave.discard(),
      openFind,
      openReplace,
      showFlagCard,
      selectFlag: (direction) => selectFlag(direction),
      removeFurniture: removePageFurniture,
      toggleFlagsPanel: () => setFlagsPanelOpen((open) => !open),
      addManualFlag: flagSelection,
      signOff: openSignOff,
    }),
    [
      autosave,
      review.id,
      openFind,
      openReplace,
      showFlagCard,
      selectFlag,
      removePageFurniture,
      flagSelection,
      openSignOff,
    ],
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

  const titleHeadingId = useId()

  const closeFind = useCallback(() => {
    setFindOpen(false)
    editorRef.current?.commands.focus()
  }, [])

  useEffect(() => {
    if (hidden) return
    const title = metadata.title.trim() || 'Untitled draft'
    document.title = `${title} — ${REVIEW_STATUS_LABELS[status]} — Copydesk`
  }, [hidden, metadata.title, status])

  const jumpToFlag = useCallback((flag: PanelFlag) => {
    const current = editorRef.current
    if (!current || flag.from === null || flag.to === null) return
    showFlagWords(current, flag.from, flag.to)
  }, [])

  const closeContextMenu = useCallback((returnFocus: boolean) => {
    setContextMenu(null)
    if (returnFocus) editorRef.current?.commands.focus()
  }, [])

  const closeStoredCard = useCallback(() => {
    storedFlagCard.closeCard()
    editorRef.current?.commands.focus()
  }, [storedFlagCard])

  const closeCheckCard = useCallback(() => {
    flagCard.closeCard()
    editorRef.current?.commands.focus()
  }, [flagCard])

  const cardFocusTaken = useCallback(() => setCardTakesFocus(false), [])

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
      <a
        className="skip-link"
        href="#article-text"
        onClick={(event) => {
          event.preventDefault()
          editorRef.current?.commands.focus()
        }}
      >
        Skip to the article text
      </a>
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
        onSignOff={openSignOff}
        onFlagSelection={flagSelection}
      />
      {banner}
      <div className="editor-body">
        <main className="editor-scroller">
          {findOpen ? (
            <FindBar
              editor={editor}
              focusRequest={findFocusRequest}
              replaceOpen={replaceOpen}
              onReplaceOpenChange={setReplaceOpen}
              onClose={closeFind}
              onReplaced={showUndoableNotice}
            />
          ) : null}
          <article className="document" aria-labelledby={titleHeadingId}>
            <h1 id={titleHeadingId} className="visually-hidden">
              {metadata.title.trim() || 'Untitled draft'}
            </h1>
            <MetadataHeader
              metadata={metadata}
              onChange={updateMetadata}
              onLeaveTitle={focusTextStart}
            />
            <SignOffBlock
              state={signOffs}
              changesSince={changesSince}
              onSignOff={openSignOff}
              onCopy={copyByline}
            />
            <EditorContent editor={editor} className="document-content" data-testid="editor" />
          </article>
        </main>
        {flagsPanelOpen ? (
          <FlagsPanel
            flags={flagsInPanel}
            onJump={jumpToFlag}
            orphanActions={orphanActions}
            onRestore={restoreDismissed}
          />
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
          onClose={closeCheckCard}
          takeFocus={cardTakesFocus}
          onFocusTaken={cardFocusTaken}
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
          takeFocus={cardTakesFocus}
          onFocusTaken={cardFocusTaken}
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
      {signOffOpen ? (
        <SignOffDialog
          title={metadata.title}
          reviewer={reviewers.active}
          openClaims={openClaims({ flags: reviewFlagsRef.current })}
          onSign={signOff}
          onJumpToClaim={jumpToClaim}
          onSetPassphrase={() => setPassphraseOpen(true)}
          onSwitchReviewer={() => {
            setSignOffOpen(false)
            reviewers.openSwitcher()
          }}
          onClose={() => setSignOffOpen(false)}
        />
      ) : null}
      {passphraseOpen && reviewers.active ? (
        <PassphraseDialog
          api={api}
          reviewer={reviewers.active}
          onSaved={(profile) => {
            reviewers.onProfileUpdated(profile)
            setPassphraseOpen(false)
            onNotice('Passphrase saved.')
          }}
          onClose={() => setPassphraseOpen(false)}
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
