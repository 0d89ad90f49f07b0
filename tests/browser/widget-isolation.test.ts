import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSite, hostPage, inWidget, launchBrowser } from './harness.ts';

// What a careless or hostile theme does: reset everything, blow up fonts, recolour, all !important.
const HOSTILE = `<style>
  * { all: unset !important; }
  html { font-size: 40px !important; }
  *, *::before, *::after { font: italic 900 48px/3 "Comic Sans MS", cursive !important; color: lime !important;
    background: magenta !important; letter-spacing: 6px !important; text-transform: uppercase !important;
    box-sizing: content-box !important; border: 7px dotted red !important; padding: 30px !important; }
  div { position: relative !important; z-index: 1 !important; transform: rotate(2deg) !important; opacity: .5 !important; }
  button, input, textarea { width: 50px !important; height: 10px !important; outline: none !important; }
  [data-earshot] { display: none !important; visibility: hidden !important; }
</style>`;

const PROPS = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'border-top-width',
  'border-top-style',
  'padding-top',
  'padding-left',
  'box-sizing',
  'width',
  'height',
  'position',
  'opacity',
  'transform',
];

/** Computed styles of the widget's parts, as the visitor's browser resolves them. */
function widgetStyles(page: Page, selectors: string[]) {
  return page.evaluate(
    ({ selectors, props }) => {
      const root = document.querySelector('[data-earshot]')?.shadowRoot;
      const host = document.querySelector<HTMLElement>('[data-earshot]');
      const out: Record<string, Record<string, string>> = {};
      for (const selector of selectors) {
        const el = selector === ':host' ? host : root?.querySelector(selector);
        if (!el) throw new Error(`no ${selector} in the widget`);
        const style = getComputedStyle(el);
        out[selector] = Object.fromEntries(props.map((prop) => [prop, style.getPropertyValue(prop)]));
        // The host is an empty, fixed, 0×0 anchor wherever the page puts it; what matters is its size.
        const box = el.getBoundingClientRect();
        const at = selector === ':host' ? '' : `${Math.round(box.x)},${Math.round(box.y)} `;
        out[selector].box = `${at}${Math.round(box.width)}×${Math.round(box.height)}`;
      }
      return out;
    },
    { selectors, props: PROPS },
  );
}

describe('widget style isolation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, width = 1024, headers: Record<string, string> = {}) {
    const context = await browser.newContext({ viewport: { width, height: 768 } });
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });
    const site = await fakeSite(page, html, headers);
    await page.goto(`${site.origin}/`);
    await inWidget(page).locator('.launcher').waitFor();
    return { page, site, context, violations };
  }

  it("keeps the widget's computed styles intact under a hostile page's !important rules", async () => {
    // Each step is in the dialog only while it is shown: the faces first, then the details.
    const read = async (page: Page) => {
      const launcher = await widgetStyles(page, [':host', '.launcher']);
      await inWidget(page).locator('.launcher').click();
      await inWidget(page).getByRole('radio', { name: 'Misfornøyd', exact: true }).check();
      const rating = await widgetStyles(page, ['.panel', 'h2', 'legend', '.faces svg']);
      await page.keyboard.press('Enter');
      await inWidget(page).locator('#message').waitFor();
      return { ...rating, ...(await widgetStyles(page, ['#message', '.btn.primary'])), ...launcher };
    };
    const clean = await open(hostPage());
    const hostile = await open(hostPage({ head: HOSTILE }));
    const expected = await read(clean.page);
    expect(expected['.launcher']?.['font-size']).toBe('16px');
    expect(await read(hostile.page)).toEqual(expected);
    await clean.context.close();
    await hostile.context.close();
  });

  it("does not touch the page's own styles", async () => {
    const pageStyles = (page: Page) =>
      page.evaluate(() =>
        ['h1', 'p', 'button', 'main'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector) as Element);
          return `${selector} ${style.font} ${style.color} ${style.background} ${style.margin}`;
        }),
      );
    const without = await open(hostPage());
    const before = await pageStyles(without.page);
    await inWidget(without.page).locator('.launcher').click();
    expect(await pageStyles(without.page)).toEqual(before);
    await without.context.close();
  });

  it('runs under a strict CSP with Trusted Types, without a single violation', async () => {
    const csp = [
      "default-src 'none'",
      "script-src 'nonce-r4nd0m'",
      "style-src 'nonce-r4nd0m'",
      'connect-src http://shop.test',
      "require-trusted-types-for 'script'",
    ].join('; ');
    const { page, violations, context } = await open(
      hostPage({ script: 'data-site="demo" nonce="r4nd0m"' }),
      1024,
      { 'content-security-policy': csp },
    );
    const background = await inWidget(page)
      .locator('.launcher')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(29, 90, 140)');
    await inWidget(page).locator('.launcher').click();
    await inWidget(page).getByRole('dialog').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it("falls back to a <style> with the script's nonce where constructable stylesheets are missing", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      // An older browser: no CSSStyleSheet constructor.
      (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = undefined;
    });
    const site = await fakeSite(page, hostPage({ script: 'data-site="demo" nonce="r4nd0m"' }), {
      'content-security-policy': "script-src 'nonce-r4nd0m'; style-src 'nonce-r4nd0m'",
    });
    await page.goto(`${site.origin}/`);
    const launcher = inWidget(page).locator('.launcher');
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await context.close();
  });

  it('fits a 320 px screen without a horizontal scrollbar, and shifts nothing on the page', async () => {
    const { page, context } = await open(
      hostPage({ body: '<p>'.concat('Lang tekst. '.repeat(200), '</p>') }),
      320,
    );
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
    await inWidget(page).locator('.launcher').click();
    await inWidget(page).getByRole('radio', { name: 'Svært misfornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    const panel = await inWidget(page).locator('.panel').boundingBox();
    expect(panel?.x).toBeGreaterThanOrEqual(0);
    expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('talks only to its own API and sets no cookies', async () => {
    const { page, site, context } = await open(hostPage());
    await inWidget(page).locator('.launcher').click();
    await inWidget(page).getByRole('radio', { name: 'Fornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await inWidget(page).locator('#message').fill('Fin kaffe.');
    await page.keyboard.press('Tab');
    await inWidget(page).getByRole('button', { name: 'Send' }).click();
    await inWidget(page).getByRole('status').waitFor();
    expect(site.requests.every((request) => request.includes('//shop.test/'))).toBe(true);
    expect(site.requests.filter((request) => request.includes('/v1/'))).toEqual([
      // The page's and the browser's language tags, best first, and the page for routing.
      'GET http://shop.test/v1/sites/demo/widget-config?locale=nb%2Cen-US%2Cen&page=http%3A%2F%2Fshop.test%2F&v=2',
      'POST http://shop.test/v1/feedback',
    ]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
