import { useCallback, useEffect, useRef, useState } from 'react'
import type { CheckDecorationsOptions } from './checkDecorations'
import type { FlagInDocument } from './flagDecoration'

const HOVER_CLOSE_DELAY_MILLISECONDS = 250

type CardCallbacks = Pick<CheckDecorationsOptions, 'onSelectionFlag' | 'onHoverFlag' | 'onEscape'>

export interface FlagCardState {
  /** The flag whose card is open: the one under the pointer, else the one at the cursor. */
  card: FlagInDocument | null
  /** For the check decorations: where the cursor and pointer are, and Escape. */
  callbacks: CardCallbacks
  closeCard: () => void
  /** Lets the next flag the cursor lands on open its card again (F8, the flag counts). */
  reopenForNavigation: () => void
  /** The pointer entered or left the card, which keeps a hover card open. */
  setPointerInside: (inside: boolean) => void
}

/** Which flag card is open, following the cursor and the pointer. */
export function useFlagCard(): FlagCardState {
  const [selectionFlag, setSelectionFlag] = useState<FlagInDocument | null>(null)
  const [hoverFlag, setHoverFlag] = useState<FlagInDocument | null>(null)
  const [cardDismissed, setCardDismissed] = useState(false)
  const pointerInCardRef = useRef(false)
  const hoverTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  const cardOpenRef = useRef(false)

  // The editor is created once and keeps these; they only use refs and state setters.
  const [callbacks] = useState<CardCallbacks>(() => ({
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
