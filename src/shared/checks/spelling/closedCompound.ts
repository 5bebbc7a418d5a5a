// Prefixes that are not words on their own but make closed compounds in news copy
// ("cybersecurity", "nondefense", "bioterrorism").
const JOINING_PREFIXES = [
  'cyber',
  'bio',
  'anti',
  'non',
  'eco',
  'geo',
  'semi',
  'pseudo',
  'neo',
  'proto',
  'ultra',
  'mega',
  'micro',
  'macro',
  'multi',
  'inter',
  'intra',
  'post',
  'pre',
]
const MIN_LENGTH = 6
const MIN_PART_LENGTH = 3

/**
 * The two parts of an unknown lower-case word that is two dictionary words written as one, or a
 * joining prefix and a word ("counterterrorism" → counter + terrorism, "nondefense" → non +
 * defense), or null. Each part has at least three letters, so run-together slips with short
 * words ("alot", "infact", "aswell") are not taken for compounds.
 */
export function closedCompoundParts(
  lower: string,
  isWord: (word: string) => boolean,
): [string, string] | null {
  if (lower.length < MIN_LENGTH || !/^[a-z]+$/.test(lower)) return null
  for (let split = MIN_PART_LENGTH; split <= lower.length - MIN_PART_LENGTH; split += 1) {
    const head = lower.slice(0, split)
    const tail = lower.slice(split)
    if ((JOINING_PREFIXES.includes(head) || isWord(head)) && isWord(tail)) return [head, tail]
  }
  return null
}
