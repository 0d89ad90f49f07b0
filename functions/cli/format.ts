import type { Feedback } from '../domain/feedback.ts';

/**
 * Customer text is printed to an operator's terminal: control characters could move the cursor
 * or rewrite the screen, and bidi overrides could make text read differently from what it is.
 */
export function terminalSafe(text: string, keepNewlines = false): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  return keepNewlines
    ? cleaned.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
    : cleaned.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export function excerpt(text: string, length: number): string {
  const flat = terminalSafe(text).replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1).trimEnd()}…` : flat;
}

/** `2026-11-25 09:00 UTC`: one zone for every site, so a listing sorts the way it reads. */
export function utc(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Left-aligned columns, two spaces apart, with a header row. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

export function listRow(feedback: Feedback): string[] {
  return [
    utc(feedback.createdAt),
    feedback.id,
    feedback.siteId,
    `${feedback.rating}/5`,
    feedback.status,
    feedback.triage?.level ?? 'normal',
    terminalSafe((feedback.claimedBy ?? feedback.owner).name),
    excerpt(feedback.message, 60),
  ];
}

export const LIST_HEADERS = ['CREATED', 'ID', 'SITE', 'RATING', 'STATUS', 'RISK', 'OWNER', 'MESSAGE'];

/** The whole case as an operator reads it: facts, the customer's words, the thread, the emails. */
export function describeFeedback(feedback: Feedback): string {
  const indent = (text: string, by = 2) =>
    terminalSafe(text, true)
      .split('\n')
      .map((line) => `${' '.repeat(by)}${line}`)
      .join('\n');
  const customer =
    [feedback.name, feedback.email].filter(Boolean).join(' <') + (feedback.name && feedback.email ? '>' : '');
  const risk = feedback.triage
    ? `${feedback.triage.level}${feedback.triage.reasons.length ? ` (${feedback.triage.reasons.map((reason) => reason.label).join(', ')})` : ''}`
    : undefined;
  const facts: [string, string | undefined][] = [
    ['Site', feedback.siteId],
    ['Rating', `${feedback.rating}/5`],
    ['Status', feedback.status],
    ['Created', utc(feedback.createdAt)],
    ['Respond by', utc(feedback.respondBy)],
    ['First answer', utc(feedback.firstRespondedAt) || undefined],
    ['Resolved', utc(feedback.resolvedAt) || undefined],
    ['Closed', utc(feedback.closedAt) || undefined],
    ['Outcome', feedback.outcome],
    [
      'Check-in',
      feedback.followUp
        ? `${feedback.followUp.state}${feedback.followUp.answer ? `, answered ${feedback.followUp.answer}` : ''}`
        : undefined,
    ],
    ['Owner', `${feedback.owner.name} <${feedback.owner.email}>`],
    [
      'Claimed by',
      feedback.claimedBy ? `${feedback.claimedBy.name} <${feedback.claimedBy.email}>` : undefined,
    ],
    ['Customer', customer || '(no contact given)'],
    ['Locale', feedback.locale],
    ['Category', feedback.category],
    ['Page', feedback.pageUrl],
    ['Risk', risk],
    ['Kept until', utc(new Date(feedback.expiresAt * 1000).toISOString())],
  ];
  const width = Math.max(...facts.map(([label]) => label.length));
  const thread = feedback.thread ?? [];
  const mail = Object.entries(feedback.mail ?? {}).map(
    ([kind, delivery]) =>
      `  ${kind}: ${delivery?.state}${delivery?.sentAt ? ` ${utc(delivery.sentAt)}` : ''}${delivery?.reason ? ` (${delivery.reason})` : ''}${delivery?.lastError ? ` – ${terminalSafe(delivery.lastError)}` : ''}`,
  );
  const notifications = Object.entries(feedback.notify?.deliveries ?? {}).map(
    ([key, delivery]) =>
      `  ${key}: ${delivery.state}${delivery.sentAt ? ` ${utc(delivery.sentAt)}` : ''} (${delivery.attempts} attempt${delivery.attempts === 1 ? '' : 's'})${delivery.lastError ? ` – ${terminalSafe(delivery.lastError)}` : ''}`,
  );
  return [
    `Feedback ${feedback.id}`,
    ...facts.flatMap(([label, value]) => (value ? [`${label.padEnd(width)}  ${terminalSafe(value)}`] : [])),
    '',
    'Message:',
    indent(feedback.message),
    ...(feedback.desiredOutcome ? ['', 'What would make it right:', indent(feedback.desiredOutcome)] : []),
    '',
    thread.length ? `Thread (${thread.length}):` : 'Thread: no messages yet.',
    ...thread.map((entry) => {
      const who = [entry.kind, entry.by, entry.event].filter(Boolean).join(' · ');
      const notes = [
        entry.rejected ? `not relayed: ${entry.rejected}` : '',
        entry.attachments ? `${entry.attachments} attachment(s)` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return [
        `  ${utc(entry.at)}  ${terminalSafe(who)}${notes ? ` (${terminalSafe(notes)})` : ''}`,
        ...(entry.text ? [indent(entry.text, 4)] : []),
      ].join('\n');
    }),
    ...(mail.length ? ['', 'Emails:', ...mail] : []),
    ...(notifications.length ? ['', 'Slack, Teams and webhooks:', ...notifications] : []),
  ].join('\n');
}
