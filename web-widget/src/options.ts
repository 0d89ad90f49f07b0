import { DEFAULT_COLOR, parseColor } from './styles.ts';

export interface WidgetOptions {
  siteId: string;
  /** Origin of the API: where the script itself came from, unless `data-api` says otherwise. */
  api: string;
  locale?: string | undefined;
  color: string;
  position: 'left' | 'right';
  /** CSS selector of the site's own button(s); when set there is no floating launcher. */
  trigger?: string | undefined;
  /** For the <style> fallback under a strict CSP (where constructable stylesheets are missing). */
  nonce?: string | undefined;
}

/**
 * The embed's settings from its script tag. `attr` is `script.getAttribute`; `nonce` is the
 * `script.nonce` property, since browsers hide the nonce attribute from scripts once applied.
 */
export function readOptions(
  attr: (name: string) => string | null,
  src: string,
  nonce?: string,
): WidgetOptions | undefined {
  const siteId = attr('data-site')?.trim();
  if (!siteId || !src) return undefined;
  const api = (attr('data-api') ?? new URL(src).origin).replace(/\/+$/, '');
  return {
    siteId,
    api,
    locale: attr('data-locale') ?? undefined,
    color: parseColor(attr('data-color')) ?? DEFAULT_COLOR,
    position: /left/i.test(attr('data-position') ?? '') ? 'left' : 'right',
    trigger: attr('data-trigger')?.trim() || undefined,
    nonce: attr('data-nonce') || nonce || undefined,
  };
}
