import { describe, expect, it } from 'vitest'
import { isFurnitureLine } from '../../../src/shared/import/isFurnitureLine'

describe('isFurnitureLine', () => {
  it('recognises run-together icon labels, buttons, ads and profile picture captions', () => {
    expect(
      [
        'BookmarkBookmarkTickBookmarkAddCheckBoxFilled',
        'save article',
        'ADVERTISEMENT',
        'Article removed.',
        'profile picture of Dana Whitfield',
        'Home | Health | News',
        'portrait of a smiling nurse',
      ].map(isFurnitureLine),
    ).toEqual([true, true, true, true, true, true, true])
  })

  it('does not treat headlines, sentences or single brand-like words as furniture', () => {
    expect(
      [
        'Evening Walks May Help You Fall Asleep Faster',
        'Save the date for the sleep clinic.',
        'iPhone',
        'McDonald',
      ].map(isFurnitureLine),
    ).toEqual([false, false, false, false])
  })
})
