import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../functions/config/schema.ts';
import { type EarshotWindow, fakeSite, focused, hostPage, inWidget, launchBrowser } from './harness.ts';

type Routing = SiteConfig['routing'];

/** What a site can set on the script tag and through window.Earshot, seen in a real browser. */
describe('widget embed options', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, options: BrowserContextOptions = {}, path = '/', routing: Routing = []) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const site = await fakeSite(page, html);
    site.config.routing = routing;
    const posted: Record<string, unknown>[] = [];
    site.answer = async (route) => {
      posted.push(route.request().postDataJSON());
      await route.fulfill({ status: 202, json: { id: 'fb_1', status: 'received' } });
    };
    await page.goto(`${site.origin}${path}`);
    await page.waitForFunction(() => document.querySelector('[data-earshot]'));
    return { page, context, posted, widget: inWidget(page) };
  }

  it("opens from the site's own button with data-trigger, and carries its category", async () => {
    const { page, context, posted, widget } = await open(
      hostPage({
        script: 'data-site="demo" data-trigger="#own"',
        body: '<p>Problem med leveringen?</p>',
      }).replace('id="own"', 'id="own" data-earshot-category="delivery"'),
      {},
      '/ordre?token=secret#status',
    );
    expect(await widget.locator('.launcher').count()).toBe(0);
    await page.focus('#own');
    await page.keyboard.press('Enter');
    await widget.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button#own "Kontakt oss"');

    await page.click('#own');
    await widget.getByRole('radio', { name: 'Misfornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva skjedde?').fill('Pakken kom aldri.');
    // A person takes a moment; the API treats a form sent within a blink as a bot's.
    await page.waitForTimeout(400);
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => posted.length).toBe(1);
    expect(posted[0]?.openMs).toBeGreaterThanOrEqual(400);
    expect(Number.isInteger(posted[0]?.openMs)).toBe(true);
    expect(posted[0]).toMatchObject({
      siteId: 'demo',
      rating: 2,
      message: 'Pakken kom aldri.',
      category: 'delivery',
      locale: 'nb',
      pageUrl: 'http://shop.test/ordre',
    });
    expect(posted[0]?.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    await context.close();
  });

  it('names the person routing gives the case to, not the site owner', async () => {
    const sven = { name: 'Sven Svensson', email: 'sven@example.com' };
    const { page, context, widget } = await open(
      hostPage({ script: 'data-site="demo" data-trigger="#own"' }).replace(
        'id="own"',
        'id="own" data-earshot-category="delivery"',
      ),
      {},
      '/',
      [{ category: 'delivery', owner: sven }],
    );
    await page.click('#own');
    await widget.getByRole('radio', { name: 'Misfornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => widget.locator('#why').textContent())
      .toBe('Legg igjen e-postadressen din, så kan Sven svare deg innen 4 timer.');
    await widget.getByLabel('Hva skjedde?').fill('Pakken kom aldri.');
    await widget.getByLabel('E-post').fill('ola@example.com');
    await widget.getByRole('button', { name: 'Send' }).click();
    expect(await widget.getByRole('status').textContent()).toBe('Sven svarer deg innen 4 timer.');

    // Opened without the category, the case goes to the owner, and the widget says so.
    await widget.getByRole('button', { name: 'Lukk' }).first().click();
    await page.evaluate(() => (window as unknown as EarshotWindow).Earshot.open());
    await widget.getByRole('radio', { name: 'Fornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.locator('#why').textContent()).toContain('så kan Kari svare deg');
    await context.close();
  });

  it('takes data-locale, data-position and data-color', async () => {
    const { context, widget } = await open(
      hostPage({ script: 'data-site="demo" data-locale="sv" data-position="left" data-color="#ffd400"' }),
      { viewport: { width: 1000, height: 700 } },
    );
    const launcher = widget.locator('.launcher');
    expect(await launcher.textContent()).toBe('Tyck till');
    expect((await launcher.boundingBox())?.x).toBe(16);
    expect(await launcher.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 212, 0)');
    await context.close();
  });

  it.each([
    ['<html lang>', hostPage().replace('lang="nb"', 'lang="da-DK"'), 'en-US', 'Giv tilbagemelding'],
    ['the browser languages', hostPage().replace(' lang="nb"', ''), 'sv-SE', 'Tyck till'],
    ["the site's default", hostPage().replace('lang="nb"', 'lang="de"'), 'de-DE', 'Gi tilbakemelding'],
  ])('speaks the language of %s', async (_source, html, browserLocale, label) => {
    const { context, widget } = await open(html, { locale: browserLocale });
    expect(await widget.locator('.launcher').textContent()).toBe(label);
    await context.close();
  });

  it("uses the site's own wording where it sets any", async () => {
    const { page, context, widget } = await open(hostPage());
    await page.evaluate(() => {
      const earshot = (window as unknown as EarshotWindow).Earshot;
      earshot.setStrings({ launcher: 'Si ifra' });
      earshot.setStrings({ title: 'Hvordan var kaffen?' }, 'nb');
      earshot.setStrings({ title: 'How was the coffee?' }, 'en');
    });
    await expect.poll(() => widget.locator('.launcher').textContent()).toBe('Si ifra');
    await widget.locator('.launcher').click();
    expect(await widget.getByRole('dialog', { name: 'Hvordan var kaffen?' }).count()).toBe(1);
    await context.close();
  });

  it('stays out of sight, and out of the way, when widget-config cannot be loaded', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    const site = await fakeSite(page, hostPage());
    await page.route('**/widget-config*', (route) => route.abort('connectionrefused'));
    await page.goto(`${site.origin}/`);
    await expect
      .poll(() => warnings)
      .toEqual(['[Earshot] widget-config did not load; the widget stays hidden']);
    await page.evaluate(() => {
      const earshot = (window as unknown as EarshotWindow).Earshot;
      earshot.setStrings({ launcher: 'Si ifra' });
      earshot.open();
    });
    await page.waitForTimeout(100);
    expect(await page.locator('[data-earshot]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
