import { userInfo } from 'node:os'
import type { AuditActor } from '../shared/audit/auditEntry'

/** Who the audit log names for a command-line change in a data folder with no active reviewer. */
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
