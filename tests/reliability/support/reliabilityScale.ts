/**
 * `npm run test:reliability` runs these suites at full scale and prints their figures; inside
 * `npm test` they run reduced, so the same code is exercised on every change.
 */
export const FULL_SCALE = process.env.COPYDESK_RELIABILITY === 'full'

export function atScale(full: number, reduced: number): number {
  return FULL_SCALE ? full : reduced
}

/** One line per figure, easy to find in the test output. */
export function printFigures(suite: string, figures: Record<string, number>): void {
  const listed = Object.entries(figures)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ')
  console.log(`[reliability] ${suite}: ${listed}`)
}
