import type { FlagFields } from '../checkFlag'
import { furnitureRuleId, RULE_IDS } from '../ruleIds'
import type { FurnitureLine } from './findFurniture'

/**
 * The flags for one block's furniture lines: one per line, or one for a whole block that is a
 * reading list. The checks show these, and "Remove page furniture" keeps what was ignored of them.
 */
export function furnitureFlags(
  text: string,
  lines: readonly Pick<FurnitureLine, 'start' | 'end' | 'text' | 'reason'>[],
  isWholeBlock: boolean,
): FlagFields[] {
  if (isWholeBlock && lines.length > 1 && lines.some((line) => line.reason === 'reading list')) {
    return [
      {
        kind: 'furniture',
        ruleId: RULE_IDS.furnitureReadingList,
        severity: 'warning',
        start: 0,
        end: text.length,
        actual: text,
        message: 'Page furniture: reading list',
        suggestions: [''],
        note: `${lines.length} lines of headlines, bylines and image descriptions from another page`,
      },
    ]
  }
  return lines.map((line) => ({
    kind: 'furniture',
    ruleId: furnitureRuleId(line.reason),
    severity: 'warning',
    start: line.start,
    end: line.end,
    actual: line.text,
    message: `Page furniture: ${line.reason}`,
    suggestions: [''],
  }))
}
