import { DEFAULT_COLOR, parseColor } from './styles.ts';
import type { InitOptions } from './types.ts';

/** init()'s options checked and completed: what the widget runs with. */
export interface WidgetOptions {
  siteId: string;
  /** Origin of the API, without a trailing slash. */
  apiUrl: string;
  locale?: string | undefined;
  color: string;
  position: 'left' | 'right';
  trigger?: string | undefined;
  nonce?: string | undefined;
}

/** Defaults filled in, bad values dropped; undefined without a site id or an API to talk to. */
export function widgetOptions(options: InitOptions): WidgetOptions | undefined {
  const siteId = options.siteId?.trim();
  if (!siteId || !options.apiUrl) return undefined;
  return {
    ...options,
    siteId,
    apiUrl: options.apiUrl.replace(/\/+$/, ''),
    color: parseColor(options.color) ?? DEFAULT_COLOR,
    // test() reads undefined as "undefined": no "left" in it.
    position: /left/i.test(options.position as string) ? 'left' : 'right',
    // An empty trigger or nonce reads as none: both are only ever tested for truth.
    trigger: options.trigger?.trim(),
  };
}

/**
 * The script tag's attributes as init()'s options. `nonce` is the property, since browsers hide the
 * nonce attribute from scripts once applied. The API is where the script came from unless
 * `data-api` says otherwise.
 */
export function scriptOptions(
  script: Pick<HTMLScriptElement, 'getAttribute' | 'src' | 'nonce'>,
): InitOptions | undefined {
  const data = (name: string) => script.getAttribute(`data-${name}`) ?? undefined;
  const siteId = data('site');
  if (!siteId || !script.src) return undefined;
  return {
    siteId,
    apiUrl: data('api') ?? new URL(script.src).origin,
    locale: data('locale'),
    color: data('color'),
    position: data('position') as InitOptions['position'],
    trigger: data('trigger'),
    nonce: data('nonce') || script.nonce,
  };
}
