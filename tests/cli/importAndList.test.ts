import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditLog } from '../../src/node/audit/verifyAuditLog'
import { lastLine, runCliForTest } from './runCliForTest'

let workDir: string
let dataDir: string
let draftPath: string

beforeEach(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-library-'))
  dataDir = path.join(workDir, 'data')
  draftPath = path.join(workDir, 'harbour.md')
  await fs.writeFile(
    draftPath,
    '# Harbour Swim Returns\n\nBy Lena Ortiz, Associate Editor\n\nThe winter swim is back after two years.\n',
  )
})

afterEach(async () => {
  await fs.rm(workDir, { recursive: true, force: true })
})

describe('copydesk import', () => {
  it('prints the new review id last, and list shows the review', async () => {
    const imported = await runCliForTest(['import', draftPath, '--data-dir', dataDir])
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    const id = lastLine(imported.stdout)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(imported.stdout).toBe(`Imported ${draftPath} as “Harbour Swim Returns”.\n${id}\n`)

    const listed = await runCliForTest(['list', '--data-dir', dataDir, '--format', 'json'])
    expect(listed).toMatchObject({ code: 0, stderr: '' })
    const reviews = JSON.parse(listed.stdout) as Record<string, string>[]
    expect(reviews).toEqual([
      {
        id,
        title: 'Harbour Swim Returns',
        author: 'Lena Ortiz',
        sourceName: 'harbour.md',
        updatedAt: expect.any(String) as string,
      },
    ])
    const text = await runCliForTest(['list', `--data-dir=${dataDir}`])
    expect(text.stdout).toBe(
      `${id}  ${reviews[0]?.updatedAt}  Harbour Swim Returns — Lena Ortiz  [harbour.md]\n`,
    )
  })

  it('records a review.created entry by the command-line user and releases the data folder', async () => {
    const id = lastLine((await runCliForTest(['import', draftPath, '--data-dir', dataDir])).stdout)
    const logFile = path.join(dataDir, 'audit', `${id}.jsonl`)
    expect(await verifyAuditLog(logFile)).toMatchObject({ intact: true, entries: 1 })
    const entry = JSON.parse(await fs.readFile(logFile, 'utf8')) as Record<string, unknown>
    const user = os.userInfo().username
    expect(entry).toMatchObject({
      seq: 1,
      action: 'review.created',
      actor: { id: `cli:${user}`, name: `${user} (command line)` },
      details: { source: { name: 'harbour.md', format: 'md' } },
    })
    await expect(fs.access(path.join(dataDir, '.lock'))).rejects.toThrow()
  })

  it('is refused without writing while a running app holds the data folder', async () => {
    await fs.mkdir(path.join(dataDir, 'reviews'), { recursive: true })
    await fs.writeFile(path.join(dataDir, '.lock'), String(process.pid))
    const result = await runCliForTest(['import', draftPath, '--data-dir', dataDir])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `copydesk: the Copydesk app is using ${dataDir} (process ${process.pid}); close it first\n`,
    })
    expect((await fs.readdir(dataDir)).sort()).toEqual(['.lock', 'reviews'])
    expect(await fs.readdir(path.join(dataDir, 'reviews'))).toEqual([])
  })

  it('names the file and the reason when the draft cannot be imported', async () => {
    const missing = path.join(workDir, 'missing.docx')
    expect(await runCliForTest(['import', missing, '--data-dir', dataDir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `copydesk: cannot import ${missing}: Could not open “missing.docx”: the file could not be found.\n`,
    })
    await expect(fs.access(dataDir)).rejects.toThrow()
  })
})

describe('copydesk list', () => {
  it('lists nothing for a data folder without reviews', async () => {
    await fs.mkdir(dataDir)
    expect(await runCliForTest(['list', '--data-dir', dataDir, '--format', 'json'])).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    })
    expect((await runCliForTest(['list', '--data-dir', dataDir])).stdout).toBe(
      `No reviews in ${dataDir}.\n`,
    )
  })

  it('lists the newest change first, skipping a damaged review file with a finding', async () => {
    const first = lastLine(
      (await runCliForTest(['import', draftPath, '--data-dir', dataDir])).stdout,
    )
    const second = lastLine(
      (await runCliForTest(['import', draftPath, '--data-dir', dataDir])).stdout,
    )
    const secondFile = path.join(dataDir, 'reviews', `${second}.json`)
    const review = JSON.parse(await fs.readFile(secondFile, 'utf8')) as { updatedAt: string }
    review.updatedAt = '2099-01-01T00:00:00.000Z'
    await fs.writeFile(secondFile, JSON.stringify(review))
    const damaged = path.join(dataDir, 'reviews', '00000000-0000-4000-8000-000000000000.json')
    await fs.writeFile(damaged, '{"id":')

    const result = await runCliForTest(['list', '--data-dir', dataDir, '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`copydesk: skipped ${damaged}: it is not valid JSON\n`)
    expect((JSON.parse(result.stdout) as { id: string }[]).map((listed) => listed.id)).toEqual([
      second,
      first,
    ])
  })

  it.each([
    [['list', '--format', 'csv'], 'copydesk: --format must be json or text, not “csv”\n'],
    [
      ['list', 'extra'],
      'copydesk: unexpected argument “extra”; usage: copydesk list [--data-dir DIR] [--format json|text]\n',
    ],
  ])('exits 2 on bad arguments %j', async (argv, stderr) => {
    expect(await runCliForTest(argv)).toEqual({ code: 2, stdout: '', stderr })
  })

  it('exits 2 naming a data folder that does not exist', async () => {
    expect(await runCliForTest(['list', '--data-dir', dataDir])).toEqual({
      code: 2,
      stdout: '',
      stderr: `copydesk: cannot read the data folder ${dataDir}: it does not exist\n`,
    })
  })
})
