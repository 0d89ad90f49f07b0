import type { IncidentMember } from './incident.ts';
import type { IncidentStore } from './incident-ports.ts';

// Its own module so the API's incident page can list members without importing the incident
// dispatcher, which brings the spread-risk scorer and its lexicons into the API bundle.

/** Every report still in the incident, all pages of them; reports taken out are left out. */
export async function activeMembers(
  id: string,
  deps: { incidents: IncidentStore },
): Promise<IncidentMember[]> {
  const all: IncidentMember[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await deps.incidents.members(id, { after, limit: 1000 });
    all.push(...page);
    if (page.length < 1000) break;
    after = page[page.length - 1]?.feedbackId;
  }
  return all.filter((member) => !member.separatedAt);
}
