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
import { removeFlagDecoration, selectAdjacentFlag } from './flagCommands'
import type { FlagInDocument } from './flagDecoration'
import { addStoredFlags } from '../review/storedFlagRanges'
import { checkFlagRange } from './ignoredFlags'
import { removeFurniture } from './removeFurniture'

/** Recorded with "Ignore once" until the flag card asks for a reason of its own. */
export const IGNORE_ONCE_REASON = 'Ignored once from the flag card'

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
  onNotice: (message: string) => void
  onError: (message: string) => void
}

export interface FlagActions {
  acceptSuggestion: (target: FlagInDocument, suggestion: string) => void
  ignoreFlag: (target: FlagInDocument) => void
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
  onNotice,
  onError,
}: FlagActionsWiring): FlagActions {
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
    [closeCard, editorRef],
  )

  const ignoreFlag = useCallback(
    (target: FlagInDocument) => {
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
            reason: IGNORE_ONCE_REASON,
          }),
        )
        .then(
          (dismissed) => {
            reviewFlagsRef.current = [
              ...reviewFlagsRef.current.filter((flag) => flag.id !== dismissed.id),
              dismissed,
            ]
            const current = editorRef.current?.view
            if (current) current.dispatch(addStoredFlags(current.state.tr, [dismissed]))
          },
          (error: unknown) => {
            const current = editorRef.current?.view
            if (current) recheckBlocksContaining(current, target.flag.actual)
            onError(`“${target.flag.actual}” could not be ignored: ${errorMessage(error)}`)
          },
        )
    },
    [api, autosave, closeCard, editorRef, onError, reviewFlagsRef, reviewId],
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
      selectAdjacentFlag(view, direction, kind)
    },
    [editorRef, reopenForNavigation],
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
    onNotice(`${removal.summary}. Undo (${shortcutLabel('Z')}) brings it back.`)
  }, [editorRef, onNotice, reviewFlagsRef])

  return {
    acceptSuggestion,
    ignoreFlag,
    addToDictionary,
    selectFlag,
    selectFirstFlag,
    removePageFurniture,
  }
}
