/** Typed failures of the domain; the HTTP layer maps each to one status in one place. */
export class EarshotError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ValidationError extends EarshotError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
  }
}

export class UnknownSiteError extends EarshotError {}

export class OriginNotAllowedError extends EarshotError {}

export class RateLimitedError extends EarshotError {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many submissions from this address; try again shortly.');
  }
}

/** Another writer changed the item since it was read; the caller re-reads and tries again. */
export class ConflictError extends EarshotError {}

/** A send that can never succeed (bad template, rejected address): retrying will not help. */
export class PermanentSendError extends EarshotError {}

/** A send that may well succeed later (SES unreachable, throttled): retried with backoff. */
export class TransientSendError extends EarshotError {}

/** Storage is shedding load (DynamoDB throttling): nothing was stored, and trying again soon will work. */
export class StoreBusyError extends EarshotError {
  readonly retryAfterSeconds = 1;
}
