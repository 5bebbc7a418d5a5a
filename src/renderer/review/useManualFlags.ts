import type { Editor } from '@tiptap/core'
import type { RefObject } from 'react'
import { useCallback, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import {
  MANUAL_FLAGS,
  manualFlagNeedsNote,
  type ManualFlagKind,
} from '../../shared/review/manualFlags'
import type { ClaimSourceFields, FlagStatus, ReviewFlag } from '../../shared/review/reviewSchema'
import type { AutosaveController } from '../editor/autosaveController'
import { errorMessage } from '../lib/formatting'
import { selectionTextRange, type QuotedTextRange } from './selectionTextRange'
import { addStoredFlags, updateStoredFlags } from './storedFlagRanges'

interface ManualFlagsWiring {
  api: CopydeskApi
  reviewId: string
  editorRef: RefObject<Editor | null>
  /** The review's own flags, kept in step with what main stores. */
  reviewFlagsRef: RefObject<ReviewFlag[]>
  autosave: AutosaveController
  onNotice: (message: string) => void
  onError: (message: string) => void
}

/** A flag waiting for its first note (comments and medical questions). */
export interface PendingManualFlag {
  kind: ManualFlagKind
  range: QuotedTextRange
}

export interface ManualFlags {
  /** Flags the selection: at once, or after asking for a note. */
  flagSelection: (kind: ManualFlagKind) => void
  pending: PendingManualFlag | null
  /** Creates the pending flag with its note; resolves once stored (false on failure). */
  confirmPending: (note: string) => Promise<boolean>
  cancelPending: () => void
  addNote: (flagId: string, text: string) => Promise<boolean>
  setStatus: (flagId: string, status: FlagStatus, reason: string | null) => Promise<boolean>
  /** Moves a flag (an orphan, usually) to the selected words; resolves true once stored. */
  reattachToSelection: (flagId: string) => Promise<boolean>
  /** Source commands resolve to null once stored, or to main's reason for refusing. */
  attachSource: (flagId: string, source: SourceToAttach) => Promise<string | null>
  editSource: (
    flagId: string,
    sourceId: string,
    source: ClaimSourceFields,
  ) => Promise<string | null>
  detachSource: (flagId: string, sourceId: string) => Promise<string | null>
}

/** New fields, or a source already attached to another claim of the review. */
export type SourceToAttach =
  { source: ClaimSourceFields } | { fromSource: { flagId: string; sourceId: string } }

/** What the reviewer does to manual flags: raise one on a selection, add notes, change status. */
export function useManualFlags({
  api,
  reviewId,
  editorRef,
  reviewFlagsRef,
  autosave,
  onNotice,
  onError,
}: ManualFlagsWiring): ManualFlags {
  const [pending, setPending] = useState<PendingManualFlag | null>(null)
  // Bumped whenever a stored flag changes, so the open card re-renders with it.
  const [, setRevision] = useState(0)

  const keepFlag = useCallback(
    /** `alsoChanged`: other stored flags the command changed too (only for an update). */
    (flag: ReviewFlag, isNew: boolean, alsoChanged: readonly ReviewFlag[] = []) => {
      const changedIds = new Set([flag.id, ...alsoChanged.map((other) => other.id)])
      reviewFlagsRef.current = [
        ...reviewFlagsRef.current.filter((stored) => !changedIds.has(stored.id)),
        ...alsoChanged,
        flag,
      ]
      const view = editorRef.current?.view
      if (view) {
        // One meta per transaction: the flags are changed together.
        view.dispatch(
          isNew
            ? addStoredFlags(view.state.tr, [flag])
            : updateStoredFlags(view.state.tr, [...alsoChanged, flag]),
        )
      }
      setRevision((current) => current + 1)
    },
    [editorRef, reviewFlagsRef],
  )

  const createFlag = useCallback(
    async (kind: ManualFlagKind, range: QuotedTextRange, note?: string): Promise<boolean> => {
      const label = MANUAL_FLAGS[kind].label
      try {
        // Main checks the range against the saved text, so the text is saved first.
        if (!(await autosave.flush())) throw new Error('the latest changes are not saved yet')
        const flag = await api.createFlag({ reviewId, kind, range, note })
        keepFlag(flag, true)
        onNotice(`Flagged “${range.exact}” as ${label}.`)
        return true
      } catch (error) {
        onError(`“${range.exact}” could not be flagged as ${label}: ${errorMessage(error)}`)
        return false
      }
    },
    [api, autosave, keepFlag, onError, onNotice, reviewId],
  )

  const flagSelection = useCallback(
    (kind: ManualFlagKind) => {
      const editor = editorRef.current
      if (!editor) return
      const { from, to } = editor.state.selection
      const selected = selectionTextRange(editor.state.doc, from, to)
      if (!selected.ok) {
        onNotice(selected.problem)
        editor.commands.focus()
        return
      }
      if (manualFlagNeedsNote(kind)) {
        setPending({ kind, range: selected.range })
        return
      }
      editor.commands.focus()
      void createFlag(kind, selected.range)
    },
    [createFlag, editorRef, onNotice],
  )

  const confirmPending = useCallback(
    async (note: string) => {
      if (!pending) return false
      const created = await createFlag(pending.kind, pending.range, note)
      if (created) {
        setPending(null)
        editorRef.current?.commands.focus()
      }
      return created
    },
    [createFlag, editorRef, pending],
  )

  const cancelPending = useCallback(() => {
    setPending(null)
    editorRef.current?.commands.focus()
  }, [editorRef])

  const addNote = useCallback(
    async (flagId: string, text: string) => {
      try {
        keepFlag(await api.addFlagNote({ reviewId, flagId, text }), false)
        return true
      } catch (error) {
        onError(`The note could not be added: ${errorMessage(error)}`)
        return false
      }
    },
    [api, keepFlag, onError, reviewId],
  )

  const setStatus = useCallback(
    async (flagId: string, status: FlagStatus, reason: string | null) => {
      try {
        const input = { reviewId, flagId, status, ...(reason ? { reason } : {}) }
        keepFlag(await api.setFlagStatus(input), false)
        return true
      } catch (error) {
        onError(`The flag’s status could not be changed: ${errorMessage(error)}`)
        return false
      }
    },
    [api, keepFlag, onError, reviewId],
  )

  const reattachToSelection = useCallback(
    async (flagId: string) => {
      const editor = editorRef.current
      if (!editor) return false
      const { from, to } = editor.state.selection
      const selected = selectionTextRange(editor.state.doc, from, to)
      if (!selected.ok) {
        onNotice(selected.problem)
        return false
      }
      const { range } = selected
      try {
        // Main checks the range against the saved text, so the text is saved first.
        if (!(await autosave.flush())) throw new Error('the latest changes are not saved yet')
        const flag = await api.reattachFlag({ reviewId, flagId, range })
        // Added afresh: an orphan's old, collapsed place must give way to the new one.
        keepFlag(flag, true)
        onNotice(`Re-attached the flag to “${range.exact}”.`)
        return true
      } catch (error) {
        onError(`The flag could not be re-attached to “${range.exact}”: ${errorMessage(error)}`)
        return false
      }
    },
    [api, autosave, editorRef, keepFlag, onError, onNotice, reviewId],
  )

  const attachSource = useCallback(
    async (flagId: string, toAttach: SourceToAttach) => {
      try {
        keepFlag(await api.attachSource({ reviewId, flagId, ...toAttach }), false)
        return null
      } catch (error) {
        return errorMessage(error)
      }
    },
    [api, keepFlag, reviewId],
  )

  const editSource = useCallback(
    async (flagId: string, sourceId: string, source: ClaimSourceFields) => {
      try {
        const edited = await api.editSource({ reviewId, flagId, sourceId, source })
        const changed = edited.sources.find((attached) => attached.id === sourceId)
        // Main edits a shared source on every claim it backs.
        const sharing = reviewFlagsRef.current
          .filter((other) => other.id !== flagId)
          .filter((other) => other.sources.some((attached) => attached.id === sourceId))
          .map((other) => ({
            ...other,
            sources: other.sources.map((attached) =>
              attached.id === sourceId && changed ? changed : attached,
            ),
          }))
        keepFlag(edited, false, sharing)
        return null
      } catch (error) {
        return errorMessage(error)
      }
    },
    [api, keepFlag, reviewFlagsRef, reviewId],
  )

  const detachSource = useCallback(
    async (flagId: string, sourceId: string) => {
      try {
        keepFlag(await api.detachSource({ reviewId, flagId, sourceId }), false)
        return null
      } catch (error) {
        return errorMessage(error)
      }
    },
    [api, keepFlag, reviewId],
  )

  return {
    flagSelection,
    pending,
    confirmPending,
    cancelPending,
    addNote,
    setStatus,
    reattachToSelection,
    attachSource,
    editSource,
    detachSource,
  }
}
