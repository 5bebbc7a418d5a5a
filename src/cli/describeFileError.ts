/** A short reason for a failed file or folder operation, e.g. "it does not exist". */
export function describeFileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return 'it does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ENOTDIR':
      return 'a part of its path is not a folder'
    case 'EISDIR':
      return 'it is a folder, not a file'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
