import type { Incident } from '../../domain/incident.ts';
import { activeMembers } from '../../domain/incident-members.ts';
import { describeShares } from '../../emails/incident-shares.ts';
import { exactlyOne, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { connect } from '../context.ts';
import { excerpt, table, terminalSafe, utc } from '../format.ts';

const HEADERS = ['OPENED', 'ID', 'SITE', 'STATUS', 'REPORTS', 'FIRST ANSWER', 'SHARED'];

/** Minutes from the incident's first report to the owner's first answer, as `1 h 5 min`. */
export function timeToFirstAnswer(incident: Incident, firstReportAt: string): string {
  if (!incident.firstAnsweredAt) return '–';
  const minutes = Math.max(
    0,
    Math.round((Date.parse(incident.firstAnsweredAt) - Date.parse(firstReportAt)) / 60_000),
  );
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

export const incidents: Command = {
  name: 'incidents',
  summary: 'list complaint storms (incidents), or show one with its reports',
  usage: 'earshot incidents [--site S] [--json]  |  earshot incidents show <id> [--json]',
  details: [
    '  --site S          one site (else every site in the table)',
    '  show <id>         one incident: what its reports share, its emails, answers and reports',
    '  --json            the records as JSON instead of a table',
  ],
  options: { site: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [verb, ...rest] = positionals;
    if (verb !== undefined && verb !== 'show')
      throw new UsageError(`incidents: unknown "${verb}" (try: show <id>)`);
    const { services } = await connect(values, io, { secret: false });
    if (verb === 'show') {
      const id = exactlyOne('incidents show', 'id', rest);
      if (!/^[a-z0-9]{1,40}$/.test(id)) throw new UsageError(`incidents show: "${id}" is not an incident id`);
      const incident = await services.incidents.get(id);
      if (!incident) {
        io.stderr.write(`earshot incidents show: no incident ${id}\n`);
        return 1;
      }
      const members = await activeMembers(id, services);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ ...incident, members }, null, 2)}\n`);
        return 0;
      }
      const first = members.map((member) => member.createdAt).sort()[0] ?? incident.openedAt;
      io.stdout.write(
        [
          `Incident ${incident.id} on ${incident.siteId}: ${incident.status}, ${members.length} reports`,
          `Opened ${utc(incident.openedAt)}; first answer after ${timeToFirstAnswer(incident, first)}${incident.resolvedAt ? `; resolved ${utc(incident.resolvedAt)}` : ''}`,
          `Shared: ${terminalSafe(describeShares(incident, 'en'))}`,
          `Emails: ${Object.entries(incident.mail)
            .map(([kind, delivery]) => `${kind} ${delivery?.state}`)
            .join(', ')}`,
          `Answers: ${incident.answers.length}`,
          // Whether the backup was told that nobody answered, and about how many.
          `Backup told: ${
            (incident.escalations ?? [])
              .map((escalation) => `${utc(escalation.at)} (${escalation.reports} waiting)`)
              .join(', ') || 'no'
          }`,
          '',
          table(
            ['CREATED', 'CASE', 'RISK', 'MESSAGE'],
            members.map((member) => [
              utc(member.createdAt),
              member.feedbackId,
              member.level,
              excerpt(member.excerpt, 60),
            ]),
          ),
        ].join('\n') + '\n',
      );
      return 0;
    }
    const site = typeof values.site === 'string' ? values.site : undefined;
    const found = await services.incidents.list({ siteId: site });
    const rows = await Promise.all(
      found.map(async (incident) => {
        const members = await activeMembers(incident.id, services);
        const first = members.map((member) => member.createdAt).sort()[0] ?? incident.openedAt;
        return { incident, members: members.length, answered: timeToFirstAnswer(incident, first) };
      }),
    );
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify(
          rows.map(({ incident, members }) => ({ ...incident, reports: members })),
          null,
          2,
        )}\n`,
      );
    } else if (rows.length === 0) {
      io.stdout.write('No incidents.\n');
    } else {
      io.stdout.write(
        `${table(
          HEADERS,
          rows.map(({ incident, members, answered }) => [
            utc(incident.openedAt),
            incident.id,
            incident.siteId,
            incident.status,
            String(members),
            answered,
            excerpt(describeShares(incident, 'en'), 60),
          ]),
        )}\n`,
      );
    }
    return 0;
  },
};
