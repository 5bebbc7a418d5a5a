/** The languages Copydesk checks spelling in, each with the name people pick it by. */
export const CHECK_LANGUAGE_NAMES = {
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
} as const

export type CheckLanguage = keyof typeof CHECK_LANGUAGE_NAMES

export const CHECK_LANGUAGES = Object.keys(CHECK_LANGUAGE_NAMES) as readonly CheckLanguage[]

/** Used when neither the user nor the system locale chose one. */
export const DEFAULT_CHECK_LANGUAGE: CheckLanguage = 'en-US'

export function isCheckLanguage(value: unknown): value is CheckLanguage {
  return typeof value === 'string' && Object.hasOwn(CHECK_LANGUAGE_NAMES, value)
}
