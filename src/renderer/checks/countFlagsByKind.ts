import type { FlagKind } from '../../shared/checks/checkFlag'
import type { FlagInDocument } from './flagDecoration'

/** How many flags of each kind, for the status bar. */
export function countFlagsByKind(flags: readonly FlagInDocument[]): Record<FlagKind, number> {
  const counts: Record<FlagKind, number> = { typo: 0, claim: 0, furniture: 0 }
  for (const { flag } of flags) counts[flag.kind] += 1
  return counts
}
