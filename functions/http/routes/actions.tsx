import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import type { Locale } from '../../config/schema.ts';
import { performCustomerAction } from '../../domain/customer-actions.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { IncidentStore } from '../../domain/incident-ports.ts';
import { otherAnswerUrl } from '../../domain/links.ts';
import type { Suppressions } from '../../domain/ports.ts';
import { firstName } from '../../domain/routing.ts';
import {
  type ActionDeps,
  LinkError,
  openLink,
  performStaffAction,
  usedLink,
} from '../../domain/staff-actions.ts';
import { declaredBodyLimit } from '../body-limit.ts';
import { CustomerActionPage, MessagePage, StaffActionPage } from '../pages/case-pages.tsx';
import { fillIn, pageCopy } from '../pages/copy.ts';
import { linkErrorPage } from '../pages/link-error.ts';
import type { AppEnv } from '../types.ts';
import { incidentLink } from './incident-actions.tsx';

const LINK_STATUS = { invalid: 400, expired: 410, used: 409, 'not-found': 404 } as const;
const PAGE_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

/**
 * One-click links from emails. GET only shows a page (mail scanners prefetch links); the page's
 * form POSTs, and only that changes anything. Broken links get a page that says why, never a trace.
 */
export function actionRoutes(deps: ActionDeps & { suppressions: Suppressions; incidents?: IncidentStore }) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(PAGE_HEADERS)) c.header(name, value);
  });
  app.onError((error, c) => {
    if (error instanceof LinkError) {
      const page = linkErrorPage(error, preferredLocale(c));
      return c.html(<MessagePage {...page} />, LINK_STATUS[error.problem]);
    }
    if (error instanceof ValidationError) {
      // The one validation a page can fail: a reassignment without a colleague chosen.
      const t = pageCopy[preferredLocale(c)];
      return c.html(
        <MessagePage locale={preferredLocale(c)} title={t.unchangedTitle} message={t.chooseColleague} />,
        400,
      );
    }
    throw error;
  });

  // An incident's links (see it, answer everyone, resolve all, "a different problem").
  const { incidents } = deps;
  if (incidents) {
    app.use('/:token', declaredBodyLimit({ maxSize: 16 * 1024 }));
    app.use('/:token', async (c, next) => (await incidentLink(c, { ...deps, incidents })) ?? next());
  }

  app.get('/:token', async (c) => {
    const link = await openLink(c.req.param('token'), deps);
    if (link.used) throw usedLink(link);
    if (link.claims.p === 'customer') {
      const otherUrl = otherAnswerUrl({ publicUrl: deps.config.publicUrl, signer: deps.signer }, link.claims);
      return c.html(
        <CustomerActionPage
          action={link.claims.a}
          feedback={link.feedback}
          site={link.site}
          otherUrl={otherUrl}
        />,
      );
    }
    return c.html(
      <StaffActionPage
        action={link.claims.a}
        feedback={link.feedback}
        site={link.site}
        person={link.person}
      />,
    );
  });

  app.post('/:token', declaredBodyLimit({ maxSize: 16 * 1024 }), async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    const link = await openLink(c.req.param('token'), deps);
    const { claims } = link;
    if (claims.p === 'customer') {
      const { feedback } = await performCustomerAction(link, { comment: text('comment') }, deps);
      const t = pageCopy[feedback.locale];
      const values = { owner: firstName(feedback.claimedBy ?? feedback.owner), site: link.site.displayName };
      const [title, message] =
        claims.a === 'unsubscribe'
          ? [t.unsubscribedTitle, t.unsubscribed]
          : claims.a === 'checkin-yes'
            ? [t.thanksYesTitle, t.thanksYes]
            : [t.thanksNoTitle, t.thanksNo];
      return c.html(<MessagePage locale={feedback.locale} title={title} message={fillIn(message, values)} />);
    }
    const locale = link.site.defaultLocale;
    const t = pageCopy[locale];
    const result = await performStaffAction(link, { note: text('note'), to: text('to') }, deps).catch(
      (error: unknown) => {
        if (error instanceof ValidationError) return error;
        throw error;
      },
    );
    if (result instanceof ValidationError) {
      return c.html(
        <MessagePage locale={locale} title={t.unchangedTitle} message={t.chooseColleague} />,
        400,
      );
    }
    const { feedback, changed } = result;
    const told = Boolean(feedback.mail[`claimed:${feedback.thread.length}`]);
    const [title, message] = !changed
      ? [t.unchangedTitle, fillIn(t.unchanged, { status: t.statuses[feedback.status] })]
      : claims.a === 'claim'
        ? [t.claimedTitle, told ? t.claimedTold : t.claimedQuiet]
        : claims.a === 'resolve'
          ? [t.resolvedTitle, t.resolved]
          : [t.reassignedTitle, fillIn(t.reassigned, { to: feedback.owner.name })];
    return c.html(<MessagePage locale={locale} title={title} message={message} />);
  });
  return app;
}

/** For pages where the case is unknown (a broken link): the reader's own language if we have it. */
const LANGUAGE_TAGS: [RegExp, Locale][] = [
  [/\b(nb|nn|no)\b/, 'nb'],
  [/\bda\b/, 'da'],
  [/\bsv\b/, 'sv'],
];

function preferredLocale(c: Context): Locale {
  const header = c.req.header('accept-language')?.toLowerCase() ?? '';
  return LANGUAGE_TAGS.find(([pattern]) => pattern.test(header))?.[1] ?? 'en';
}
