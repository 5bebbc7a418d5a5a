import type { DocumentNode } from '../review/reviewSchema'

const MAX_HEADLINE_LENGTH = 200

/**
 * The article's headline as its markup states it: the first level-1 heading, or else the
 * first heading of any level; '' when the draft has no heading with text.
 */
export function headlineOf(content: DocumentNode): string {
  const headings: { level: number; text: string }[] = []
  const visit = (node: DocumentNode): void => {
    if (node.type === 'heading') {
      const text = textOf(node).replace(/\s+/g, ' ').trim()
      if (text !== '' && text.length <= MAX_HEADLINE_LENGTH) {
        headings.push({ level: Number(node.attrs?.level ?? 1), text })
      }
      return
    }
    node.content?.forEach(visit)
  }
  visit(content)
  return (headings.find((heading) => heading.level === 1) ?? headings[0])?.text ?? ''
}

function textOf(node: DocumentNode): string {
  if (node.type === 'hardBreak') return ' '
  return node.text ?? (node.content ?? []).map(textOf).join('')
}
