import { ImportError } from '../../../src/node/import/importDraft'

/** The ImportError an import rejects with, as a plain value; throws if the import succeeds. */
export async function importFailure(
  importing: Promise<unknown>,
): Promise<{ fileName: string; reason: string; message: string }> {
  try {
    await importing
  } catch (error) {
    if (!(error instanceof ImportError)) throw error
    return { fileName: error.fileName, reason: error.reason, message: error.message }
  }
  throw new Error('expected the import to fail, but it succeeded')
}
