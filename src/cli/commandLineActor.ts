import { userInfo } from 'node:os'
import type { AuditActor } from '../shared/audit/auditEntry'

/** Who the audit log names for a change made from the command line, until reviewer profiles are wired in. */
export function commandLineActor(username: string = operatingSystemUser()): AuditActor {
  return { id: `cli:${username}`, name: `${username} (command line)` }
}

function operatingSystemUser(): string {
  try {
    return userInfo().username
  } catch {
    // A user with no passwd entry, e.g. in some containers.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown'
  }
}
