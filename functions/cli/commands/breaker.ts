import { breakerStatus, resumeBreaker } from '../../domain/reputation-breaker.ts';
import { findSite } from '../../domain/submit-feedback.ts';
import { none, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { connect } from '../context.ts';
import { utc } from '../format.ts';

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;

export const breaker: Command = {
  name: 'breaker',
  summary: "each site's reputation breaker: is its automated customer mail paused? (--resume restarts it)",
  usage: 'earshot breaker [--site S] [--resume]',
  details: [
    '  --site S          one configured site (else every site)',
    '  --resume          restart the paused customer mail of --site S and send what was held;',
    '                    do this once the cause (e.g. a flood of invalid addresses) is dealt with',
  ],
  options: { site: { type: 'string' }, resume: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    none('breaker', positionals);
    const { config, services } = await connect(values, io, { secret: false });
    const siteId = typeof values.site === 'string' ? values.site : undefined;
    if (values.resume) {
      if (!siteId) throw new UsageError('breaker: --resume needs --site S: one site at a time');
      const site = findSite(config, siteId);
      const released = await resumeBreaker(site.id, services);
      io.stdout.write(`${site.id}: resumed; ${released} feedback with paused customer mail released.\n`);
      return 0;
    }
    const sites = siteId ? [findSite(config, siteId)] : config.sites;
    for (const site of sites) {
      const { state, window, from } = await breakerStatus(site, services);
      const status =
        state.state === 'tripped'
          ? `TRIPPED at ${utc(state.trippedAt)}: automated customer mail is paused (staff mail flows)`
          : 'closed: customer mail flows';
      io.stdout.write(
        `${site.id}: ${status}\n  since ${utc(from.toISOString())}: ${window.sent} customer emails, ` +
          `${window.bounces} bounced (${percent(window.bounces, window.sent)}), ` +
          `${window.complaints} complaints (${percent(window.complaints, window.sent)})\n`,
      );
    }
    return 0;
  },
};
