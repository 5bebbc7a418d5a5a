import { useSyncExternalStore } from 'react'

/**
 * The text of the app's one polite live region (LiveAnnouncer). The window has one, so this is a
 * module-level store: anything may announce without being handed a callback.
 */
let message = ''
const listeners = new Set<() => void>()

/**
 * Says something through the live region. The same words said twice (F8 on a one-flag draft)
 * must be spoken twice, so a repeat gets a trailing no-break space that changes the text.
 */
export function announce(next: string): void {
  message = message === next ? `${next}\u00a0` : next
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useAnnouncement(): string {
  return useSyncExternalStore(subscribe, () => message)
}
