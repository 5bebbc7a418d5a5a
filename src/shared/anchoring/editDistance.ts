/** Levenshtein distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(first: string, second: string): number {
  if (first === second) return 0
  if (first.length === 0) return second.length
  if (second.length === 0) return first.length
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index)
  let current = new Array<number>(second.length + 1).fill(0)
  for (let row = 1; row <= first.length; row += 1) {
    current[0] = row
    for (let column = 1; column <= second.length; column += 1) {
      const substitution = first[row - 1] === second[column - 1] ? 0 : 1
      current[column] = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + substitution,
      )
    }
    ;[previous, current] = [current, previous]
  }
  return previous[second.length] ?? 0
}

/** How alike two strings are, from 0 (nothing in common) to 1 (equal). */
export function similarity(first: string, second: string): number {
  const longest = Math.max(first.length, second.length)
  return longest === 0 ? 1 : 1 - editDistance(first, second) / longest
}
