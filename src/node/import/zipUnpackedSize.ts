const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_LENGTH = 22
const ENTRY_HEADER_LENGTH = 46
const MAX_COMMENT_LENGTH = 0xffff
/** A size field set to this means the real size is in a ZIP64 record. */
const ZIP64_MARKER = 0xffffffff

/**
 * What a ZIP archive says its files add up to once unpacked, read from its central directory
 * without unpacking anything: Infinity when a file uses ZIP64 (4 GB and more), null when the
 * directory cannot be read. The sizes are the archive's own claims, which the unpacker does not have to
 * honour, so this catches a zip bomb that declares its size, and a time limit the rest.
 */
export function zipUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const earliest = Math.max(0, bytes.byteLength - END_RECORD_LENGTH - MAX_COMMENT_LENGTH)
  let end = -1
  for (let offset = bytes.byteLength - END_RECORD_LENGTH; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset
      break
    }
  }
  if (end === -1) return null
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  let total = 0
  for (let entry = 0; entry < entries; entry++) {
    if (offset + ENTRY_HEADER_LENGTH > bytes.byteLength) return null
    if (view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return null
    const unpacked = view.getUint32(offset + 24, true)
    total += unpacked === ZIP64_MARKER ? Number.POSITIVE_INFINITY : unpacked
    offset +=
      ENTRY_HEADER_LENGTH +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return total
}
