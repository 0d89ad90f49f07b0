import type { EarshotConfig, SiteConfig } from '../config/schema.ts';
import { type ActionClaims, usedKey, verifyAction } from './action-token.ts';
import { claim, reassign, resolve } from './case-events.ts';
import { cleanText } from './clean-text.ts';
import { EarshotError, ValidationError } from './errors.ts';
import type { Feedback, Person } from './feedback.ts';
import { mutate } from './mutate.ts';
import type { Clock, FeedbackStore } from './ports.ts';
import type { Signer } from './reply-address.ts';
import { findPerson } from './routing.ts';
import { findSite } from './submit-feedback.ts';

export type LinkProblem = 'invalid' | 'expired' | 'used' | 'not-found';

/** Whose link it was, when that is known: the page then speaks the case's language and names its owner. */
export interface LinkCase {
  feedback: Feedback;
  site: SiteConfig;
  party: 'customer' | 'staff';
}

/** A link that cannot be used; the page says which of these it is, with a 4xx status. */
export class LinkError extends EarshotError {
  constructor(
    readonly problem: LinkProblem,
    readonly context?: LinkCase,
  ) {
    super(`This link cannot be used: ${problem}.`);
  }
}

function contextOf(link: Pick<OpenedLink, 'claims' | 'feedback' | 'site'>): LinkCase {
  return {
    feedback: link.feedback,
    site: link.site,
    party: link.claims.p === 'customer' ? 'customer' : 'staff',
  };
}

/** The error for a link already spent, carrying its case so the page can point the way on. */
export function usedLink(link: Pick<OpenedLink, 'claims' | 'feedback' | 'site'>): LinkError {
  return new LinkError('used', contextOf(link));
}

export interface ActionDeps {
  config: EarshotConfig;
  store: FeedbackStore;
  clock: Clock;
  signer: Signer;
}

export interface OpenedLink {
  claims: ActionClaims;
  feedback: Feedback;
  site: SiteConfig;
  /** The staff member the link was made for; undefined for customer links. */
  person?: Person;
  used: boolean;
}

/** Checks a link and loads its case. Reading never changes anything (mail scanners prefetch). */
export async function openLink(token: string, deps: ActionDeps): Promise<OpenedLink> {
  const check = verifyAction(deps.signer, token, deps.clock.now());
  if (!check.ok && check.reason === 'expired') throw await expiredLink(check.claims, deps);
  if (!check.ok) throw new LinkError(check.reason);
  const feedback = await deps.store.get(check.claims.f);
  if (!feedback) throw new LinkError('not-found');
  const site = findSite(deps.config, feedback.siteId);
  const person = check.claims.p === 'customer' ? undefined : findPerson(site, check.claims.p);
  // A staff link for someone no longer configured is as good as forged.
  if (check.claims.p !== 'customer' && !person) throw new LinkError('invalid');
  const used = feedback.usedTokens?.includes(usedKey(check.claims)) ?? false;
  return { claims: check.claims, feedback, site, person, used };
}

async function expiredLink(claims: ActionClaims, deps: ActionDeps): Promise<LinkError> {
  const feedback = await deps.store.get(claims.f);
  const site = feedback && deps.config.sites.find((candidate) => candidate.id === feedback.siteId);
  return new LinkError('expired', feedback && site ? contextOf({ claims, feedback, site }) : undefined);
}

export interface StaffActionInput {
  note?: string;
  /** Reassign: the address of the configured staff member to hand the case to. */
  to?: string;
}

/** Claim, resolve or reassign through a signed link; the second use of a link changes nothing. */
export async function performStaffAction(
  link: OpenedLink,
  input: StaffActionInput,
  deps: ActionDeps,
): Promise<{ feedback: Feedback; changed: boolean }> {
  const { claims, site, person } = link;
  if (!person || claims.a === 'view') throw new LinkError('invalid');
  if (link.used) throw usedLink(link);
  const target = claims.a === 'reassign' ? findPerson(site, input.to) : undefined;
  if (claims.a === 'reassign' && !target) {
    throw new ValidationError('Choose a colleague to hand the case to.', { to: 'a configured staff member' });
  }
  const now = deps.clock.now().toISOString();
  const note =
    cleanText(input.note ?? '')
      .trim()
      .slice(0, 2000) || undefined;
  return spendLink(link, deps, (current) =>
    claims.a === 'claim'
      ? claim(current, person, now, site)
      : claims.a === 'resolve'
        ? resolve(current, person, now, site, note)
        : target && reassign(current, target, person, now, site),
  );
}

/**
 * Applies a link's change and marks the link used, in one conditional write. `spent` lists every
 * link this use spends (both answers of a check-in go together).
 */
export async function spendLink(
  link: OpenedLink,
  deps: { store: FeedbackStore },
  change: (current: Feedback) => Feedback | undefined,
  spent: string[] = [usedKey(link.claims)],
): Promise<{ feedback: Feedback; changed: boolean }> {
  let changed = false;
  let alreadyUsed = false;
  const saved = await mutate(
    deps.store,
    link.claims.f,
    (current) => {
      alreadyUsed = current.usedTokens?.includes(usedKey(link.claims)) ?? false;
      if (alreadyUsed) return undefined;
      const next = change(current);
      changed = next !== undefined;
      return { ...(next ?? current), usedTokens: [...(current.usedTokens ?? []), ...spent] };
    },
    link.feedback,
  );
  if (!saved) throw alreadyUsed ? usedLink(link) : new LinkError('not-found');
  return { feedback: saved, changed };
}
