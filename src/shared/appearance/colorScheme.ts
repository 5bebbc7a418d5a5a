/** The colour scheme the reviewer chose: follow the system, or always light or dark. */
export const COLOR_SCHEME_PREFERENCES = ['system', 'light', 'dark'] as const
export type ColorSchemePreference = (typeof COLOR_SCHEME_PREFERENCES)[number]

export const COLOR_SCHEME_LABELS: Readonly<Record<ColorSchemePreference, string>> = {
  system: 'Follow System',
  light: 'Light',
  dark: 'Dark',
}

export function isColorSchemePreference(value: unknown): value is ColorSchemePreference {
  return (COLOR_SCHEME_PREFERENCES as readonly unknown[]).includes(value)
}
