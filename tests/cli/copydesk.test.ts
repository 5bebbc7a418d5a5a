import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { importDraftFromPath } from '../../src/node/import/importDraft'
import { editorDocumentText } from '../../src/renderer/checks/editorDocumentText'
import { draftSchemaExtensions } from '../../src/shared/editor/editorExtensions'
import { lastLine, runCliForTest as run } from './runCliForTest'

const ROOT = path.resolve(__dirname, '../..')
const directory = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'))
const draftPath = path.join(directory, 'draft.txt')
writeFileSync(
  draftPath,
  'Ferry Fares Rise\n\nThe council said fares will recieve an review next year.\n\nADVERTISEMENT\n\nA new survey shows 40 percent of riders drive instead.\n',
)

describe('copydesk check', () => {
  it('prints the JSON contract with offsets into the joined text', async () => {
    const { code, stdout } = await run(['check', draftPath, '--format', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as {
      file: string
      text: string
      words: number
      flags: {
        kind: string
        ruleId: string
        start: number
        end: number
        actual: string
        message: string
        suggestions: string[]
      }[]
    }
    expect(report.file).toBe(draftPath)
    expect(report.text.split('\n\n')).toHaveLength(4)
    expect(report.words).toBeGreaterThan(20)
    for (const flag of report.flags) {
      expect(Object.keys(flag)).toEqual([
        'id',
        'kind',
        'ruleId',
        'severity',
        'start',
        'end',
        'actual',
        'message',
        'suggestions',
      ])
      expect(report.text.slice(flag.start, flag.end)).toBe(flag.actual)
    }
    expect(report.flags.map((flag) => flag.message)).toEqual([
      '“recieve” is a common misspelling of “receive”',
      'Use “a” before “review”',
      'Page furniture: advertisement label',
      'Needs a source — research reporting (“A new survey shows”)',
    ])
  })

  it('counts empty paragraphs like the editor does, so offsets match stored anchors', async () => {
    const htmlPath = path.join(directory, 'empty-paragraphs.html')
    writeFileSync(
      htmlPath,
      '<h1>Ferry Fares Rise</h1><p>The council met.</p><p></p><p><br></p><ul><li><p>Fares will recieve a review.</p></li></ul>',
    )
    const { stdout } = await run(['check', htmlPath, '--format', 'json'])
    const report = JSON.parse(stdout) as {
      text: string
      flags: { start: number; actual: string }[]
    }
    const draft = await importDraftFromPath(htmlPath)
    const editor = editorDocumentText(
      Node.fromJSON(getSchema(draftSchemaExtensions()), draft.content),
    )
    expect(report.text).toBe(editor.text)
    const typo = report.flags.find((flag) => flag.actual === 'recieve')
    expect(typo?.start).toBe(editor.text.indexOf('recieve'))
    expect(editor.blocks.map((block) => block.text)).toContain('')
  })

  it('knows the names in the draft’s byline and credit, and only those', async () => {
    const namesPath = path.join(directory, 'names.md')
    writeFileSync(
      namesPath,
      '# Clinic Hours Change\n\nBy Ilsabet Quorndale, Staff Writer\n\nImage: Torvin Aldemar | Brightlens\n\nQuorndale spoke to Wenzeline Ostrova about the hours.\n',
    )
    const { stdout } = await run(['check', namesPath, '--format', 'json'])
    const typos = (JSON.parse(stdout) as { flags: { kind: string; actual: string }[] }).flags
      .filter((flag) => flag.kind === 'typo')
      .map((flag) => flag.actual)
    expect(typos).not.toContain('Quorndale')
    expect(typos).not.toContain('Ilsabet')
    expect(typos).toContain('Wenzeline')
  })

  it('exits 1 when a kind named in --fail-on is found', async () => {
    expect((await run(['check', draftPath, '--fail-on', 'claim'])).code).toBe(1)
  })

  it('prints one line per flag and a summary in text format', async () => {
    const { stdout } = await run(['check', draftPath])
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe(
      `${draftPath}:3:29  error   typo      “recieve” is a common misspelling of “receive” → receive  [spelling/common-misspelling]`,
    )
    expect(lines.at(-1)).toBe(
      '4 flags in 23 words: 2 typo, 1 claim, 1 furniture. Removed 1 block of page furniture (1 line, 13 characters).',
    )
  })

  it.each([
    [
      ['check'],
      'copydesk: no FILE given; usage: copydesk check FILE [--format json|text] [--lang en-US|en-GB] [--fail-on typo,claim,furniture] [--house-dictionary FILE]\n' +
        '  copydesk check FILE|FOLDER --out FILE|DIR [--format pdf|html|md|csv|json] [--paper a4|letter] [--with-text yes|no] [--lang en-US|en-GB] [--fail-on typo,claim,furniture] [--house-dictionary FILE]\n',
    ],
    [['check', draftPath, '--lang', 'fr'], 'copydesk: --lang must be en-US or en-GB, not “fr”\n'],
    [
      ['check', draftPath, '--fail-on', 'style'],
      'copydesk: --fail-on takes typo, claim, furniture, not “style”\n',
    ],
    [
      ['check', path.join(directory, 'missing.txt')],
      `copydesk: cannot check ${path.join(directory, 'missing.txt')}: Could not open “missing.txt”: the file could not be found.\n`,
    ],
  ])('exits 2 with one clear line for bad input %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(message)
  })

  it('runs as `node bin/copydesk.js` after a build', (context) => {
    if (!existsSync(path.join(ROOT, 'out/main/cli.js')))
      context.skip('out/main/cli.js is missing: run `npm run build` first')
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'bin/copydesk.js'),
        'check',
        draftPath,
        '--format',
        'json',
        '--fail-on',
        'typo',
      ],
      { encoding: 'utf8' },
    )
    expect(result.status).toBe(1)
    expect((JSON.parse(result.stdout) as { flags: unknown[] }).flags).toHaveLength(4)
  })
})

