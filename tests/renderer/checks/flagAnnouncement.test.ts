import { describe, expect, it } from 'vitest'
import { flagAnnouncement, shortFlagQuote } from '../../../src/renderer/checks/flagAnnouncement'

describe('flagAnnouncement', () => {
  it('names the kind, the message, the words and the place among the flags', () => {
    expect(
      flagAnnouncement(
        { label: 'Claim', message: 'Needs a source', quote: 'A new study shows' },
        { position: 3, total: 12 },
      ),
    ).toBe('Claim: Needs a source — “A new study shows”, 3 of 12')
  })

  it('leaves out the place when the flag is not one of a counted list', () => {
    expect(flagAnnouncement({ label: 'Typo', message: 'Misspelt', quote: 'Walkng' })).toBe(
      'Typo: Misspelt — “Walkng”',
    )
  })

  it('puts a long or wrapped quote on one line and shortens it with an ellipsis', () => {
    const quote = `Researchers followed\n${'many '.repeat(20)}adults`
    const short = shortFlagQuote(quote)
    expect(short).not.toContain('\n')
    expect(short.endsWith('…')).toBe(true)
    expect(short.length).toBeLessThan(quote.length)
    expect(short.startsWith('Researchers followed many')).toBe(true)
  })
})
