import { useEffect } from 'react'

/** Keeps this far from the window's edges. */
const WINDOW_MARGIN = 8
const TOOLTIP_GAP = 6

/**
 * Tooltips are drawn below their control and centred on it (`[data-tooltip]::after`). When
 * that would cross the window's edge — a button at either end of a bar, a status-bar control
 * at the bottom — the control gets `data-tooltip-align` (start/end) or `data-tooltip-side`
 * (above), measured when the pointer or the focus arrives, before the tooltip fades in.
 */
export function useTooltipsInsideWindow(): void {
  useEffect(() => {
    const place = (event: Event) => {
      if (!(event.target instanceof Element)) return
      const control = event.target.closest<HTMLElement>('[data-tooltip]')
      if (!control) return
      const tooltip = getComputedStyle(control, '::after')
      const tooltipWidth = parseFloat(tooltip.width) || 0
      const tooltipHeight = parseFloat(tooltip.height) || 0
      const bounds = control.getBoundingClientRect()
      const centre = bounds.left + bounds.width / 2
      if (centre - tooltipWidth / 2 < WINDOW_MARGIN) control.dataset.tooltipAlign = 'start'
      else if (centre + tooltipWidth / 2 > window.innerWidth - WINDOW_MARGIN) {
        control.dataset.tooltipAlign = 'end'
      } else delete control.dataset.tooltipAlign
      const below = bounds.bottom + TOOLTIP_GAP + tooltipHeight
      if (below > window.innerHeight - WINDOW_MARGIN) control.dataset.tooltipSide = 'above'
      else delete control.dataset.tooltipSide
    }
    document.addEventListener('pointerover', place)
    document.addEventListener('focusin', place)
    return () => {
      document.removeEventListener('pointerover', place)
      document.removeEventListener('focusin', place)
    }
  }, [])
}
