import type { Locale, SiteConfig } from '../config/schema.ts';

/** A category key as staff should read it: the site's label in that language, else in English, else the key. */
export function categoryLabel(site: SiteConfig, key: string, locale: Locale): string {
  const wanted = key.trim().toLowerCase();
  const labels = Object.entries(site.categories ?? {}).find(
    ([candidate]) => candidate.toLowerCase() === wanted,
  )?.[1];
  return labels?.[locale] ?? labels?.en ?? key;
}
