import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import type { RefObject } from 'react'
import { useCallback } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import type { FlagKind } from '../../shared/checks/checkFlag'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import type { AutosaveController } from '../editor/autosaveController'
import { errorMessage, shortcutLabel } from '../lib/formatting'
import { recheckBlocksContaining } from './checkScheduler'
import type { CheckService } from './checkService'
import { FLAG_KIND_LABELS } from '../../shared/review/flagKindLabels'
import { flagAnnouncement, shortFlagQuote } from './flagAnnouncement'
import { requestFlagCard } from './flagCardRequests'
import { removeFlagDecoration, selectAdjacentFlag } from './flagCommands'
import type { FlagInDocument } from './flagDecoration'
import { flagsInState } from './flagQueries'
import { addStoredFlags, storedFlagPositions } from '../review/storedFlagRanges'
import { acceptedSuggestionRange } from './acceptedSuggestionRange'
import { checkFlagRange } from './ignoredFlags'
import { removeFurniture } from './removeFurniture'

interface FlagActionsWiring {
  api: CopydeskApi
  reviewId: string
  editorRef: RefObject<Editor | null>
  /** The review's own flags (ignored once, …), saved with it. */
  reviewFlagsRef: RefObject<ReviewFlag[]>
  autosave: AutosaveController
  checkService: CheckService
  closeCard: () => void
  reopenForNavigation: () => void
  /** An automatic claim was kept so that a source can be attached: open its card's source form. */
  onKeptForSource: (flagId: string) => void
  onNotice: (message: string) => void
  /** A notice about a change to the text, withdrawn when Undo takes the change back. */
  onUndoableNotice: (message: string) => void
  onError: (message: string) => void
  /** A check flag was dismissed and stored, so it can be brought back. */
  onDismissed: (flag: ReviewFlag) => void
  announce: (message: string) => void
}

export interface FlagActions {
  acceptSuggestion: (target: FlagInDocument, suggestion: string) => void
  /** Dismisses the flag (ignored once, not a claim) with the reviewer's reason. */
  ignoreFlag: (target: FlagInDocument, reason: string) => void
  /** Keeps an automatic claim as a stored flag and opens its card to attach a source. */
  addSourceToClaim: (target: FlagInDocument) => void
  addToDictionary: (target: FlagInDocument) => void
  /** Selects the next (or previous) flag, optionally of one kind. */
  selectFlag: (direction: 1 | -1, kind?: FlagKind) => void
  /** Selects the first flag of a kind in the document. */
  selectFirstFlag: (kind: FlagKind) => void
  removePageFurniture: () => void
}

