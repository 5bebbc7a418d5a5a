/** An audit log that cannot be appended to: unreadable, or its last entry cannot be read. */
export class AuditLogError extends Error {
  override readonly name = 'AuditLogError'

  constructor(
    readonly file: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`The audit log ${file} cannot be used: ${reason}.`, options)
  }
}
