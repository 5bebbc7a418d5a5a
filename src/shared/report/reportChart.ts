import { REPORT_PROGRESS_COLORS, REPORT_PROGRESS_LABELS } from './reportLabels'
import type { ReportCount } from './reviewReportSchema'

export type ProgressPart = keyof typeof REPORT_PROGRESS_COLORS

export interface ChartBar {
  label: string
  total: number
  segments: {
    part: ProgressPart
    label: string
    count: number
    x: number
    width: number
    color: string
  }[]
}

const PARTS: readonly ProgressPart[] = ['open', 'done', 'dismissed']

/**
 * The counts chart as geometry: one bar per kind of flag, split into open, done and
 * dismissed, scaled so the longest bar is `width` wide. The HTML (SVG) and PDF reports both
 * draw from this, so they show the same picture.
 */
export function reportChartBars(counts: readonly ReportCount[], width: number): ChartBar[] {
  const longest = Math.max(1, ...counts.map((count) => count.total))
  return counts.map((count) => {
    let x = 0
    const segments = PARTS.filter((part) => count[part] > 0).map((part) => {
      const segmentWidth = (count[part] / longest) * width
      const segment = {
        part,
        label: REPORT_PROGRESS_LABELS[part],
        count: count[part],
        x,
        width: segmentWidth,
        color: REPORT_PROGRESS_COLORS[part],
      }
      x += segmentWidth
      return segment
    })
    return { label: count.label, total: count.total, segments }
  })
}
