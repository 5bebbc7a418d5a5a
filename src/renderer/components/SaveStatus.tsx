import { CircleAlert, Check, LoaderCircle } from 'lucide-react'
import type { SaveState } from '../editor/autosaveController'
import { formatTime } from '../lib/formatting'

export function SaveStatus({ state }: { state: SaveState }) {
  let content
  switch (state.kind) {
    case 'saved':
      content = (
        <>
          <Check size={13} aria-hidden="true" />
          Saved {formatTime(state.at)}
        </>
      )
      break
    case 'saving':
      content = (
        <>
          <LoaderCircle size={13} className="spin" aria-hidden="true" />
          Saving…
        </>
      )
      break
    case 'unsaved':
      content = 'Unsaved changes'
      break
    case 'failed':
      content = (
        <>
          <CircleAlert size={13} aria-hidden="true" />
          Save failed: {state.message}
        </>
      )
      break
  }
  return (
    <span
      className={`status-item save-status save-status--${state.kind}`}
      data-testid="save-status"
      role="status"
      title={state.kind === 'failed' ? state.message : undefined}
    >
      {content}
    </span>
  )
}
