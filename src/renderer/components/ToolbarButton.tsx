import type { LucideIcon } from 'lucide-react'
import type { Ref } from 'react'

interface ToolbarButtonProps {
  name: string
  label: string
  icon: LucideIcon
  onClick: () => void
  shortcut?: string
  /** Shown next to the icon; icon-only when absent. */
  text?: string
  active?: boolean
  disabled?: boolean
  /** Keeps the editor's selection when the button is pressed with the mouse. */
  keepEditorFocus?: boolean
  expanded?: boolean
  /** The kind of popup the button opens, e.g. 'menu'. */
  hasPopup?: 'menu' | 'dialog'
  ref?: Ref<HTMLButtonElement>
}

export function ToolbarButton({
  name,
  label,
  icon: Icon,
  onClick,
  shortcut,
  text,
  active,
  disabled,
  keepEditorFocus,
  expanded,
  hasPopup,
  ref,
}: ToolbarButtonProps) {
  return (
    <button
      ref={ref}
      type="button"
      className={`toolbar-button${text ? ' toolbar-button--labelled' : ''}`}
      data-testid={`toolbar-${name}`}
      aria-label={label}
      aria-pressed={active}
      aria-expanded={expanded}
      aria-haspopup={hasPopup}
      aria-keyshortcuts={shortcut}
      data-tooltip={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={keepEditorFocus ? (event) => event.preventDefault() : undefined}
      onClick={onClick}
    >
      <Icon size={16} strokeWidth={1.8} aria-hidden="true" />
      {text ? <span>{text}</span> : null}
    </button>
  )
}
