import type { ReviewFlagKind } from './reviewSchema'

/** The flags a reviewer raises by hand on a selection. */
export const MANUAL_FLAG_KINDS = ['claim', 'typo', 'medical', 'comment'] as const
export type ManualFlagKind = (typeof MANUAL_FLAG_KINDS)[number]

interface ManualFlagDefinition {
  kind: ManualFlagKind & ReviewFlagKind
  /** What the toolbar, menu and context menu call it. */
  label: string
  ruleId: string
  message: string
}

export const MANUAL_FLAGS: Readonly<Record<ManualFlagKind, ManualFlagDefinition>> = {
  claim: {
    kind: 'claim',
    label: 'Needs source',
    ruleId: 'manual/needs-source',
    message: 'Needs a source (flagged by a reviewer)',
  },
  typo: {
    kind: 'typo',
    label: 'Typo',
    ruleId: 'manual/typo',
    message: 'Typo (flagged by a reviewer)',
  },
  medical: {
    kind: 'medical',
    label: 'Medical question',
    ruleId: 'manual/medical-question',
    message: 'Medical question for the medical reviewer',
  },
  comment: {
    kind: 'comment',
    label: 'Comment',
    ruleId: 'manual/comment',
    message: 'Comment',
  },
}

/** The keymap entry and menu command that raise a manual flag of this kind. */
export function manualFlagCommand(kind: ManualFlagKind): `flag-${ManualFlagKind}` {
  return `flag-${kind}`
}

/** Comments and medical questions say something: they are raised with a first note. */
export function manualFlagNeedsNote(kind: ManualFlagKind): boolean {
  return kind === 'medical' || kind === 'comment'
}
