import type { CSSProperties, KeyboardEvent, RefObject } from 'react'
import { useEffect, useId, useRef } from 'react'
import {
  MANUAL_FLAG_KINDS,
  MANUAL_FLAGS,
  manualFlagCommand,
  manualFlagNeedsNote,
  type ManualFlagKind,
} from '../../shared/review/manualFlags'
import { commandShortcutLabel } from '../lib/formatting'

interface ManualFlagMenuProps {
  /** The menu's name for screen readers. */
  label: string
  /** Why nothing can be flagged now (no words selected), or null. */
  problem: string | null
  className: string
  style?: CSSProperties
  onChoose: (kind: ManualFlagKind) => void
  /** Escape, Tab or a click elsewhere; `returnFocus` is false when focus moves on by itself. */
  onClose: (returnFocus: boolean) => void
  testId: string
  /** Presses here are not "elsewhere": the menu button toggles the menu itself. */
  ownerRef?: RefObject<HTMLElement | null>
}

/**
 * The four manual flags as a menu (WAI-ARIA menu pattern): the first item takes the focus,
 * arrows, Home and End move, Enter or Space chooses, Escape closes.
 */
export function ManualFlagMenu({
  label,
  problem,
  className,
  style,
  onChoose,
  onClose,
  testId,
  ownerRef,
}: ManualFlagMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null)
  const problemId = useId()

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const closeOnOutsidePress = (event: PointerEvent) => {
      const target = event.target as Node
      if (menuRef.current?.contains(target) || ownerRef?.current?.contains(target)) return
      onClose(false)
    }
    document.addEventListener('pointerdown', closeOnOutsidePress, true)
    return () => document.removeEventListener('pointerdown', closeOnOutsidePress, true)
  }, [onClose, ownerRef])

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const current = items.indexOf(document.activeElement as HTMLElement)
    const last = items.length - 1
    const targets: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose(true)
    } else if (event.key === 'Tab') {
      onClose(false)
    } else if (event.key in targets) {
      event.preventDefault()
      items[targets[event.key] ?? 0]?.focus()
    }
  }

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={label}
      aria-describedby={problem ? problemId : undefined}
      className={`menu ${className}`}
      style={style}
      data-testid={testId}
      onKeyDown={moveFocus}
      // The editor keeps its selection while the menu is used with the mouse.
      onMouseDown={(event) => event.preventDefault()}
    >
      {problem ? (
        <p id={problemId} className="menu-note">
          {problem}
        </p>
      ) : null}
      {MANUAL_FLAG_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu-item"
          aria-disabled={problem !== null}
          aria-keyshortcuts={commandShortcutLabel(manualFlagCommand(kind))}
          data-testid={`flag-menu-${kind}`}
          onClick={() => {
            if (problem === null) onChoose(kind)
          }}
        >
          <span className={`flag-swatch flag-swatch--stored-${kind}`} aria-hidden="true" />
          <span className="menu-item-label">
            {MANUAL_FLAGS[kind].label}
            {manualFlagNeedsNote(kind) ? '…' : ''}
          </span>
          <span className="menu-item-shortcut" aria-hidden="true">
            {commandShortcutLabel(manualFlagCommand(kind))}
          </span>
        </button>
      ))}
    </div>
  )
}
