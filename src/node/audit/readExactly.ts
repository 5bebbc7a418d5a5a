import type { FileHandle } from 'node:fs/promises'

/** Fills `buffer` from `position` on, however many reads that takes. */
export async function readExactly(
  handle: FileHandle,
  buffer: Uint8Array,
  position: number,
): Promise<void> {
  let done = 0
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, position + done)
    if (bytesRead === 0) throw new Error('the file became shorter while it was being read')
    done += bytesRead
  }
}
