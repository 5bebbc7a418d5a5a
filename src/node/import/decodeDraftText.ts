import { ImportError } from './ImportError'

const UTF16_LITTLE_ENDIAN_BOM = [0xff, 0xfe]
const UTF16_BIG_ENDIAN_BOM = [0xfe, 0xff]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}

function decodeStrictly(fileName: string, bytes: Uint8Array, encoding: string): string {
  try {
    // The decoder drops a leading byte order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'
    return reject(fileName, `the text is not valid ${name} (save it as UTF-8 and try again)`)
  }
}

function reject(fileName: string, reason: string): never {
  throw new ImportError(fileName, reason)
}

/**
 * The text of a .txt, .md or .html file: UTF-8 (with or without BOM) or UTF-16 with BOM.
 * NUL bytes outside UTF-16 mean the file is binary, whatever its extension says.
 */
export function decodeDraftText(fileName: string, bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16_LITTLE_ENDIAN_BOM)) return decodeStrictly(fileName, bytes, 'utf-16le')
  if (startsWith(bytes, UTF16_BIG_ENDIAN_BOM)) return decodeStrictly(fileName, bytes, 'utf-16be')
  if (bytes.includes(0)) reject(fileName, 'the file contains binary data, not text')
  return decodeStrictly(fileName, bytes, 'utf-8')
}
