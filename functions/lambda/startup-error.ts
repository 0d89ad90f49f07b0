/**
 * A function cannot start: the message names what is missing and where it is configured, because
 * the init error is the one line an operator sees in CloudWatch, and the cause keeps the SDK's.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** `AccessDeniedException: …` from an SDK error, or the message of anything else thrown. */
export function describeCause(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
