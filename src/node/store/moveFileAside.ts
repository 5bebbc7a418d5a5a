import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import { syncDirectory } from './syncDirectory'

export const SET_ASIDE_FOLDER = 'set-aside'

/** The time in a set-aside file's name: ISO 8601 with the characters file systems refuse replaced. */
export function setAsideTimestamp(now: Date): string {
  return now.toISOString().replaceAll(':', '-').replace('.', '-')
}

/**
 * Moves a file that cannot be used into `<dataDir>/set-aside/`, under a timestamped name
 * that never replaces an earlier one. Returns the new path relative to the data folder.
 */
export async function moveFileAside(dataDir: string, file: string, now: Date): Promise<string> {
  const setAsideFolder = path.join(dataDir, SET_ASIDE_FOLDER)
  await nodeFileSystem.mkdir(setAsideFolder, { recursive: true })
  const baseName = path.basename(file, '.json')
  const timestamp = setAsideTimestamp(now)
  let setAsideName = `${baseName}.${timestamp}.json`
  for (let attempt = 2; await exists(path.join(setAsideFolder, setAsideName)); attempt++) {
    setAsideName = `${baseName}.${timestamp}-${attempt}.json`
  }
  await nodeFileSystem.rename(file, path.join(setAsideFolder, setAsideName))
  await syncDirectory(setAsideFolder)
  await syncDirectory(path.dirname(file))
  return `${SET_ASIDE_FOLDER}/${setAsideName}`
}

async function exists(file: string): Promise<boolean> {
  try {
    await nodeFileSystem.access(file)
    return true
  } catch {
    return false
  }
}
