import type { Context } from 'hono';

/** The body was not what a JSON client sends: the caller answers 400 `invalid_body`. */
export class InvalidBodyError extends Error {
  override name = 'InvalidBodyError';
}

// fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD, which would
// silently change the customer's words. A leading BOM is still accepted and dropped.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses the request body as JSON, refusing bytes that are not valid UTF-8. */
export async function readJsonBody(c: Context): Promise<unknown> {
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new InvalidBodyError('The body is not valid UTF-8: send the JSON encoded as UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
