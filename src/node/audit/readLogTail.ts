import type { FileHandle } from 'node:fs/promises'
import { readExactly } from './readExactly'

export interface LogTail {
  /** Bytes up to and including the last newline: the complete lines. */
  completeLength: number
  /** The last complete line without its newline, or null when there is no complete line. */
  lastCompleteLine: string | null
}

const NEWLINE = 0x0a
const CHUNK_BYTES = 64 * 1024

/** Reads backwards from the end of a log only as far as its last complete line. */
export async function readLogTail(handle: FileHandle, size: number): Promise<LogTail> {
  let start = size
  let tail = Buffer.alloc(0)
  for (;;) {
    const lastNewline = tail.lastIndexOf(NEWLINE)
    if (lastNewline !== -1) {
      const newlineBefore = lastNewline === 0 ? -1 : tail.lastIndexOf(NEWLINE, lastNewline - 1)
      if (newlineBefore !== -1 || start === 0) {
        return {
          completeLength: start + lastNewline + 1,
          lastCompleteLine: tail.subarray(newlineBefore + 1, lastNewline).toString('utf8'),
        }
      }
    } else if (start === 0) {
      return { completeLength: 0, lastCompleteLine: null }
    }
    const readFrom = Math.max(0, start - CHUNK_BYTES)
    const chunk = Buffer.alloc(start - readFrom)
    await readExactly(handle, chunk, readFrom)
    tail = Buffer.concat([chunk, tail])
    start = readFrom
  }
}
