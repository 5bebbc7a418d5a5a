/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, each 1) between two strings, or `max + 1` as soon as it must exceed
 * `max`. Stops early, so testing many dictionary words against a misspelling stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const columns = b.length + 1
  let beforePrevious = new Int32Array(columns)
  let previous = new Int32Array(columns)
  let current = new Int32Array(columns)
  for (let column = 0; column < columns; column += 1) previous[column] = column
  for (let row = 1; row <= a.length; row += 1) {
    current[0] = row
    let rowMinimum = row
    const from = a.charCodeAt(row - 1)
    for (let column = 1; column < columns; column += 1) {
      const to = b.charCodeAt(column - 1)
      let best = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + (from === to ? 0 : 1),
      )
      if (
        row > 1 &&
        column > 1 &&
        from === b.charCodeAt(column - 2) &&
        a.charCodeAt(row - 2) === to &&
        from !== to
      ) {
        best = Math.min(best, (beforePrevious[column - 2] ?? 0) + 1)
      }
      current[column] = best
      if (best < rowMinimum) rowMinimum = best
    }
    if (rowMinimum > max) return max + 1
    ;[beforePrevious, previous, current] = [previous, current, beforePrevious]
  }
  const distance = previous[b.length] ?? max + 1
  return distance > max ? max + 1 : distance
}
