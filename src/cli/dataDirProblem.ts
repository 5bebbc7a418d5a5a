import { stat } from 'node:fs/promises'
import { describeFileError } from './describeFileError'

/** Why a data folder cannot be read from, or null when it can; for commands that only read. */
export async function dataDirProblem(dataDir: string): Promise<string | null> {
  try {
    return (await stat(dataDir)).isDirectory() ? null : 'it is not a folder'
  } catch (error) {
    return describeFileError(error)
  }
}
