import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/copydesk'
import { activeContent, parseCsv, parseHtml, pdfText } from '../node/report/readBack'
import { createReviewedDraft, type ReviewedDraft } from '../node/report/reviewedDraftFixture'
import { runCliForTest as run } from './runCliForTest'

const directory = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-reports-'))

function draft(folder: string, name: string, text: string): string {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  return file
}

describe('copydesk report', () => {
  let fixture: ReviewedDraft

  beforeAll(async () => {
    fixture = await createReviewedDraft()
  })

  afterAll(async () => {
    await fixture.cleanUp()
  })

  it('writes every format of a stored review', async () => {
    for (const format of ['pdf', 'html', 'md', 'csv', 'json']) {
      const out = path.join(directory, `review.${format}`)
      const result = await run([
        'report',
        fixture.review.id,
        '--data-dir',
        fixture.dataDir,
        '--format',
        format,
        '--out',
        out,
      ])
      expect(result).toEqual({
        code: 0,
        stdout: `Wrote ${out}: not ready to publish\n`,
        stderr: '',
      })
    }
    const pdf = (await pdfText(readFileSync(path.join(directory, 'review.pdf')))).join('\n')
    expect(pdf).toContain('Not ready to publish')
    expect(pdf).toContain('Verifies: every entry is intact and chained')
    const json = JSON.parse(readFileSync(path.join(directory, 'review.json'), 'utf8')) as {
      draft: { reviewId: string }
      annotatedText: unknown
    }
    expect(json.draft.reviewId).toBe(fixture.review.id)
    expect(json.annotatedText).toBeNull()
  }, 120_000)

  it('carries the annotated text only when asked', async () => {
    const out = path.join(directory, 'with-text.json')
    const args = ['report', fixture.review.id, '--data-dir', fixture.dataDir, '--format', 'json']
    expect((await run([...args, '--out', out, '--with-text', 'yes'])).code).toBe(0)
    const json = JSON.parse(readFileSync(out, 'utf8')) as { annotatedText: { text: string } }
    expect(json.annotatedText.text).toContain('Harbour Clinic Opens')
  })

  it('refuses a missing format, an unknown review and a bad id with exit code 2', async () => {
    const out = path.join(directory, 'never.html')
    const noFormat = await run([
      'report',
      fixture.review.id,
      '--data-dir',
      fixture.dataDir,
      '--out',
      out,
    ])
    expect(noFormat.code).toBe(2)
    expect(noFormat.stderr).toContain('--format pdf|html|md|csv|json is needed')
    const unknownId = '00000000-0000-4000-8000-000000000000'
    const unknown = await run([
      'report',
      unknownId,
      '--data-dir',
      fixture.dataDir,
      '--format',
      'html',
      '--out',
      out,
    ])
    expect(unknown).toMatchObject({
      code: 2,
      stderr: `copydesk: there is no review ${unknownId} in ${fixture.dataDir}\n`,
    })
    expect((await run(['report', 'not-an-id', '--format', 'html', '--out', out])).code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })
})

describe('copydesk check with --out', () => {
  const file = draft(
    directory,
    'ferry.txt',
    'Ferry Fares Rise\n\nThe council said fares will recieve a review.\n\nA new survey shows 40 percent of riders drive instead.\n',
  )

  it('writes a check-only report of a draft with no review', async () => {
    const out = path.join(directory, 'ferry.md')
    const result = await run(['check', file, '--format', 'md', '--out', out, '--fail-on', 'typo'])
    expect(result.code).toBe(1)
    const markdown = readFileSync(out, 'utf8')
    expect(markdown).toContain('_Check report (no review yet)_')
    expect(markdown).toContain('No review yet: the draft was only checked automatically')
    expect(markdown).toContain('“recieve”')
  })

  it('still prints json and text without --out, and asks for --out for a report format', async () => {
    expect((await run(['check', file, '--format', 'json'])).code).toBe(0)
    const html = await run(['check', file, '--format', 'html'])
    expect(html.code).toBe(2)
    expect(html.stderr).toContain('a html report needs --out FILE')
  })
})

describe('copydesk check FOLDER', () => {
  const folder = path.join(directory, 'drafts')
  mkdirSync(folder)
  draft(folder, 'clean.txt', 'Ferry Notes\n\nThe ferry leaves at nine every day.\n')
  draft(
    folder,
    'messy.md',
    '# Bus News\n\nThe buses recieve new seats.\n\nA new study shows 60 percent like them.\n',
  )
  draft(folder, 'broken.docx', 'this is not a Word document')
  draft(folder, 'notes.json', '{"ignored": true}')

  it('writes one report per readable draft and a summary worst first, naming the unreadable one', async () => {
    const out = path.join(directory, 'folder-reports')
    const progress: string[] = []
    let stdout = ''
    let stderr = ''
    const code = await runCli(['check', folder, '--out', out, '--format', 'csv'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      progress: (line) => progress.push(line),
    })
    expect(code).toBe(0)
    expect(stderr).toBe(
      `copydesk: skipped ${path.join(folder, 'broken.docx')}: Could not open “broken.docx”: the file is not a Word document.\n`,
    )
    expect(stdout).toContain('Checked 2 of 3 drafts (1 could not be read)')
    expect(readdirSync(out).sort()).toEqual([
      'clean.txt.report.csv',
      'index.html',
      'messy.md.report.csv',
      'summary.csv',
    ])
    const [header, ...rows] = parseCsv(readFileSync(path.join(out, 'summary.csv'), 'utf8'))
    expect(header?.slice(0, 4)).toEqual(['file', 'report', 'verdict', 'open flags'])
    expect(rows.map((row) => row[0])).toEqual(['messy.md', 'clean.txt', 'broken.docx'])
    expect(rows[2]?.at(-1)).toBe('Could not open “broken.docx”: the file is not a Word document.')
    const index = parseHtml(readFileSync(path.join(out, 'index.html'), 'utf8'))
    const links = Array.from(index.querySelectorAll('a')).map((link) => link.getAttribute('href'))
    expect(links).toEqual(['./messy.md.report.csv', './clean.txt.report.csv'])
    expect(activeContent(index).filter((found) => found !== '<a>')).toEqual([])
    expect(progress).toContain('Checking 3 of 3: messy.md')
    expect(progress.at(-1)).toBe('')
  })

  it('prints no progress line when the output is not a terminal', async () => {
    const result = await run(['check', folder, '--out', path.join(directory, 'piped')])
    expect(result.stdout).not.toContain('Checking')
    expect(readdirSync(path.join(directory, 'piped'))).toContain('messy.md.report.html')
  })

  it('exits 1 when a --fail-on kind is found in any draft, 2 when nothing could be checked', async () => {
    const failOn = await run([
      'check',
      folder,
      '--out',
      path.join(directory, 'fail-on'),
      '--fail-on',
      'typo',
    ])
    expect(failOn.code).toBe(1)
    const badFolder = path.join(directory, 'only-bad')
    mkdirSync(badFolder)
    draft(badFolder, 'empty.txt', '')
    const nothing = await run(['check', badFolder, '--out', path.join(directory, 'nothing')])
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('empty.txt')
  })
})
