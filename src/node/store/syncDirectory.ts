import * as nodeFileSystem from 'node:fs/promises'

type DirectoryOpener = Pick<typeof nodeFileSystem, 'open'>

/** Flushes a folder's entries (a rename, a new file) to disk. */
export async function syncDirectory(
  folder: string,
  fileSystem: DirectoryOpener = nodeFileSystem,
): Promise<void> {
  try {
    const handle = await fileSystem.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    // Windows cannot open or fsync a folder; the rename is as durable as it gets there.
    const code = (error as NodeJS.ErrnoException | null)?.code
    if (code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL') return
    throw error
  }
}
