import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { FLAG_KIND_LABELS } from '../../shared/review/flagKindLabels'
import {
  CLOSED_STATUSES,
  DISMISSED_STATUSES,
  FLAG_STATUS_LABELS,
} from '../../shared/review/flagStatus'
import type { ReviewFlag } from '../../shared/review/reviewSchema'

/** A stored flag where it is now in the editor. */
export interface StoredFlagInDocument {
  flag: ReviewFlag
  from: number
  to: number
}

/** Kinds marked with a small sign before their words, so they differ without colour too. */
const MARKED_KINDS: ReadonlySet<ReviewFlag['kind']> = new Set(['medical', 'comment'])

/**
 * The classes a stored flag is drawn with, or null when it is not drawn: an automatic flag
 * ignored once stays out of the text (that is what ignoring it means), and an automatic typo or
 * furniture flag restored after that is the checks' to underline again; every other stored flag
 * is shown by kind, faded once its status closes it.
 */
export function storedFlagClasses(flag: ReviewFlag): string | null {
  if (flag.orphaned) return null
  if (flag.origin === 'check' && DISMISSED_STATUSES.has(flag.status)) return null
  if (flag.origin === 'check' && flag.kind !== 'claim' && !CLOSED_STATUSES.has(flag.status)) {
    return null
  }
  const classes = ['stored-flag', `stored-flag--${flag.kind}`, `stored-flag--${flag.origin}`]
  if (CLOSED_STATUSES.has(flag.status)) classes.push('stored-flag--closed')
  return classes.join(' ')
}

/** The highlights of stored flags, with a marker before medical questions and comments. */
export function storedFlagDecorations(
  doc: ProseMirrorNode,
  flags: readonly StoredFlagInDocument[],
): DecorationSet {
  const decorations: Decoration[] = []
  for (const { flag, from, to } of flags) {
    const classes = storedFlagClasses(flag)
    if (classes === null || to <= from) continue
    decorations.push(
      Decoration.inline(
        from,
        to,
        {
          class: classes,
          'data-stored-flag-id': flag.id,
          'aria-description': `${FLAG_KIND_LABELS[flag.kind]}, ${FLAG_STATUS_LABELS[flag.status].toLowerCase()}: ${flag.message}`,
        },
        { flag },
      ),
    )
    if (MARKED_KINDS.has(flag.kind)) {
      // The sign is drawn by CSS before the first character, which is a span of its own.
      const closed = CLOSED_STATUSES.has(flag.status) ? ' stored-flag-marker--closed' : ''
      decorations.push(
        Decoration.inline(from, from + 1, {
          class: `stored-flag-marker stored-flag-marker--${flag.kind}${closed}`,
        }),
      )
    }
  }
  return DecorationSet.create(doc, decorations)
}
