import type { StoreProblem } from '../../shared/api/channels'
import type { DurableJsonFile } from './durableJsonFile'
import { moveFileAside } from './moveFileAside'
import { StoreFileError } from './storeFileError'

/**
 * Files of the data folder that could not be used: each is moved into `set-aside/`, never
 * overwritten, and listed with its reason and whether a good backup can be restored.
 */
export class StoreProblems {
  private list: StoreProblem[] = []

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  get all(): StoreProblem[] {
    return this.list.map((problem) => ({ ...problem }))
  }

  find(relativeFile: string): StoreProblem | undefined {
    return this.list.find((problem) => problem.file === relativeFile)
  }

  /**
   * Moves the file aside and records why. `backupMatches` says whether a readable backup
   * belongs to this file (e.g. carries the same review id).
   */
  async setAside(
    relativeFile: string,
    file: DurableJsonFile<unknown>,
    reason: string,
    backupMatches: (backup: unknown) => boolean,
  ): Promise<void> {
    const setAsideAs = await moveFileAside(this.dataDir, file.file, this.now())
    const backupAvailable = await backupIsUsable(file, backupMatches)
    file.preserveBackup = backupAvailable
    this.remove(relativeFile)
    this.list.push({ file: relativeFile, reason, setAsideAs, backupAvailable })
  }

  remove(relativeFile: string): void {
    this.list = this.list.filter((problem) => problem.file !== relativeFile)
  }
}

async function backupIsUsable(
  file: DurableJsonFile<unknown>,
  backupMatches: (backup: unknown) => boolean,
): Promise<boolean> {
  try {
    const backup = await file.readBackup()
    return backup !== null && backupMatches(backup)
  } catch (error) {
    if (error instanceof StoreFileError) return false
    throw error
  }
}
