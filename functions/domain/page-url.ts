import type { SiteConfig } from '../config/schema.ts';

/** Where the customer says they were, and whether that is provably one of the site's own pages. */
export interface PlacedPageUrl {
  pageUrl?: string;
  /** Set when the URL is not on the site: it is then plain text only, never a link or a route. */
  pageUrlOffSite?: true;
}

/**
 * A page of the site is an http(s) URL with no user info (`https://fjordkaffe.no@evil.example`
 * reads as Fjordkaffe but goes to evil.example) whose origin is one of the site's allowed origins.
 * Anything else is kept, because it may still help staff understand the customer, but only as text.
 */
export function placePageUrl(site: SiteConfig, pageUrl: string | undefined): PlacedPageUrl {
  if (pageUrl === undefined) return {};
  return isSitePage(site, pageUrl) ? { pageUrl } : { pageUrl, pageUrlOffSite: true };
}

export function isSitePage(site: SiteConfig, pageUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    site.allowedOrigins.includes(url.origin)
  );
}

/**
 * Text a mail client will not turn into a link: `https[:]//fjordkaffe[.]no@evil[.]example`, the
 * usual way to show a URL that must not be followed, and still readable.
 */
export function defangUrl(text: string): string {
  return text.replace(/:\/\//g, '[:]//').replace(/\./g, '[.]');
}
