import { describe, expect, it } from 'vitest'
import { soundKey } from '../../../../src/shared/checks/spelling/soundKey'
import { createSuggestionVocabulary } from '../../../../src/shared/checks/spelling/suggestionVocabulary'

const FORMS = ['separately', 'desperately', 'necessary', 'nursery', 'America', 'physical', 'fiscal']

function vocabulary(suggestable: (form: string) => boolean = () => true) {
  return createSuggestionVocabulary(FORMS, FORMS.map(soundKey), suggestable)
}

describe('sound keys', () => {
  it('give words that sound alike the same key', () => {
    expect(soundKey('nesesery')).toBe(soundKey('necessary'))
    expect(soundKey('fysical')).toBe(soundKey('physical'))
    expect(soundKey('separate')).not.toBe(soundKey('desperate'))
  })

  it('are empty for anything but plain letters', () => {
    expect(soundKey("o'clock")).toBe('')
    expect(soundKey('21st')).toBe('')
  })
})

describe('the suggestion vocabulary', () => {
  it('finds every form two edits away, two substitutions included', () => {
    expect(vocabulary().withinEdits('seperetely', 2)).toEqual(['separately'])
    expect(vocabulary().withinEdits('desparetely', 2)).toEqual(['desperately'])
    expect(vocabulary().withinEdits('amercia', 2)).toEqual(['America'])
  })

  it('leaves out forms further away than asked', () => {
    expect(vocabulary().withinEdits('nesesery', 2)).toEqual([])
    expect(vocabulary().withinEdits('seperetely', 1)).toEqual([])
  })

  it('finds forms by sound that are further away in letters', () => {
    expect(vocabulary().soundingLike('nesesery', 3)).toContain('necessary')
    expect(vocabulary().soundingLike('fysical', 3)).toContain('physical')
  })

  it('never offers a form the dictionary marks as not to suggest', () => {
    const withoutSeparately = vocabulary((form) => form !== 'separately')
    expect(withoutSeparately.withinEdits('seperetely', 2)).toEqual([])
  })
})
