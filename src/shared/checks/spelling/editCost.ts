import { areAdjacentKeys } from './keyboardDistance'

const VOWELS = new Set([...'aeiouy'])

export interface EditCostWeights {
  /** Replacing a letter by a neighbouring key. */
  adjacentKey: number
  /** Replacing a vowel by another vowel ("seperate"). */
  vowelForVowel: number
  /** Doubling or undoubling a letter ("acommodate", "begginning"). */
  doubledLetter: number
  transposition: number
  other: number
}

export const DEFAULT_EDIT_COST_WEIGHTS: EditCostWeights = {
  adjacentKey: 0.6,
  vowelForVowel: 0.5,
  doubledLetter: 0.35,
  transposition: 0.6,
  other: 1,
}

function substitutionCost(from: string, to: string, weights: EditCostWeights): number {
  if (from === to) return 0
  if (VOWELS.has(from) && VOWELS.has(to)) return weights.vowelForVowel
  if (areAdjacentKeys(from, to)) return weights.adjacentKey
  return weights.other
}

/**
 * Weighted optimal-string-alignment distance from a misspelling to a candidate: the edits people
 * actually make (doubled letters, vowel swaps, neighbouring keys, swapped letters) cost less.
 */
export function editCost(
  misspelling: string,
  candidate: string,
  weights: EditCostWeights = DEFAULT_EDIT_COST_WEIGHTS,
): number {
  const a = misspelling.toLowerCase()
  const b = candidate.toLowerCase()
  const rows = a.length + 1
  const columns = b.length + 1
  const table = new Float64Array(rows * columns)
  const at = (row: number, column: number): number => table[row * columns + column] ?? 0
  for (let row = 0; row < rows; row += 1) table[row * columns] = row
  for (let column = 0; column < columns; column += 1) table[column] = column
  for (let row = 1; row < rows; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      const from = a[row - 1] ?? ''
      const to = b[column - 1] ?? ''
      // Deleting a doubled letter or inserting a doubling is the cheapest common slip.
      const deletion = from === a[row - 2] || from === b[column - 1] ? weights.doubledLetter : 1
      const insertion = to === b[column - 2] || to === a[row - 1] ? weights.doubledLetter : 1
      let best = Math.min(
        at(row - 1, column) + deletion,
        at(row, column - 1) + insertion,
        at(row - 1, column - 1) + substitutionCost(from, to, weights),
      )
      if (row > 1 && column > 1 && from === b[column - 2] && a[row - 2] === to && from !== to) {
        best = Math.min(best, at(row - 2, column - 2) + weights.transposition)
      }
      table[row * columns + column] = best
    }
  }
  return at(rows - 1, columns - 1)
}
