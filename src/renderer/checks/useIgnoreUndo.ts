import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { RefObject } from 'react'
import { useCallback, useMemo, useRef } from 'react'
import { FLAG_STATUS_POLICY } from '../../shared/review/flagStatus'
import type { FlagStatus, ReviewFlag } from '../../shared/review/reviewSchema'
import type { Notices } from '../hooks/useNotices'
import { shortcutLabel } from '../lib/formatting'
import { recheckBlocksContaining } from './checkScheduler'
import { shortFlagQuote } from './flagAnnouncement'

interface IgnoreUndoWiring {
  editorRef: RefObject<Editor | null>
  /** Main changes the status; resolves true once stored (false after showing why not). */
  setStatus: (flagId: string, status: FlagStatus, reason: string | null) => Promise<boolean>
  notices: Pick<Notices, 'pushNotice' | 'dismissNotice'>
  announce: (message: string) => void
}

export interface IgnoreUndo {
  /** A check flag was just dismissed: offer Undo in a notice and on Ctrl/Cmd+Z. */
  dismissed: (flag: ReviewFlag) => void
  /**
   * Ctrl/Cmd+Z: brings back the flag dismissed last, when the text has not changed since (else
   * Undo is the editor's). True when it did.
   */
  undoDismissal: () => boolean
  /** Brings back a dismissed automatic flag ("Restore" in the flags panel). */
  restore: (flag: ReviewFlag) => Promise<void>
}

/** Undoing "Ignore once" and "Not a claim": the flag is open again and its underline returns. */
export function useIgnoreUndo({
  editorRef,
  setStatus,
  notices,
  announce,
}: IgnoreUndoWiring): IgnoreUndo {
  const { pushNotice, dismissNotice } = notices
  const lastRef = useRef<{ flag: ReviewFlag; doc: ProseMirrorNode; noticeId: number } | null>(null)

  const restore = useCallback(
    async (flag: ReviewFlag) => {
      const last = lastRef.current
      if (last?.flag.id === flag.id) {
        lastRef.current = null
        dismissNotice(last.noticeId)
      }
      if (!(await setStatus(flag.id, FLAG_STATUS_POLICY[flag.kind].initial, null))) return
      const view = editorRef.current?.view
      if (view) recheckBlocksContaining(view, flag.anchor.exact)
      announce(`Restored the flag on “${shortFlagQuote(flag.anchor.exact)}”.`)
    },
    [announce, dismissNotice, editorRef, setStatus],
  )

  const dismissed = useCallback(
    (flag: ReviewFlag) => {
      const editor = editorRef.current
      if (!editor) return
      const previous = lastRef.current
      if (previous) dismissNotice(previous.noticeId)
      const noticeId = pushNotice({
        kind: 'info',
        message: `Dismissed the flag on “${shortFlagQuote(flag.anchor.exact)}”. Undo (${shortcutLabel('Z')}) brings it back.`,
        action: { label: 'Undo', run: () => restore(flag) },
      })
      lastRef.current = { flag, doc: editor.state.doc, noticeId }
    },
    [dismissNotice, editorRef, pushNotice, restore],
  )

  const undoDismissal = useCallback(() => {
    const last = lastRef.current
    const editor = editorRef.current
    if (!last || !editor || editor.state.doc !== last.doc) return false
    void restore(last.flag)
    return true
  }, [editorRef, restore])

  return useMemo(() => ({ dismissed, undoDismissal, restore }), [dismissed, undoDismissal, restore])
}
