/**
 * How deeply JSON-like data may nest (objects and arrays each count one level). A draft's
 * document tree takes two levels per node (the node and its `content` array), so this allows
 * about 100 nested blocks — far beyond any real article — while recursive validation, which
 * overflows the stack near 1,500 levels, never sees anything deeper.
 */
export const MAX_NESTING_DEPTH = 200

/**
 * True when `value` nests deeper than `limit` levels. Iterative, so a hostile payload cannot
 * overflow the stack while it is being measured.
 */
export function nestsDeeperThan(value: unknown, limit: number = MAX_NESTING_DEPTH): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (pending.length > 0) {
    const current = pending.pop()
    if (current === undefined || typeof current.value !== 'object' || current.value === null) {
      continue
    }
    const depth = current.depth + 1
    if (depth > limit) return true
    const children = Array.isArray(current.value) ? current.value : Object.values(current.value)
    for (const child of children) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth })
    }
  }
  return false
}