/** What the flag card, F8, the flag counts and "Remove page furniture" do to the document. */
export function useFlagActions({
  api,
  reviewId,
  editorRef,
  reviewFlagsRef,
  autosave,
  checkService,
  closeCard,
  reopenForNavigation,
  onKeptForSource,
  onNotice,
  onUndoableNotice,
  onError,
  onDismissed,
  announce,
}: FlagActionsWiring): FlagActions {
  const storeFlag = useCallback(
    (flag: ReviewFlag) => {
      reviewFlagsRef.current = [
        ...reviewFlagsRef.current.filter((stored) => stored.id !== flag.id),
        flag,
      ]
      const view = editorRef.current?.view
      if (view) view.dispatch(addStoredFlags(view.state.tr, [flag]))
    },
    [editorRef, reviewFlagsRef],
  )

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
      announce(
        suggestion === ''
          ? `Removed “${shortFlagQuote(target.flag.actual)}”.`
          : `Replaced “${shortFlagQuote(target.flag.actual)}” with “${suggestion}”.`,
      )
      const fixedRange = acceptedSuggestionRange(view.state.doc, target.from, suggestion)
      if (fixedRange === null) return
      const { kind, ruleId, severity, message, suggestions, actual } = target.flag
      const record = async () => {
        // Main checks the range against the saved text, so the text is saved first.
        if (!(await autosave.flush())) throw new Error('the latest changes are not saved yet')
        return api.fixCheckFlag({
          reviewId,
          range: fixedRange,
          kind,
          ruleId,
          severity,
          message,
          expected: suggestions,
          original: actual,
          replacement: suggestion,
        })
      }
      record().then(storeFlag, (error: unknown) =>
        onError(`“${actual}” was corrected, but the fix was not recorded: ${errorMessage(error)}`),
      )
    },
    [announce, api, autosave, closeCard, editorRef, onError, reviewId, storeFlag],
  )

  const ignoreFlag = useCallback(
    (target: FlagInDocument, reason: string) => {
      const view = editorRef.current?.view
      if (!view) return
      const range = checkFlagRange(view.state.doc, target)
      removeFlagDecoration(view, target)
      closeCard()
      view.focus()
      if (range === null) return
      const { kind, ruleId, severity, message, suggestions } = target.flag
      // Main checks the range against the saved text, so the text is saved first.
      autosave
        .flush()
        .then(() =>
          api.dismissCheckFlag({
            reviewId,
            range,
            kind,
            ruleId,
            severity,
            message,
            expected: suggestions,
            reason,
          }),
        )
        .then(
          (dismissed) => {
            storeFlag(dismissed)
            onDismissed(dismissed)
          },
          (error: unknown) => {
            const current = editorRef.current?.view
            if (current) recheckBlocksContaining(current, target.flag.actual)
            onError(`“${target.flag.actual}” could not be ignored: ${errorMessage(error)}`)
          },
        )
    },
    [api, autosave, closeCard, editorRef, onDismissed, onError, reviewId, storeFlag],
  )

  const addSourceToClaim = useCallback(
    (target: FlagInDocument) => {
      const view = editorRef.current?.view
      if (!view) return
      const range = checkFlagRange(view.state.doc, target)
      if (range === null) {
        closeCard()
        return
      }
      const { kind, ruleId, severity, message, suggestions } = target.flag
      const keep = async () => {
        // Main checks the range against the saved text, so the text is saved first.
        if (!(await autosave.flush())) throw new Error('the latest changes are not saved yet')
        return api.keepCheckFlag({
          reviewId,
          range,
          kind,
          ruleId,
          severity,
          message,
          expected: suggestions,
        })
      }
      keep().then(
        (kept) => {
          storeFlag(kept)
          closeCard()
          onKeptForSource(kept.id)
          const current = editorRef.current
          const place = current && storedFlagPositions(current.state).get(kept.id)
          // The cursor inside the kept flag opens its card (the stored card wins over the check's).
          if (current && place) {
            const { state } = current
            const cursor = TextSelection.create(state.doc, Math.min(place.from + 1, place.to))
            current.view.dispatch(requestFlagCard(state.tr.setSelection(cursor)))
          }
        },
        (error: unknown) =>
          onError(`A source cannot be added to “${range.exact}”: ${errorMessage(error)}`),
      )
    },
    [api, autosave, closeCard, editorRef, onError, onKeptForSource, reviewId, storeFlag],
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
          onError(`“${word}” could not be added to the house dictionary: ${String(error)}`),
      )
    },
    [checkService, closeCard, editorRef, onError, onNotice],
  )

  const selectFlag = useCallback(
    (direction: 1 | -1, kind?: FlagKind) => {
      const view = editorRef.current?.view
      if (!view) return
      reopenForNavigation()
      const target = selectAdjacentFlag(view, direction, kind)
      if (!target) {
        announce('There are no flags to go to.')
        return
      }
      const flags = flagsInState(view.state).filter((entry) => !kind || entry.flag.kind === kind)
      const position =
        flags.findIndex((entry) => entry.from === target.from && entry.to === target.to) + 1
      const { flag } = target
      announce(
        flagAnnouncement(
          { label: FLAG_KIND_LABELS[flag.kind], message: flag.message, quote: flag.actual },
          { position, total: flags.length },
        ),
      )
    },
    [announce, editorRef, reopenForNavigation],
  )

  const selectFirstFlag = useCallback(
    (kind: FlagKind) => {
      const view = editorRef.current?.view
      if (!view) return
      view.dispatch(view.state.tr.setSelection(TextSelection.atStart(view.state.doc)))
      selectFlag(1, kind)
    },
    [editorRef, selectFlag],
  )

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
    onUndoableNotice(`${removal.summary}. Undo (${shortcutLabel('Z')}) brings it back.`)
  }, [editorRef, onNotice, onUndoableNotice, reviewFlagsRef])

  return {
    acceptSuggestion,
    ignoreFlag,
    addSourceToClaim,
    addToDictionary,
    selectFlag,
    selectFirstFlag,
    removePageFurniture,
  }
}
