import type { EarshotConfig } from '../config/schema.ts';
import type { CustomerHistory, Feedback, MailKind } from '../domain/feedback.ts';
import type { OutgoingEmail } from '../domain/ports.ts';
import { replyAddress, type Signer } from '../domain/reply-address.ts';
import { findSite } from '../domain/submit-feedback.ts';
import { renderAcknowledgement } from './acknowledgement.ts';
import { renderStaffAlert } from './staff-alert.ts';

export interface ComposeContext {
  config: EarshotConfig;
  signer: Signer;
  history?: CustomerHistory;
}

/** Addresses one email: who it is from, to and where answers go. Templates only write the words. */
export function composeEmail(kind: MailKind, feedback: Feedback, context: ComposeContext): OutgoingEmail {
  const site = findSite(context.config, feedback.siteId);
  const from = { name: site.displayName, address: site.sender };
  const reply = (party: 'staff' | 'customer') =>
    replyAddress(context.signer, context.config.inboundDomain, feedback.id, party);
  switch (kind) {
    case 'alert':
      return {
        from,
        to: [feedback.owner.email],
        replyTo: [reply('staff')],
        ...renderStaffAlert({ feedback, site, history: context.history }),
      };
    case 'ack':
      if (!feedback.email) throw new Error(`Feedback ${feedback.id} has no address to acknowledge.`);
      return {
        from,
        to: [feedback.email],
        replyTo: [reply('customer')],
        ...renderAcknowledgement(feedback, site),
      };
  }
}
