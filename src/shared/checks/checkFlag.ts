export type FlagKind = 'typo' | 'claim' | 'furniture'
export type FlagSeverity = 'error' | 'warning' | 'info'

/**
 * One finding, shaped after unified's vfile message. `start`/`end` are UTF-16 offsets into the
 * text that was checked (a block for `checkBlock`, the joined document in the CLI).
 */
export interface CheckFlag {
  id: string
  kind: FlagKind
  ruleId: string
  severity: FlagSeverity
  start: number
  end: number
  actual: string
  message: string
  suggestions: string[]
  note: string
  url: string
}

export type FlagFields = Omit<CheckFlag, 'id' | 'note' | 'url'> & { note?: string; url?: string }

/** FNV-1a, 32 bit: small, fast and the same in Node and in a browser worker. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** Deterministic id: the same rule, offsets and text always give the same id. */
export function flagId(ruleId: string, start: number, end: number, actual: string): string {
  return `${ruleId}-${start}-${end}-${fnv1a(actual)}`
}

/** Builds a flag and its id. */
export function createFlag(fields: FlagFields): CheckFlag {
  return {
    ...fields,
    id: flagId(fields.ruleId, fields.start, fields.end, fields.actual),
    note: fields.note ?? '',
    url: fields.url ?? '',
  }
}

/** The same flag moved by `delta` characters (a block's flag placed into the joined document). */
export function shiftFlag(flag: CheckFlag, delta: number): CheckFlag {
  const start = flag.start + delta
  const end = flag.end + delta
  return { ...flag, start, end, id: flagId(flag.ruleId, start, end, flag.actual) }
}
