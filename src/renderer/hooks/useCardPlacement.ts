import type { EditorView } from '@tiptap/pm/view'
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** Room kept free between a card and the window's edges. */
const WINDOW_MARGIN = 8
const GAP_TO_TEXT = 6

export interface CardPlacement {
  top: number
  left: number
  maxHeight: number
}

/**
 * Where a flag's card goes: below the whole flagged range (all its lines), or above it when
 * there is more room there, so it never covers the words it is about; it scrolls inside when
 * taller than its room. Once placed, it keeps its side as it grows or shrinks, so it does not
 * jump under the pointer or away from it. Null until measured, or when the range is gone.
 */
export function useCardPlacement(
  view: EditorView,
  range: { from: number; to: number },
  cardRef: RefObject<HTMLElement | null>,
  cardWidth: number,
): CardPlacement | null {
  const [placement, setPlacement] = useState<CardPlacement | null>(null)
  const sideRef = useRef<'above' | 'below' | null>(null)
  const { from, to } = range

  useLayoutEffect(() => {
    const place = () => {
      let first: { left: number; top: number }
      let last: { bottom: number }
      try {
        first = view.coordsAtPos(from)
        last = view.coordsAtPos(to, -1)
      } catch {
        setPlacement(null)
        return
      }
      const height = cardRef.current?.scrollHeight ?? 200
      const below = last.bottom + GAP_TO_TEXT
      const roomBelow = window.innerHeight - below - WINDOW_MARGIN
      const roomAbove = first.top - GAP_TO_TEXT - WINDOW_MARGIN
      const left = Math.max(
        WINDOW_MARGIN,
        Math.min(first.left, window.innerWidth - cardWidth - WINDOW_MARGIN),
      )
      const side =
        sideRef.current ?? (height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above')
      sideRef.current = side
      const next =
        side === 'below'
          ? { top: below, left, maxHeight: roomBelow }
          : {
              top: first.top - GAP_TO_TEXT - Math.min(height, roomAbove),
              left,
              maxHeight: roomAbove,
            }
      setPlacement((current) =>
        current &&
        current.top === next.top &&
        current.left === next.left &&
        current.maxHeight === next.maxHeight
          ? current
          : next,
      )
    }
    place()
    // Forms open and close inside the card; a card above the words must keep its bottom edge.
    const card = cardRef.current
    if (!card || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(place)
    observer.observe(card)
    return () => observer.disconnect()
  }, [from, to, view, cardRef, cardWidth])

  return placement
}

/**
 * Moves the focus to a card's first control when the reviewer opened it from the keyboard (the
 * Show Flag Card shortcut), then says so through `onFocusTaken`.
 */
export function useCardFocus(
  cardRef: RefObject<HTMLElement | null>,
  takeFocus: boolean,
  onFocusTaken: () => void,
): void {
  useEffect(() => {
    if (!takeFocus) return
    const first = cardRef.current?.querySelector<HTMLElement>(
      'button:not(:disabled), input, textarea, select, a[href]',
    )
    ;(first ?? cardRef.current)?.focus()
    onFocusTaken()
  }, [cardRef, takeFocus, onFocusTaken])
}
