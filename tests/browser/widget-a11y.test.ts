import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, fakeSite, hostPage, inWidget, launchBrowser } from './harness.ts';

// Set EARSHOT_SCREENSHOTS=/some/dir to keep a PNG of every view (320 px and desktop, light and dark).
const shots = process.env.EARSHOT_SCREENSHOTS;

const SCHEMES = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'mobile-dark', viewport: { width: 320, height: 640 }, colorScheme: 'dark' },
  { name: 'mobile-light', viewport: { width: 320, height: 640 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
] as const;

describe('widget accessibility', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    if (shots) await mkdir(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCHEMES)('axe finds nothing in any view ($name)', async ({ name, viewport, colorScheme }) => {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    /** axe over the page in its current state, and a screenshot of it when asked for. */
    const check = async (view: string) => {
      // The panel fades in; axe measures colours, so it looks once the fade is over.
      await page.evaluate(async () => {
        const root = document.querySelector('[data-earshot]')?.shadowRoot;
        await Promise.all(root?.getAnimations().map((animation) => animation.finished) ?? []);
      });
      if (shots) await page.screenshot({ path: `${shots}/${name}-${view}.png` });
      expect(await axe(page), `${name} ${view}`).toEqual([]);
    };
    const site = await fakeSite(page, hostPage({ script: 'data-site="demo" data-color="#6b4226"' }));
    await page.goto(`${site.origin}/`);
    const widget = inWidget(page);
    await widget.locator('.launcher').waitFor();
    await check('launcher');

    await widget.locator('.launcher').click();
    await check('rating');
    // Each radio lies over its whole face, so a click anywhere on the face is a click on the radio.
    const faces = widget.locator('.faces svg');
    for (const [i, radio] of (await widget.getByRole('radio').all()).entries()) {
      const [input, face] = await Promise.all([radio.boundingBox(), faces.nth(i).boundingBox()]);
      expect(input?.width).toBeGreaterThanOrEqual(face?.width ?? Infinity);
      expect(input?.height).toBeGreaterThanOrEqual(face?.height ?? Infinity);
    }
    await widget.getByRole('button', { name: 'Neste' }).click();
    await check('rating-error');

    await widget.getByRole('radio', { name: 'Misfornøyd', exact: true }).check();
    await check('rating-chosen');
    await widget.getByRole('button', { name: 'Neste' }).click();
    await check('details');

    await widget.getByLabel('E-post').fill('kari@');
    await widget.getByRole('button', { name: 'Send' }).click();
    await check('details-errors');

    await widget.getByLabel('Hva skjedde?').fill('Kaffen kom aldri.');
    await widget.getByLabel('E-post').fill('ola@example.com');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.getByText('Kari svarer deg innen 4 timer.').waitFor();
    await check('thanks');

    await widget.getByRole('button', { name: 'Lukk' }).first().click();
    site.answer = (route) => route.abort('connectionrefused');
    await widget.locator('.launcher').click();
    await widget.getByRole('radio', { name: 'Svært fornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva var bra?').fill('Raskt og godt.');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.getByText(/lagret i nettleseren/).waitFor();
    await check('queued');

    await widget.getByRole('button', { name: 'Lukk' }).first().click();
    site.answer = { status: 403, body: { error: { code: 'origin_not_allowed', message: 'no' } } };
    await widget.locator('.launcher').click();
    await widget.getByRole('radio', { name: 'Både og', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva skjedde?').fill('Vanskelig å finne frakten.');
    await widget.getByRole('button', { name: 'Send' }).click();
    await widget.getByText('Det gikk ikke å sende').waitFor();
    await check('error');
    // A wrong embed fails the same way every time: no "try again", one way on instead.
    expect(await widget.getByRole('button', { name: 'Prøv igjen' }).count()).toBe(0);
    expect(await widget.getByRole('alert').textContent()).toContain(
      'Ta gjerne kontakt med oss på en annen måte',
    );
    await context.close();
  });
});
