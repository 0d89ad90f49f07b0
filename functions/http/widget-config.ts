import { CONFIG_VERSION, toCompact } from '../../web-widget/src/config-format.ts';
import { widgetTexts } from '../../web-widget/src/texts.ts';
import type { SiteConfig } from '../config/schema.ts';
import { chooseOwner, firstName } from '../domain/routing.ts';
import { chooseLocale } from './widget-locale.ts';
import { keptText, widgetPhrases, withinText } from './widget-phrases.ts';

export interface WidgetConfigQuery {
  /** The language tags the widget knows of, best first, comma-separated (`?locale=`). */
  locale?: string | undefined;
  /** The page the widget is on (`?page=`, origin and path), for routing rules by page. */
  page?: string | undefined;
  /** The category the site chose for this feedback (`?category=`), for routing rules by category. */
  category?: string | undefined;
  /** The answer's format (`?v=`): `2` is the compact array today's widget asks for; else the keyed object. */
  v?: string | undefined;
}

/**
 * A page address routing may use: http(s), no user info, on one of the site's own origins. Anything
 * else routes like no page at all, as it will when the feedback itself arrives.
 */
export function pageOnSite(site: SiteConfig, page: string | undefined): string | undefined {
  if (!page) return undefined;
  try {
    const url = new URL(page);
    const ok = /^https?:$/.test(url.protocol) && !url.username && !url.password;
    return ok && site.allowedOrigins.includes(url.origin) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `GET /v1/sites/:siteId/widget-config`: public and cacheable, nothing private in it. `who` is the
 * first name of the person routing gives this page and category to, so the widget never promises
 * a reply from someone else than the one who will own the case. `when` and `kept` are written out
 * in the visitor's language, ready for the widget's `{when}` and `{kept}`.
 */
export function widgetConfig(site: SiteConfig, query: WidgetConfigQuery) {
  const locale = chooseLocale(query.locale, site.defaultLocale);
  const phrases = widgetPhrases(locale);
  const owner = chooseOwner(site, {
    category: query.category?.slice(0, 50),
    pageUrl: pageOnSite(site, query.page),
  });
  return {
    siteId: site.id,
    displayName: site.displayName,
    locale,
    who: firstName(owner),
    when: withinText(site.respondWithin, phrases),
    kept: keptText(site.retentionDays, phrases),
    // The widget carries no words of its own (its size budget): every string, in this language.
    strings: widgetTexts(locale),
  };
}

export type WidgetConfigAnswer = ReturnType<typeof widgetConfig>;

/**
 * The answer in the format the widget asked for: the compact array (web-widget/src/config-format.ts)
 * for `?v=2`, the keyed object for any other request, so widgets already cached or installed from
 * npm before the compact format keep reading theirs.
 */
export function widgetConfigReply(site: SiteConfig, query: WidgetConfigQuery) {
  const answer = widgetConfig(site, query);
  return query.v === CONFIG_VERSION ? toCompact(answer, answer.strings) : answer;
}
