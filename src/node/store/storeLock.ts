import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import { errorCode } from './durableJsonFile'
import { StoreError } from './storeError'
import { StoreLockedError } from './storeLockedError'

export const LOCK_FILE = '.lock'

/**
 * Takes the single-writer lock on a data folder: a file holding the owner's process id. A
 * lock left by a process that no longer runs is taken over; a live owner is refused.
 */
export async function acquireStoreLock(dataDir: string): Promise<void> {
  const lockFile = path.join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await nodeFileSystem.open(lockFile, 'wx')
      try {
        await handle.writeFile(String(process.pid), 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      return
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const owner = await storeLockOwner(dataDir)
    if (owner !== null) throw new StoreLockedError(dataDir, owner)
    // The lock was left behind by a process that no longer runs: take it over.
    await nodeFileSystem.rm(lockFile, { force: true })
  }
  throw new StoreError(`Could not take the lock on the data folder ${dataDir}.`)
}

export async function releaseStoreLock(dataDir: string): Promise<void> {
  await nodeFileSystem.rm(path.join(dataDir, LOCK_FILE), { force: true })
}

/** The live process holding the data folder's lock, or null when nobody holds it. */
export async function storeLockOwner(dataDir: string): Promise<number | null> {
  const owner = Number.parseInt(
    await nodeFileSystem.readFile(path.join(dataDir, LOCK_FILE), 'utf8').catch(() => ''),
    10,
  )
  return Number.isInteger(owner) && owner > 0 && processIsAlive(owner) ? owner : null
}

function processIsAlive(processId: number): boolean {
  try {
    process.kill(processId, 0)
    return true
  } catch (error) {
    return errorCode(error) !== 'ESRCH'
  }
}
