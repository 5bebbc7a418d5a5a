import type * as FsPromises from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'
import { importDraftFromPath } from '../../../src/node/import/importDraft'
import { importFailure } from './importFailure'

// The tests may run as root, who can read any file, so the permission error is simulated.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>()
  const permissionDenied = (): Promise<never> =>
    Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
  return { ...original, default: { ...original, stat: permissionDenied }, stat: permissionDenied }
})

describe('importDraftFromPath with an unreadable file', () => {
  it('explains that permission was denied', async () => {
    expect(await importFailure(importDraftFromPath('/drafts/locked.txt'))).toEqual({
      fileName: 'locked.txt',
      reason: 'the file could not be read: permission denied',
      message: 'Could not open “locked.txt”: the file could not be read: permission denied.',
    })
  })
})
