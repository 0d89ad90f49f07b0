import { Hono } from 'hono/tiny';
import type { EarshotConfig } from '../../config/schema.ts';
import { findSite } from '../../domain/submit-feedback.ts';
import type { AppEnv } from '../types.ts';
import { widgetConfigReply } from '../widget-config.ts';

/** What the widget may know about a site: public by design, nothing private, cacheable. */
export function siteRoutes(config: EarshotConfig) {
  return new Hono<AppEnv>().get('/:siteId/widget-config', (c) => {
    const site = findSite(config, c.req.param('siteId'));
    // The URL carries language, page and category, so a cached answer is always the right one.
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(
      widgetConfigReply(site, {
        locale: c.req.query('locale'),
        page: c.req.query('page'),
        category: c.req.query('category'),
        v: c.req.query('v'),
      }),
    );
  });
}
