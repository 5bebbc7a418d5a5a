import { spawn } from 'node:child_process'
import * as fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import { StoreLockedError } from '../../../src/node/store/storeLockedError'

let dataDir: string

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'copydesk-lock-'))
})

afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function processIdOfExitedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  const processId = child.pid
  if (processId === undefined) throw new Error('could not start a child process')
  await new Promise((resolve) => child.on('exit', resolve))
  return processId
}

describe('ReviewStore lock', () => {
  it('writes its process id into the lock file', async () => {
    const store = await ReviewStore.open(dataDir)
    expect(await fs.readFile(path.join(dataDir, '.lock'), 'utf8')).toBe(String(process.pid))
    await store.close()
  })

  it('refuses a second open of the same data folder while the first is open', async () => {
    const store = await ReviewStore.open(dataDir)
    const error = await ReviewStore.open(dataDir).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(StoreLockedError)
    expect((error as Error).message).toBe(
      `The data folder ${dataDir} is in use by another Copydesk (process ${process.pid}).`,
    )
    await store.close()
  })

  it('releases the lock on close so the folder can be opened again', async () => {
    const store = await ReviewStore.open(dataDir)
    await store.close()
    await expect(fs.access(path.join(dataDir, '.lock'))).rejects.toThrow()
    const reopened = await ReviewStore.open(dataDir)
    await reopened.close()
  })

  it('takes over a lock left behind by a process that no longer runs', async () => {
    const deadProcessId = await processIdOfExitedProcess()
    await fs.writeFile(path.join(dataDir, '.lock'), String(deadProcessId))
    const store = await ReviewStore.open(dataDir)
    expect(await fs.readFile(path.join(dataDir, '.lock'), 'utf8')).toBe(String(process.pid))
    await store.close()
  })
})
