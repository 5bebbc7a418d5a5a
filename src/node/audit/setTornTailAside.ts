import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import { errorCode } from '../store/durableJsonFile'
import { SET_ASIDE_FOLDER, setAsideTimestamp } from '../store/moveFileAside'
import { syncDirectory } from '../store/syncDirectory'

/**
 * Saves the bytes of an audit log's torn last line (an append that never finished, so never
 * acknowledged) as `<dataDir>/set-aside/<log name>.torn.<timestamp>.jsonl`, named the way the
 * store names set-aside files and never replacing one. Returns the path relative to the data folder.
 */
export async function setTornTailAside(
  dataDir: string,
  logFile: string,
  tornBytes: Uint8Array,
  now: Date,
): Promise<string> {
  const setAsideFolder = path.join(dataDir, SET_ASIDE_FOLDER)
  await nodeFileSystem.mkdir(setAsideFolder, { recursive: true })
  const baseName = `${path.basename(logFile, '.jsonl')}.torn`
  const timestamp = setAsideTimestamp(now)
  for (let attempt = 1; ; attempt++) {
    const setAsideName = `${baseName}.${timestamp}${attempt === 1 ? '' : `-${attempt}`}.jsonl`
    let handle: nodeFileSystem.FileHandle
    try {
      handle = await nodeFileSystem.open(path.join(setAsideFolder, setAsideName), 'wx')
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue
      throw error
    }
    try {
      await handle.writeFile(tornBytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await syncDirectory(setAsideFolder)
    return `${SET_ASIDE_FOLDER}/${setAsideName}`
  }
}
