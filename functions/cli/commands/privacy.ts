import { eraseCustomer, exportCustomer } from '../../domain/privacy.ts';
import { exactlyOne } from '../args.ts';
import type { Command } from '../command.ts';
import { type CliIo, connect } from '../context.ts';

async function privacyDeps(values: Record<string, string | boolean | undefined>, io: CliIo) {
  const { admin, services } = await connect(values, io, { secret: true });
  return { data: admin, hash: services.hash, clock: services.clock };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'everything stored about a customer, as JSON (GDPR Art. 15 and 20)',
  usage: 'earshot export <email>',
  details: [
    '  Prints every feedback record (with its thread), the acknowledgement counters and any',
    '  suppression entry stored under the address, on every site, as JSON on stdout.',
  ],
  options: {},
  async run({ values, positionals }, io) {
    const email = exactlyOne('export', 'email', positionals);
    const exported = await exportCustomer(email, await privacyDeps(values, io));
    io.stdout.write(`${JSON.stringify(exported, null, 2)}\n`);
    const nothing =
      exported.feedback.length === 0 &&
      exported.acknowledgementCounters.length === 0 &&
      exported.suppression === undefined;
    if (nothing) io.stderr.write('Nothing is stored about this address.\n');
    return 0;
  },
};

export const erase: Command = {
  name: 'erase',
  summary: 'delete everything stored about a customer (GDPR Art. 17)',
  usage: 'earshot erase <email> [--yes]',
  details: [
    '  Deletes every feedback record of the address on every site (thread, email delivery state,',
    '  idempotency key and pending reminders live inside it) and its acknowledgement counters.',
    '  A suppression entry (bounced, complained, unsubscribed) stays, reduced to the hash, so the',
    '  person is never emailed again.',
    '  --yes             do not ask for confirmation at a terminal',
  ],
  options: { yes: { type: 'boolean', short: 'y' } },
  async run({ values, positionals }, io) {
    const email = exactlyOne('erase', 'email', positionals);
    const deps = await privacyDeps(values, io);
    if (!values.yes && io.confirm && !(await io.confirm(`Erase everything stored about ${email}?`))) {
      io.stderr.write('Nothing erased.\n');
      return 1;
    }
    const report = await eraseCustomer(email, deps);
    const records = report.feedback === 1 ? 'record' : 'records';
    const counters = report.counters === 1 ? 'counter' : 'counters';
    io.stdout.write(
      `Erased ${report.feedback} feedback ${records} and ${report.counters} acknowledgement ${counters}.${
        report.suppressionKept
          ? ' Kept the suppression entry (hash only), so they are never emailed again.'
          : ''
      }\n`,
    );
    return 0;
  },
};
