import { type Context, Hono } from 'hono';
import type { Locale } from '../../config/schema.ts';
import { performCustomerAction } from '../../domain/customer-actions.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { Suppressions } from '../../domain/ports.ts';
import { firstName } from '../../domain/routing.ts';
import { type ActionDeps, LinkError, openLink, performStaffAction } from '../../domain/staff-actions.ts';
import { declaredBodyLimit } from '../body-limit.ts';
import { CustomerActionPage, MessagePage, StaffActionPage } from '../pages/case-pages.tsx';
import { fillIn, pageCopy } from '../pages/copy.ts';
import type { AppEnv } from '../types.ts';

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
export function actionRoutes(deps: ActionDeps & { suppressions: Suppressions }) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(PAGE_HEADERS)) c.header(name, value);
  });
  app.onError((error, c) => {
    const locale = preferredLocale(c);
    const t = pageCopy[locale];
    if (error instanceof LinkError) {
      return c.html(
        <MessagePage locale={locale} title={t.oops} message={t[error.problem]} />,
        LINK_STATUS[error.problem],
      );
    }
    if (error instanceof ValidationError)
      return c.html(<MessagePage locale={locale} title={t.oops} message={error.message} />, 400);
    throw error;
  });

  app.get('/:token', async (c) => {
    const link = await openLink(c.req.param('token'), deps);
    if (link.used) throw new LinkError('used');
    if (link.claims.p === 'customer') {
      return c.html(<CustomerActionPage action={link.claims.a} feedback={link.feedback} site={link.site} />);
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
      const owner = firstName(feedback.claimedBy ?? feedback.owner);
      const message =
        claims.a === 'unsubscribe'
          ? t.unsubscribed
          : fillIn(claims.a === 'checkin-yes' ? t.thanksYes : t.thanksNo, { owner });
      return c.html(<MessagePage locale={feedback.locale} title={t.done} message={message} />);
    }
    const { feedback, changed } = await performStaffAction(
      link,
      { note: text('note'), to: text('to') },
      deps,
    );
    const locale = link.site.defaultLocale;
    const t = pageCopy[locale];
    const done = claims.a === 'claim' ? t.claimed : claims.a === 'resolve' ? t.resolved : t.reassigned;
    const message = changed ? done : fillIn(t.unchanged, { status: t.statuses[feedback.status] });
    return c.html(<MessagePage locale={locale} title={t.done} message={message} />);
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
