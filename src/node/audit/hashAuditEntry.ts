import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'

/**
 * SHA-256 (hex) of the UTF-8 bytes of the RFC 8785 canonical JSON of an entry's fields
 * without `hash`. Canonical JSON sorts keys and fixes number and string forms, so the hash
 * does not depend on how a line was laid out.
 */
export function hashAuditEntry(fieldsWithoutHash: Record<string, unknown>): string {
  if ('hash' in fieldsWithoutHash) throw new Error('An audit entry is hashed without its hash.')
  const canonical = canonicalize(fieldsWithoutHash)
  if (canonical === undefined) throw new Error('An audit entry must be a JSON object.')
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}
