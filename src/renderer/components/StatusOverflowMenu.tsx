import { Ellipsis } from 'lucide-react'
import type { ReactNode } from 'react'
import { useEffect, useId, useRef, useState } from 'react'

/**
 * "More" at the end of a narrow status bar: the items the bar has no room for (the CSS hides
 * them by priority as the bar narrows), listed in a popover above it instead of clipped.
 */
export function StatusOverflowMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const anchor = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !anchor.current?.contains(event.target)) setOpen(false)
    }
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', closeOutside)
    document.addEventListener('keydown', closeOnEscape)
    return () => {
      document.removeEventListener('pointerdown', closeOutside)
      document.removeEventListener('keydown', closeOnEscape)
    }
  }, [open])

  return (
    <div className="popover-anchor status-more" ref={anchor}>
      <button
        ref={button}
        type="button"
        className="check-count"
        data-testid="status-more"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        <Ellipsis size={14} aria-hidden="true" />
        More
      </button>
      {open ? (
        <div
          id={panelId}
          className="popover status-more-panel"
          role="group"
          aria-label="More status"
          data-testid="status-more-panel"
        >
          {children}
        </div>
      ) : null}
    </div>
  )
}
