import { Hono } from 'hono';
import { widgetConfigTexts } from '../../../web-widget/src/texts.ts';
import type { EarshotConfig } from '../../config/schema.ts';
import { firstName } from '../../domain/routing.ts';
import { findSite } from '../../domain/submit-feedback.ts';
import type { AppEnv } from '../types.ts';

/** What the widget may know about a site: public by design, nothing private, cacheable. */
export function siteRoutes(config: EarshotConfig) {
  return new Hono<AppEnv>().get('/:siteId/widget-config', (c) => {
    const site = findSite(config, c.req.param('siteId'));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({
      siteId: site.id,
      displayName: site.displayName,
      defaultLocale: site.defaultLocale,
      ownerFirstName: firstName(site.owner),
      respondWithin: site.respondWithin,
      retentionDays: site.retentionDays,
      // The widget carries no words of its own (its size budget): they come with the config,
      // in the visitor's language (the URL differs per language, so caching stays correct).
      ...widgetConfigTexts(c.req.query('locale'), site.defaultLocale),
    });
  });
}
