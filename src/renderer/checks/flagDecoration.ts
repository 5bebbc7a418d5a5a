import { Decoration } from '@tiptap/pm/view'
import type { CheckFlag } from '../../shared/checks/checkFlag'
import { FLAG_KIND_LABELS } from '../../shared/review/flagKindLabels'

/** A check flag where it is now in the document. */
export interface FlagInDocument {
  flag: CheckFlag
  from: number
  to: number
}

interface FlagSpec {
  flag: CheckFlag
}

/** A flag's underline; `blockStart` is the position of the block's first character. */
export function flagDecoration(flag: CheckFlag, blockStart: number): Decoration {
  return Decoration.inline(
    blockStart + flag.start,
    blockStart + flag.end,
    {
      class: `check-flag check-flag--${flag.kind} check-flag--${flag.severity}`,
      'data-flag-id': flag.id,
      // Read after the words by screen readers, so a flag is more than a colour.
      'aria-description': `${FLAG_KIND_LABELS[flag.kind]}: ${flag.message}`,
    },
    { flag } satisfies FlagSpec,
  )
}

export function flagOfDecoration(decoration: Decoration): CheckFlag {
  return (decoration.spec as FlagSpec).flag
}

export function toFlagInDocument(decoration: Decoration): FlagInDocument {
  return { flag: flagOfDecoration(decoration), from: decoration.from, to: decoration.to }
}
