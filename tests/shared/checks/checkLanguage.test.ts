import { describe, expect, it } from 'vitest'
import {
  CHECK_LANGUAGES,
  DEFAULT_CHECK_LANGUAGE,
  isCheckLanguage,
} from '../../../src/shared/checks/checkLanguage'

describe('check languages', () => {
  it('accepts each language Copydesk checks in, the default among them', () => {
    for (const language of CHECK_LANGUAGES) expect(isCheckLanguage(language)).toBe(true)
    expect(CHECK_LANGUAGES).toContain(DEFAULT_CHECK_LANGUAGE)
  })

  it('refuses other tags, other casings and inherited property names', () => {
    for (const value of ['fr', 'en', 'en-us', 'EN-GB', 'toString', '__proto__', '', null, 1]) {
      expect(isCheckLanguage(value)).toBe(false)
    }
  })
})
