import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DurableFileSystem } from '../../../src/node/store/durableJsonFile'
import { DurableJsonFile } from '../../../src/node/store/durableJsonFile'
import { StoreFileError } from '../../../src/node/store/storeFileError'
import type { Review } from '../../../src/shared/review/reviewSchema'
import { reviewSchema } from '../../../src/shared/review/reviewSchema'
import { buildReview } from './reviewFixture'

let folder: string
let target: string

beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-durable-'))
  target = path.join(folder, 'review.json')
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

function reviewFile(fileSystem?: DurableFileSystem): DurableJsonFile<Review> {
  return new DurableJsonFile(target, {
    schema: reviewSchema,
    formatName: 'the review format',
    fileSystem,
  })
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8'))
}

async function expectStoreFileError(promise: Promise<unknown>): Promise<StoreFileError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(StoreFileError)
  return error as StoreFileError
}

function simulatedCrash(): Error {
  return new Error('simulated crash')
}

describe('DurableJsonFile', () => {
  it('reads null when the file does not exist', async () => {
    expect(await reviewFile().read()).toBeNull()
  })

  it('reads back what it wrote', async () => {
    const review = buildReview()
    const file = reviewFile()
    await file.write(review)
    expect(await file.read()).toEqual(review)
  })

  it('explains a file that is not JSON with the parser message', async () => {
    await fs.writeFile(target, '{"schemaVersion": 1, oops}')
    const error = await expectStoreFileError(reviewFile().read())
    expect(error.file).toBe(target)
    expect(error.reason).toMatch(/^it is not valid JSON \(.+\)$/)
  })

  it('explains a schema mismatch with the path of the wrong field', async () => {
    const review = buildReview()
    await fs.writeFile(
      target,
      JSON.stringify({ ...review, metadata: { ...review.metadata, title: 42 } }),
    )
    const error = await expectStoreFileError(reviewFile().read())
    expect(error.reason).toBe(
      'it does not match the review format: metadata.title: expected string, received number',
    )
  })

  it('keeps the previous version as a backup when it writes a new one', async () => {
    const first = buildReview()
    const second = { ...first, metadata: { ...first.metadata, title: 'Second' } }
    const file = reviewFile()
    await file.write(first)
    await file.write(second)
    expect(await readJson(target)).toEqual(second)
    expect(await readJson(`${target}.bak`)).toEqual(first)
    expect(await file.readBackup()).toEqual(first)
  })

  it('leaves no temporary file when a crash left the backup linked to the current file', async () => {
    const first = buildReview()
    const file = reviewFile()
    await file.write(first)
    // A save killed between its two renames leaves <file>.bak as a second link to <file>.
    await fs.rm(`${target}.bak`, { force: true })
    await fs.link(target, `${target}.bak`)
    await file.write({ ...first, metadata: { ...first.metadata, title: 'Second' } })
    expect((await fs.readdir(folder)).sort()).toEqual(['review.json', 'review.json.bak'])
    expect(await readJson(`${target}.bak`)).toEqual(first)
  })

  it('copies the backup when hard links are not supported', async () => {
    const first = buildReview()
    const second = { ...first, metadata: { ...first.metadata, title: 'Second' } }
    const file = reviewFile({
      ...fs,
      link: async () => {
        throw Object.assign(new Error('links are not supported here'), { code: 'EPERM' })
      },
    })
    await file.write(first)
    await file.write(second)
    expect(await readJson(`${target}.bak`)).toEqual(first)
  })

  it('leaves the previous file intact when the rename fails', async () => {
    const first = buildReview()
    await reviewFile().write(first)
    const file = reviewFile({
      ...fs,
      rename: async (from, to) => {
        if (String(to) === target) throw simulatedCrash()
        await fs.rename(from, to)
      },
    })
    await expect(file.write({ ...first, updatedAt: '2025-04-01T00:00:00.000Z' })).rejects.toThrow(
      'simulated crash',
    )
    expect(await readJson(target)).toEqual(first)
  })

  it('leaves the previous file intact when the temporary file is only partly written', async () => {
    const first = buildReview()
    await reviewFile().write(first)
    const file = reviewFile({
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args)
        const writeFile = handle.writeFile.bind(handle)
        handle.writeFile = async (data) => {
          await writeFile(String(data).slice(0, 40))
          throw simulatedCrash()
        }
        return handle
      },
      // A crashed process does not clean up after itself.
      unlink: async () => undefined,
    })
    await expect(file.write({ ...first, updatedAt: '2025-04-01T00:00:00.000Z' })).rejects.toThrow(
      'simulated crash',
    )
    expect(await readJson(target)).toEqual(first)
    const leftovers = (await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))
    expect(leftovers).toHaveLength(1)
  })

  it('leaves the previous file intact when fsync fails', async () => {
    const first = buildReview()
    await reviewFile().write(first)
    const file = reviewFile({
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args)
        handle.sync = async () => {
          throw simulatedCrash()
        }
        return handle
      },
    })
    await expect(file.write({ ...first, updatedAt: '2025-04-01T00:00:00.000Z' })).rejects.toThrow(
      'simulated crash',
    )
    expect(await readJson(target)).toEqual(first)
    expect((await fs.readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('resolves a save only after the rename and the folder fsync', async () => {
    const events: string[] = []
    const file = reviewFile({
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args)
        const isFolder = String(args[0]) === folder
        const sync = handle.sync.bind(handle)
        handle.sync = async () => {
          await sync()
          events.push(isFolder ? 'sync folder' : 'sync file')
        }
        return handle
      },
      rename: async (from, to) => {
        await fs.rename(from, to)
        if (String(to) === target) events.push('rename')
      },
    })
    await file.write(buildReview())
    expect(events).toEqual(['sync file', 'rename', 'sync folder'])
  })

  it('never lets two saves to the same file overlap', async () => {
    let saving = 0
    let mostAtOnce = 0
    const file = reviewFile({
      ...fs,
      open: async (...args: Parameters<typeof fs.open>) => {
        if (String(args[0]).endsWith('.tmp')) {
          saving += 1
          mostAtOnce = Math.max(mostAtOnce, saving)
        }
        return fs.open(...args)
      },
      rename: async (from, to) => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        await fs.rename(from, to)
        if (String(to) === target) saving -= 1
      },
    })
    const review = buildReview()
    const titles = Array.from({ length: 5 }, (_, position) => `Title ${position}`)
    await Promise.all(
      titles.map((title) => file.write({ ...review, metadata: { ...review.metadata, title } })),
    )
    expect(mostAtOnce).toBe(1)
    expect(((await readJson(target)) as Review).metadata.title).toBe('Title 4')
  })

  it('keeps saving after one save failed', async () => {
    let failNext = true
    const file = reviewFile({
      ...fs,
      rename: async (from, to) => {
        if (failNext && String(to) === target) {
          failNext = false
          throw simulatedCrash()
        }
        await fs.rename(from, to)
      },
    })
    const review = buildReview()
    const failed = file.write(review)
    const succeeded = file.write(review)
    await expect(failed).rejects.toThrow('simulated crash')
    await succeeded
    expect(await readJson(target)).toEqual(review)
  })

  it('keeps the backup untouched while preserveBackup is set', async () => {
    const first = buildReview()
    const file = reviewFile()
    await file.write(first)
    await file.write({ ...first, metadata: { ...first.metadata, title: 'Second' } })
    file.preserveBackup = true
    await file.write({ ...first, metadata: { ...first.metadata, title: 'Third' } })
    expect(await readJson(`${target}.bak`)).toEqual(first)
  })
})
