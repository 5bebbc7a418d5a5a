import type { Editor } from '@tiptap/core'
import { Flag } from 'lucide-react'
import { useCallback, useRef, useState } from 'react'
import type { ManualFlagKind } from '../../shared/review/manualFlags'
import { selectionTextRange } from '../review/selectionTextRange'
import { ManualFlagMenu } from './ManualFlagMenu'
import { ToolbarButton } from './ToolbarButton'

interface FlagMenuButtonProps {
  editor: Editor
  onFlag: (kind: ManualFlagKind) => void
}

/** Why the editor's selection cannot be flagged, or null when it can. */
export function selectionFlagProblem(editor: Editor): string | null {
  const { from, to } = editor.state.selection
  const selected = selectionTextRange(editor.state.doc, from, to)
  return selected.ok ? null : selected.problem
}

/** The toolbar's "Flag" menu button (WAI-ARIA menu button): the four manual flags. */
export function FlagMenuButton({ editor, onFlag }: FlagMenuButtonProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)

  const openMenu = () => {
    setProblem(selectionFlagProblem(editor))
    setOpen(true)
  }
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  return (
    <div
      className="popover-anchor"
      onKeyDown={(event) => {
        if (!open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
          event.preventDefault()
          openMenu()
        }
      }}
    >
      <ToolbarButton
        ref={buttonRef}
        name="flag"
        label="Flag selection"
        text="Flag"
        icon={Flag}
        hasPopup="menu"
        expanded={open}
        keepEditorFocus
        onClick={() => (open ? close(true) : openMenu())}
      />
      {open ? (
        <ManualFlagMenu
          label="Flag selection"
          problem={problem}
          className="toolbar-menu"
          testId="flag-menu"
          ownerRef={buttonRef}
          onClose={close}
          onChoose={(kind) => {
            setOpen(false)
            onFlag(kind)
          }}
        />
      ) : null}
    </div>
  )
}
