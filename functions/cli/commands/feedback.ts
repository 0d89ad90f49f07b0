import type { FeedbackStatus } from '../../domain/feedback.ts';
import type { TriageLevel } from '../../domain/triage/types.ts';
import { exactlyOne, none, oneOf, parseSince, positiveInteger, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { connect } from '../context.ts';
import { describeFeedback, LIST_HEADERS, listRow, table, terminalSafe } from '../format.ts';
import { inView, mailNotes, VIEWS } from '../list-views.ts';

const STATUSES: readonly FeedbackStatus[] = ['open', 'claimed', 'resolved', 'closed'];
const LEVELS: readonly TriageLevel[] = ['normal', 'high', 'urgent'];
const DEFAULT_LIMIT = 50;

export const list: Command = {
  name: 'list',
  summary: 'list feedback, newest first',
  usage:
    'earshot list [--site S] [--status STATUS] [--since DATE] [--level LEVEL] [--spam] [--held] [--dead] [--limit N] [--json]',
  details: [
    `  --site S          one site (else every site in the table)`,
    `  --status STATUS   ${STATUSES.join(' | ')}`,
    '  --since DATE      created at or after: 2026-11-01, an ISO date-time, or 7d / 24h back from now',
    `  --level LEVEL     spread risk: ${LEVELS.join(' | ')}`,
    '  --spam            only suspected spam (sent faster than a person fills the form; never mailed)',
    "  --held            only feedback with an acknowledgement held by the site's hourly budget",
    '  --dead            only feedback with an email that was given up on',
    `  --limit N         at most N rows (default ${DEFAULT_LIMIT})`,
    '  --json            the records as JSON instead of a table',
  ],
  options: {
    site: { type: 'string' },
    status: { type: 'string' },
    since: { type: 'string' },
    level: { type: 'string' },
    limit: { type: 'string' },
    spam: { type: 'boolean' },
    held: { type: 'boolean' },
    dead: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    none('list', positionals);
    const status = oneOf('list', 'status', values.status, STATUSES);
    const level = oneOf('list', 'level', values.level, LEVELS);
    const limit = positiveInteger('list', 'limit', values.limit) ?? DEFAULT_LIMIT;
    const since = parseSince('list', values.since, io.clock?.now() ?? new Date());
    const site = typeof values.site === 'string' ? values.site : undefined;
    const views = VIEWS.filter((view) => values[view] === true);
    const { admin, services } = await connect(values, io, { secret: false });
    const found = (await admin.listFeedback({ siteId: site, since }))
      .filter((feedback) => inView(feedback, views))
      .filter((feedback) => !status || feedback.status === status)
      .filter((feedback) => !level || (feedback.triage?.level ?? 'normal') === level);
    const shown = found.slice(0, limit);
    if (values.json) {
      // Whole records, as `show --json` gives them: a long thread lives in items of its own.
      const whole = await Promise.all(
        shown.map(async (feedback) => (await services.store.get(feedback.id)) ?? feedback),
      );
      io.stdout.write(`${JSON.stringify(whole, null, 2)}\n`);
    } else if (shown.length === 0) {
      io.stdout.write('No feedback matches.\n');
    } else {
      const rows = shown.map((feedback) =>
        views.some((view) => view !== 'spam')
          ? [...listRow(feedback), terminalSafe(mailNotes(feedback, views))]
          : listRow(feedback),
      );
      const headers = rows[0]?.length === LIST_HEADERS.length ? LIST_HEADERS : [...LIST_HEADERS, 'EMAILS'];
      io.stdout.write(`${table(headers, rows)}\n`);
      if (found.length > shown.length) {
        io.stderr.write(`Showing ${shown.length} of ${found.length}; --limit shows more.\n`);
      }
    }
    return 0;
  },
};

export const show: Command = {
  name: 'show',
  summary: 'one feedback with its thread and emails',
  usage: 'earshot show <id> [--json]',
  details: ['  --json            the stored record as JSON'],
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const id = exactlyOne('show', 'id', positionals);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new UsageError(`show: "${id}" is not a feedback id`);
    const { services } = await connect(values, io, { secret: false });
    const feedback = await services.store.get(id);
    if (!feedback) {
      io.stderr.write(`earshot show: no feedback ${id} (never stored, erased, or past retention)\n`);
      return 1;
    }
    io.stdout.write(
      values.json ? `${JSON.stringify(feedback, null, 2)}\n` : `${describeFeedback(feedback)}\n`,
    );
    return 0;
  },
};
