import type { RefObject } from 'react'
import { useCallback, useLayoutEffect, useState } from 'react'

export interface RowWindow {
  /** First row to render. */
  start: number
  /** One past the last row to render. */
  end: number
  /** Height of one row in CSS pixels, as measured (for the spacers around the window). */
  rowHeight: number
}

/** Rows rendered above and below the visible ones, so keyboard and wheel never reach a gap. */
const OVERSCAN_ROWS = 12
/** Before the first measurement: enough rows for a tall window. */
const INITIAL_ROWS = 40
const FALLBACK_ROW_HEIGHT = 45

/**
 * Which rows of a long list of equal-height rows are in (or near) the scroller's viewport.
 * `firstRow` is where row 0 would start (e.g. the table body); the rest are spacers.
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  firstRow: RefObject<HTMLElement | null>,
  rowCount: number,
): RowWindow {
  const [rowWindow, setRowWindow] = useState<RowWindow>({
    start: 0,
    end: Math.min(rowCount, INITIAL_ROWS),
    rowHeight: FALLBACK_ROW_HEIGHT,
  })

  const measure = useCallback(() => {
    const scrollerElement = scroller.current
    const rowsElement = firstRow.current
    if (!scrollerElement || !rowsElement) return
    const sampleRow = rowsElement.querySelector<HTMLElement>('tr[data-row-index]')
    const rowHeight = sampleRow?.getBoundingClientRect().height || FALLBACK_ROW_HEIGHT
    const offset =
      rowsElement.getBoundingClientRect().top - scrollerElement.getBoundingClientRect().top
    const firstVisible = Math.floor(Math.max(0, -offset) / rowHeight)
    const lastVisible = Math.ceil((scrollerElement.clientHeight - offset) / rowHeight)
    const next = {
      start: Math.max(0, Math.min(rowCount, firstVisible - OVERSCAN_ROWS)),
      end: Math.max(0, Math.min(rowCount, lastVisible + OVERSCAN_ROWS)),
      rowHeight,
    }
    setRowWindow((current) =>
      current.start === next.start &&
      current.end === next.end &&
      current.rowHeight === next.rowHeight
        ? current
        : next,
    )
  }, [scroller, firstRow, rowCount])

  useLayoutEffect(() => {
    measure()
    const scrollerElement = scroller.current
    if (!scrollerElement) return
    const resizeObserver = new ResizeObserver(measure)
    resizeObserver.observe(scrollerElement)
    scrollerElement.addEventListener('scroll', measure, { passive: true })
    return () => {
      resizeObserver.disconnect()
      scrollerElement.removeEventListener('scroll', measure)
    }
  }, [measure, scroller])

  return rowWindow
}
