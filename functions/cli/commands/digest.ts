import { sendDigest } from '../../domain/digest.ts';
import type { Mailer } from '../../domain/ports.ts';
import { findSite } from '../../domain/submit-feedback.ts';
import { none } from '../args.ts';
import type { Command } from '../command.ts';
import { connect } from '../context.ts';

export const digest: Command = {
  name: 'digest',
  summary: "send the weekly digest to the site's owners now",
  usage: 'earshot digest [--site S] [--dry-run]',
  details: [
    '  --site S          one configured site (else every site)',
    '  --dry-run         print the email instead of sending it',
  ],
  options: { site: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    none('digest', positionals);
    // The digest links to each case with signed links, so it needs the stack's real secret.
    const { config, services, admin } = await connect(values, io, { secret: true });
    const sites = typeof values.site === 'string' ? [findSite(config, values.site)] : config.sites;
    const printer: Mailer = {
      async send(email) {
        io.stdout.write(`To: ${email.to.join(', ')}\nSubject: ${email.subject}\n\n${email.text}\n\n`);
        return { messageId: 'dry-run' };
      },
    };
    for (const site of sites) {
      const sent = await sendDigest(site.id, {
        config,
        source: admin,
        mailer: values['dry-run'] ? printer : services.mailer,
        clock: services.clock,
        signer: services.signer,
        incidents: services.incidents,
      });
      if (!values['dry-run']) {
        io.stdout.write(
          `Sent the digest for ${site.id} to ${sent.to.join(', ')}: ${sent.digest.volume.thisWeek} this week, ${sent.digest.overdue.length} waiting past the promise.\n`,
        );
      }
    }
    return 0;
  },
};
