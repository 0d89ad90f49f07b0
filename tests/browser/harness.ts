import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page, type Route } from 'playwright-core';
import type { SiteConfig } from '../../functions/config/schema.ts';
import { widgetConfigReply } from '../../functions/http/widget-config.ts';
import { buildWidget } from '../../web-widget/build.ts';
import type { EarshotApi } from '../../web-widget/src/types.ts';
import { demoSite } from '../fixtures/feedback.ts';

/** The host page's window as the widget leaves it (for code run with page.evaluate). */
export type EarshotWindow = Window & { Earshot: EarshotApi; submitted?: unknown[] };

/** Debian's chromium, as .ci/run installs it; CHROMIUM_PATH points elsewhere when needed. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core over the whole page, shadow roots included, and returns what it finds. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
    ).axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
}

/** The launcher, the dialog and everything else inside the widget's (open) shadow root. */
export const inWidget = (page: Page) => page.locator('[data-earshot]');

/** Describes the focused element, looking inside the widget's shadow root. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    const inside = active?.shadowRoot?.activeElement;
    if (inside) active = inside;
    if (!active || active === document.body) return 'body';
    const id = active.id ? `#${active.id}` : '';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `${inside ? 'widget ' : ''}${active.tagName.toLowerCase()}${id}${name ? ` "${name}"` : ''}`;
  });
}

/** Presses Tab until the widget's launcher has focus, as a keyboard user would. */
export async function tabToLauncher(page: Page, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).startsWith('widget button')) return;
  }
  throw new Error('the launcher is not reachable with Tab');
}

export interface FakeSite {
  origin: string;
  /** Every request the page made, method and URL. */
  requests: string[];
  /** What the next POST /v1/feedback gets; a function sees the route and answers itself. */
  answer: { status: number; body: unknown } | ((route: Route) => Promise<void>);
  /** The site widget-config describes: the demo site at this origin, routing changeable. */
  config: SiteConfig;
}

/**
 * A shop page at a made-up origin, entirely served by Playwright: the page (any HTML), the built
 * widget and an API that answers widget-config with the real answer. For tests about the page and
 * the DOM (isolation, accessibility, CSP) that do not need a database behind them.
 */
export async function fakeSite(
  page: Page,
  html: string,
  headers: Record<string, string> = {},
): Promise<FakeSite> {
  const origin = 'http://shop.test';
  const widget = await buildWidget();
  const site: FakeSite = {
    origin,
    requests: [],
    answer: { status: 202, body: { id: 'fb_test', status: 'received' } },
    config: { ...demoSite, allowedOrigins: [origin] },
  };
  await page.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    site.requests.push(`${request.method()} ${url.href}`);
    if (url.origin !== origin) return route.abort();
    if (url.pathname === '/widget.js') {
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: widget });
    }
    if (url.pathname.endsWith('/widget-config')) {
      const query = Object.fromEntries(url.searchParams);
      return route.fulfill({ json: widgetConfigReply(site.config, query) });
    }
    if (url.pathname === '/v1/feedback') {
      const { answer } = site;
      if (typeof answer === 'function') return answer(route);
      return route.fulfill({ status: answer.status, json: answer.body });
    }
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html, headers });
  });
  return site;
}

/** A plain, valid host page with the widget embedded the way a customer does it. */
export function hostPage({ head = '', body = '', script = 'data-site="demo"' } = {}): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Butikk</title>${head}</head><body><main><h1>Butikken</h1><p>Velkommen.</p><button type="button" id="own">Kontakt oss</button>${body}</main><script src="/widget.js" ${script} async></script></body></html>`;
}
