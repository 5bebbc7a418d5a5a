const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

const POSITIONS = new Map<string, { row: number; column: number }>()
ROWS.forEach((row, rowIndex) => {
  // Rows are staggered by about a third of a key each.
  ;[...row].forEach((letter, column) =>
    POSITIONS.set(letter, { row: rowIndex, column: column + rowIndex * 0.33 }),
  )
})

/** Whether two letters are neighbours on a QWERTY keyboard (a likely slip of the finger). */
export function areAdjacentKeys(first: string, second: string): boolean {
  const a = POSITIONS.get(first.toLowerCase())
  const b = POSITIONS.get(second.toLowerCase())
  if (a === undefined || b === undefined || first === second) return false
  return Math.abs(a.row - b.row) <= 1 && Math.abs(a.column - b.column) <= 1.1
}
