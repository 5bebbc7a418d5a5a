import { ImportError } from '../../node/import/importDraft'
import { ReviewNotFoundError } from '../../node/store/reviewNotFoundError'
import { StoreFileError } from '../../node/store/storeFileError'
import { StoreLockedError } from '../../node/store/storeLockedError'
import { AuditLogError } from '../../node/audit/auditLogError'
import { CommandRefusedError } from '../../node/review/commandRefusedError'
import { StoreError } from '../../node/store/storeError'
import { UserFacingError } from './userFacingError'

/** Turns a thrown error into what the renderer shows: a code and a sentence for the user. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof UserFacingError) return { code: error.code, message: error.message }
  if (error instanceof CommandRefusedError) return { code: error.code, message: error.message }
  if (error instanceof StoreError) return { code: 'store-failed', message: error.message }
  if (error instanceof AuditLogError) {
    return {
      code: 'audit-failed',
      message: `${error.message} The change was not made. Tools › Verify Audit Trail shows what is wrong.`,
    }
  }
  if (error instanceof ImportError) return { code: 'import-failed', message: error.message }
  if (error instanceof ReviewNotFoundError) return { code: 'not-found', message: error.message }
  if (error instanceof StoreLockedError) return { code: 'store-locked', message: error.message }
  if (error instanceof StoreFileError) {
    return { code: 'store-failed', message: `Could not use ${error.file}: ${error.reason}` }
  }
  console.error('Unexpected error in a Copydesk request:', error)
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message: `Something went wrong: ${detail}` }
}
