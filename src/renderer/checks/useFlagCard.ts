import { useCallback, useEffect, useRef, useState } from 'react'
import type { FlagInDocument } from './flagDecoration'

const HOVER_CLOSE_DELAY_MILLISECONDS = 250

interface CardCallbacks<Target> {
  onSelectionFlag: (flag: Target | null) => void
  onHoverFlag: (flag: Target | null) => void
  /** Escape in the editor; returns true when it closed something. */
  onEscape: () => boolean
}

export interface FlagCardState<Target = FlagInDocument> {
  /** The flag whose card is open: the one under the pointer, else the one at the cursor. */
  card: Target | null
  /** For the decorations: where the cursor and pointer are, and Escape. */
  callbacks: CardCallbacks<Target>
  closeCard: () => void
  /** Lets the next flag the cursor lands on open its card again (F8, the flag counts). */
  reopenForNavigation: () => void
  /** The pointer entered or left the card, which keeps a hover card open. */
  setPointerInside: (inside: boolean) => void
}

/**
 * Which flag card is open, following the cursor and the pointer: for check flags, and for
 * stored flags (`Target` is where the flag is in the document).
 */
export function useFlagCard<Target = FlagInDocument>(): FlagCardState<Target> {
  const [selectionFlag, setSelectionFlag] = useState<Target | null>(null)
  const [hoverFlag, setHoverFlag] = useState<Target | null>(null)
  const [cardDismissed, setCardDismissed] = useState(false)
  const pointerInCardRef = useRef(false)
  const hoverTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const cardOpenRef = useRef(false)

  // The editor is created once and keeps these; they only use refs and state setters.
  const [callbacks] = useState<CardCallbacks<Target>>(() => ({
    onSelectionFlag: (flag) => {
      setSelectionFlag(flag)
      setCardDismissed(false)
    },
    onHoverFlag: (flag) => {
      if (hoverTimerRef.current !== null) clearTimeout(hoverTimerRef.current)
      hoverTimerRef.current = null
      if (flag) {
        setHoverFlag(flag)
        setCardDismissed(false)
        return
      }
      hoverTimerRef.current = setTimeout(() => {
        if (!pointerInCardRef.current) setHoverFlag(null)
      }, HOVER_CLOSE_DELAY_MILLISECONDS)
    },
    onEscape: () => {
      if (!cardOpenRef.current) return false
      setCardDismissed(true)
      setHoverFlag(null)
      return true
    },
  }))

  const card = cardDismissed ? null : (hoverFlag ?? selectionFlag)
  useEffect(() => {
    cardOpenRef.current = card !== null
  }, [card])

  const closeCard = useCallback(() => {
    setHoverFlag(null)
    setCardDismissed(true)
    pointerInCardRef.current = false
  }, [])

  const reopenForNavigation = useCallback(() => {
    setHoverFlag(null)
    setCardDismissed(false)
  }, [])

  const setPointerInside = useCallback((inside: boolean) => {
    pointerInCardRef.current = inside
    if (!inside) setHoverFlag(null)
  }, [])

  return { card, callbacks, closeCard, reopenForNavigation, setPointerInside }
}
