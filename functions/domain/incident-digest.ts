import type { Incident } from './incident.ts';

/** The week's complaint storms in the digest: how many, how many answered, and how fast. */
export interface IncidentSummary {
  count: number;
  answered: number;
  /** From opening to the owner's first answer to everyone, the median. */
  medianFirstAnswerMs?: number;
}

export function summariseIncidents(
  incidents: readonly Incident[],
  from: Date,
  to: Date,
): IncidentSummary | undefined {
  const week = incidents.filter((incident) => {
    const opened = Date.parse(incident.openedAt);
    return opened >= from.getTime() && opened < to.getTime();
  });
  if (week.length === 0) return undefined;
  const waits = week
    .flatMap((incident) =>
      incident.firstAnsweredAt ? [Date.parse(incident.firstAnsweredAt) - Date.parse(incident.openedAt)] : [],
    )
    .sort((a, b) => a - b);
  const middle = waits.length ? waits[Math.floor((waits.length - 1) / 2)] : undefined;
  return {
    count: week.length,
    answered: waits.length,
    ...(middle === undefined ? {} : { medianFirstAnswerMs: middle }),
  };
}
