import type { KeyboardEvent, RefObject } from 'react'
import { useCallback, useLayoutEffect, useRef } from 'react'

/** The toolbar's own buttons: not those of a menu or popover opened from it. */
function toolbarItems(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLButtonElement>('button')].filter(
    (button) => !button.disabled && button.closest('[role="menu"], [role="dialog"]') === null,
  )
}

/** Makes one item the toolbar's single Tab stop. */
function makeTabStop(items: readonly HTMLElement[], stop: HTMLElement | undefined): void {
  for (const item of items) item.tabIndex = item === stop ? 0 : -1
}

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop (the button used last), and the
 * arrow keys, Home and End move between its buttons. Returns the toolbar's key and focus
 * handlers.
 */
export function useToolbarNavigation(toolbarRef: RefObject<HTMLElement | null>) {
  const currentRef = useRef<HTMLElement | null>(null)

  // After every render: buttons come, go and get disabled (Undo), and must not become stops.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current
    if (!toolbar) return
    const items = toolbarItems(toolbar)
    const current = currentRef.current
    makeTabStop(items, current && items.includes(current) ? current : items[0])
  })

  const onFocus = useCallback(
    (event: { target: EventTarget }) => {
      const toolbar = toolbarRef.current
      if (!toolbar) return
      const items = toolbarItems(toolbar)
      const focused = items.find((item) => item === event.target)
      if (!focused) return
      currentRef.current = focused
      makeTabStop(items, focused)
    },
    [toolbarRef],
  )

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const toolbar = toolbarRef.current
      if (!toolbar) return
      const items = toolbarItems(toolbar)
      const index = items.findIndex((item) => item === event.target)
      if (index < 0) return
      let next: number
      switch (event.key) {
        case 'ArrowRight':
          next = (index + 1) % items.length
          break
        case 'ArrowLeft':
          next = (index - 1 + items.length) % items.length
          break
        case 'Home':
          next = 0
          break
        case 'End':
          next = items.length - 1
          break
        default:
          return
      }
      event.preventDefault()
      items[next]?.focus()
    },
    [toolbarRef],
  )

  return { onFocus, onKeyDown }
}
