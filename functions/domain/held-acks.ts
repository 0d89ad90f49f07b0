/**
 * The acknowledgements a site's hourly budget held back, by feedback id: the list the owner's
 * one-click release works through. Nothing in it is lost: each record also says `held` itself.
 */
export interface HeldAcks {
  hold(siteId: string, feedbackId: string): Promise<void>;
  list(siteId: string): Promise<string[]>;
  forget(siteId: string, feedbackIds: string[]): Promise<void>;
}
