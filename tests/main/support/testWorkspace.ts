import { readdir, readFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ApiContext } from '../../../src/main/api/apiContext'
import { openWorkspace } from '../../../src/main/app/openWorkspace'

/** Lets tests run the Word worker from its TypeScript source. */
export const testImportOptions = {
  docxWorkerFile: resolve('src/node/import/docxWorker.ts'),
  docxWorkerExecArgv: ['--require', 'tsx/cjs'],
}

export interface TestWorkspace {
  dataDir: string
  context: ApiContext
  /** Every file in the data folder with its bytes, to prove a request changed nothing. */
  snapshot: () => Promise<Record<string, string>>
  close: () => Promise<void>
}

/** The reviewer every test workspace starts with, unless a test asks for none. */
export const TEST_REVIEWER = {
  name: 'Robin Test',
  role: 'medical-reviewer',
  credentials: 'MD',
} as const

export async function openTestWorkspace(
  options: { withReviewer?: boolean } = {},
): Promise<TestWorkspace> {
  const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-api-'))
  const context = await openWorkspace(
    dataDir,
    {
      transport: 'browser',
      version: '0.0.0-test',
      platform: process.platform,
      hasNativeDialogs: false,
      hasNativeClipboard: false,
    },
    testImportOptions,
  )
  if (options.withReviewer ?? true) await context.reviewers.create({ ...TEST_REVIEWER })
  return {
    dataDir,
    context,
    snapshot: async () => {
      await context.store.flush()
      const files: Record<string, string> = {}
      for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || entry.name === '.lock') continue
        const path = join(entry.parentPath, entry.name)
        files[path.slice(dataDir.length + 1)] = await readFile(path, 'utf8')
      }
      return files
    },
    close: async () => {
      await context.store.close()
      await context.reviewers.flush()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64')
}
