import { describe, expect, it } from 'vitest'
import { csvCell, csvTable } from '../../../src/shared/report/renderReportCsv'

describe('csvCell', () => {
  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
  })

  it('neutralises cells a spreadsheet would read as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true)
    }
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('writes a table with a byte order mark and CRLF line ends', () => {
    expect(
      csvTable([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n')
  })
})
