function pluralise(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`
}

/** E.g. "Removed 5 blocks of page furniture (31 lines, 1,204 characters)". */
export function describeRemovedFurnitureBlocks(removed: {
  blocks: number
  lines: number
  characters: number
}): string {
  return `Removed ${pluralise(removed.blocks, 'block')} of page furniture (${pluralise(removed.lines, 'line')}, ${pluralise(removed.characters, 'character')})`
}
