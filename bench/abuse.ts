import { writeFileSync } from 'node:fs';
import { ManualClock } from '../functions/adapters/clock.ts';
import { startTestStack } from '../tests/helpers/stack.ts';

/**
 * `npm run bench:abuse`: issue 14's figures. A script types 1,000 strangers' addresses into one
 * site's form over 10 minutes (simulated clock), and 50 Gmail spellings of one mailbox: how many
 * acknowledgements go out, and is every feedback stored? Counts, not speed: the same on any machine.
 */
const clock = new ManualClock('2026-11-25T10:00:00Z');
const t = await startTestStack({ clock, pollIntervalMs: 3_600_000 });
const budget = t.config.sites[0]?.ackBudgetPerHour ?? 0;
const body = { siteId: 'demo', rating: 2, message: 'Typed by a script, not by a customer.' };

async function submitAll(emails: string[], spreadMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) {
    const response = await t.post({ ...body, email });
    if (response.status !== 202) throw new Error(`submission answered ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
    clock.advance(spreadMs / emails.length);
  }
  while ((await t.stack.runDueWork()) > 0) {}
  return ids;
}

async function outcome(ids: string[], emails: string[]) {
  const records = await Promise.all(ids.map((id) => t.stack.services.store.get(id)));
  const addresses = new Set(emails.map((email) => email.toLowerCase()));
  const inbox = await t.inbox();
  return {
    submitted: ids.length,
    stored: records.filter(Boolean).length,
    alerted: records.filter((record) => record?.mail.alert?.state === 'sent').length,
    acknowledgementsSent: inbox.filter((email) => email.destination.to.some((to) => addresses.has(to)))
      .length,
    held: records.filter((record) => record?.mail.ack?.state === 'held').length,
    skippedDailyLimit: records.filter((record) => record?.mail.ack?.reason === 'daily-limit').length,
  };
}

const strangers = Array.from({ length: 1000 }, (_, i) => `stranger-${i}@example.org`);
const flood = await outcome(await submitAll(strangers, 10 * 60_000), strangers);
await t.clearInbox();

clock.set('2026-11-26T10:00:00Z');
const gmail = Array.from({ length: 50 }, (_, i) => {
  const dotted = [...'fjordfan'].map((c, at) => (at > 0 && (i >> (at - 1)) & 1 ? `.${c}` : c)).join('');
  return `${i % 3 === 0 ? `${dotted}+n${i}` : dotted}@${i % 5 === 0 ? 'googlemail.com' : 'gmail.com'}`;
});
const dots = await outcome(await submitAll(gmail, 60_000), gmail);
await t.stop();

const pass = (ok: boolean) => (ok ? 'pass' : '**FAIL**');
const table = [
  '| scenario | submitted | stored | staff alerted | acks sent | held | limit | |',
  '|---|---|---|---|---|---|---|---|',
  `| 1,000 addresses, one site, 10 min | ${flood.submitted} | ${flood.stored} | ${flood.alerted} | ${flood.acknowledgementsSent} | ${flood.held} | ≤ ${budget} (ackBudgetPerHour) | ${pass(flood.stored === 1000 && flood.acknowledgementsSent <= budget)} |`,
  `| 50 Gmail spellings of one mailbox, one day | ${dots.submitted} | ${dots.stored} | ${dots.alerted} | ${dots.acknowledgementsSent} | ${dots.held} | ≤ ${t.config.ackLimitPerDay} (ackLimitPerDay) | ${pass(dots.stored === 50 && dots.acknowledgementsSent <= t.config.ackLimitPerDay)} |`,
].join('\n');
const context = `${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, simulated clock`;
writeFileSync(
  new URL('./abuse-results.json', import.meta.url),
  `${JSON.stringify({ context, flood, gmail: dots, markdown: table }, null, 2)}\n`,
);
console.log(`### The form as a mail cannon: ${context}\n\n${table}`);
process.exit(flood.acknowledgementsSent <= budget && dots.acknowledgementsSent <= 3 ? 0 : 1);