describe('copydesk', () => {
  it('prints one usage text for every command on help', async () => {
    const { code, stdout } = await run(['help'])
    expect(code).toBe(0)
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      'usage:',
      '  copydesk check FILE [--format json|text] [--lang en-US|en-GB] [--fail-on typo,claim,furniture] [--house-dictionary FILE]',
      '  copydesk check FILE|FOLDER --out FILE|DIR [--format pdf|html|md|csv|json] [--paper a4|letter] [--with-text yes|no] [--lang en-US|en-GB] [--fail-on typo,claim,furniture] [--house-dictionary FILE]',
      '  copydesk list [--data-dir DIR] [--format json|text]',
      '  copydesk import FILE [--data-dir DIR]',
      '  copydesk audit verify REVIEW_ID|reviewers [--data-dir DIR]',
      '  copydesk report REVIEW_ID [--data-dir DIR] --format pdf|html|md|csv|json --out FILE [--paper a4|letter] [--with-text yes|no] [--lang en-US|en-GB] [--house-dictionary FILE]',
    ])
  })

  it('exits 2 with the usage when no command is given', async () => {
    const { code, stdout, stderr } = await run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe((await run(['help'])).stdout)
  })

  it('exits 2 naming the commands for an unknown one', async () => {
    expect(await run(['publish'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'copydesk: unknown command “publish”; the commands are check, list, import, audit verify, report (copydesk help shows their options)\n',
    })
  })

  it('imports and verifies as `node bin/copydesk.js` after a build', (context) => {
    if (!existsSync(path.join(ROOT, 'out/main/cli.js')))
      context.skip('out/main/cli.js is missing: run `npm run build` first')
    const dataDir = path.join(directory, 'built-binary-data')
    const binary = (...argv: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'bin/copydesk.js'), ...argv], {
        encoding: 'utf8',
      })
    const imported = binary('import', draftPath, '--data-dir', dataDir)
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const reviewId = lastLine(imported.stdout)
    const logFile = path.join(dataDir, 'audit', `${reviewId}.jsonl`)
    const entry = JSON.parse(readFileSync(logFile, 'utf8')) as { hash: string }
    const verified = binary('audit', 'verify', reviewId, '--data-dir', dataDir)
    expect(verified.status).toBe(0)
    expect(verified.stdout).toBe(
      `Audit trail of Ferry Fares Rise: intact, 1 entry, head ${entry.hash}\n`,
    )
    writeFileSync(logFile, readFileSync(logFile, 'utf8').replace('"seq":1', '"seq":2'))
    expect(binary('audit', 'verify', reviewId, '--data-dir', dataDir).status).toBe(1)
  })
})
