import { Hono } from 'hono/tiny';
import type { SiteConfig } from '../../config/schema.ts';
import type { AckBudgetDeps } from '../../domain/ack-budget.ts';
import { releaseHeld } from '../../domain/release-held.ts';
import { verifyRelease } from '../../domain/release-token.ts';
import { byCount, fill } from '../../emails/format.ts';
import { declaredBodyLimit } from '../body-limit.ts';
import { MessagePage } from '../pages/case-pages.tsx';
import { Layout } from '../pages/layout.tsx';
import { releaseCopy } from '../pages/release-copy.ts';
import type { AppEnv } from '../types.ts';

const HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

type ReleaseDeps = Pick<AckBudgetDeps, 'config' | 'store' | 'heldMail' | 'clock' | 'signer'>;

/**
 * The owner's one-click "send the held acknowledgements". GET only shows the button (mail
 * scanners open links); the signed POST releases. Pressing twice releases nothing twice.
 */
export function heldReleaseRoutes(deps: ReleaseDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(HEADERS)) c.header(name, value);
  });
  const open = (token: string): SiteConfig | 400 | 410 => {
    const check = verifyRelease(deps.signer, token, deps.clock.now());
    if (!check.ok) return check.reason === 'expired' ? 410 : 400;
    return deps.config.sites.find((candidate) => candidate.id === check.claims.siteId) ?? 400;
  };
  // The link no longer names a site we can act for: we cannot know its language, so English.
  const broken = () => (
    <MessagePage locale="en" title={releaseCopy.en.title} message={releaseCopy.en.broken} />
  );

  app.get('/:token', (c) => {
    const site = open(c.req.param('token'));
    if (typeof site === 'number') return c.html(broken(), site);
    const t = releaseCopy[site.defaultLocale];
    return c.html(
      <Layout lang={site.defaultLocale} title={t.title}>
        <p>{fill(t.explain, { site: site.displayName })}</p>
        <form method="post">
          <button type="submit">{t.button}</button>
        </form>
      </Layout>,
    );
  });

  app.post('/:token', declaredBodyLimit({ maxSize: 1024 }), async (c) => {
    const site = open(c.req.param('token'));
    if (typeof site === 'number') return c.html(broken(), site);
    const t = releaseCopy[site.defaultLocale];
    const count = await releaseHeld(site.id, 'ack-budget', deps);
    const message = count > 0 ? fill(byCount(count, t.done), { count: String(count) }) : t.none;
    return c.html(<MessagePage locale={site.defaultLocale} title={t.title} message={message} />);
  });
  return app;
}
