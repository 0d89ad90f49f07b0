export interface NotifyRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * Posts one notification. Resolves with the receiver's status (any status, redirects included:
 * they are not followed); rejects when no answer came in time or at all. Rejects with
 * `OutboundRefusedError` when the URL may not be called at all, which no retry changes.
 */
export interface NotifyPoster {
  post(request: NotifyRequest): Promise<{ status: number }>;
}

/** Targets that answered 410 Gone: off for every case until the config names a new URL. */
export interface TargetSwitches {
  isOff(siteId: string, targetId: string): Promise<boolean>;
  /** True only for the caller that turned it off, so the owner is told once. */
  turnOff(siteId: string, targetId: string, at: string, reason: string): Promise<boolean>;
}

export interface NotifyPorts {
  poster: NotifyPoster;
  switches: TargetSwitches;
  /** Base64 HMAC-SHA256 of `content` with a `whsec_` secret (the Standard Webhooks signature). */
  signWebhook(secret: string, content: string): string;
}

/** The URL may not be called at all (it resolves to a private or link-local address in AWS). */
export class OutboundRefusedError extends Error {
  override name = 'OutboundRefusedError';
}
