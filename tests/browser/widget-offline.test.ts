import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { inWidget, launchBrowser } from './harness.ts';

const FEEDBACK = '**/v1/feedback';

/**
 * The widget never loses feedback: whatever happens between the browser and the API, each
 * submission ends up stored exactly once (one record, so one staff alert).
 */
describe('widget when the API cannot be reached', () => {
  let stack: TestStack;
  let browser: Browser;

  beforeAll(async () => {
    // These tests are about the outbox, typed at machine speed: the bot check on form time is off.
    [stack, browser] = await Promise.all([startTestStack({ site: { minFormOpenMs: 0 } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function shop(
    context?: BrowserContext,
  ): Promise<{ page: Page; context: BrowserContext; ids: string[] }> {
    const ctx = context ?? (await browser.newContext());
    const page = await ctx.newPage();
    const ids: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/v1/feedback')) {
        ids.push((request.postDataJSON() as { clientRequestId: string }).clientRequestId);
      }
    });
    await page.goto(`${stack.apiUrl}/demo`);
    await inWidget(page).locator('.launcher').waitFor();
    return { page, context: ctx, ids };
  }

  async function submit(page: Page, message: string): Promise<void> {
    const widget = inWidget(page);
    await widget.locator('.launcher').click();
    await widget.getByRole('radio', { name: 'Svært misfornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva skjedde?').fill(message);
    await widget.getByRole('button', { name: 'Send' }).click();
  }

  /** Waits for the staff alert, then a little longer to be sure no second one follows. */
  async function alertsFor(message: string): Promise<number> {
    const about = (email: { subject: string; destination: { to: string[] } }) =>
      email.destination.to.includes('kari@example.com') && email.subject.includes(message);
    await stack.waitForEmails(about, 1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return (await stack.inbox()).filter(about).length;
  }

  const queuedText = (page: Page) =>
    inWidget(page)
      .getByText(/lagret i nettleseren/)
      .waitFor();

  it('keeps feedback sent while the network is down and delivers it once it is back', async () => {
    const { page, context, ids } = await shop();
    await page.route(FEEDBACK, (route) => route.abort('internetdisconnected'));
    await submit(page, 'Nettet var nede da jeg skrev dette.');
    await queuedText(page);
    await page.unroute(FEEDBACK);

    expect(await alertsFor('Nettet var nede da jeg skrev dette.')).toBe(1);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('earshot:demo:outbox'))).toBe('[]');
    await context.close();
  });

  it('stores it only once when the answer is lost after the API saved it', async () => {
    const { page, context, ids } = await shop();
    await page.route(FEEDBACK, async (route: Route) => {
      await route.fetch(); // reaches the API and is stored...
      await route.abort('connectionreset'); // ...but the browser never hears back
    });
    await submit(page, 'Svaret forsvant på veien.');
    await queuedText(page);
    await page.unroute(FEEDBACK);

    expect(await alertsFor('Svaret forsvant på veien.')).toBe(1);
    expect(new Set(ids).size).toBe(1);
    await context.close();
  });

  it('sends it on the next page load when the visitor left before the API came back', async () => {
    const first = await shop();
    await first.page.route(FEEDBACK, (route) => route.abort('connectionrefused'));
    await submit(first.page, 'Jeg lukket fanen med en gang.');
    await queuedText(first.page);
    await first.page.close();

    const next = await shop(first.context);
    expect(await alertsFor('Jeg lukket fanen med en gang.')).toBe(1);
    expect(next.ids).toHaveLength(1);
    await first.context.close();
  });

  it('waits and retries after a 503 or a 429 with Retry-After', async () => {
    const { page, context } = await shop();
    let answered = 0;
    await page.route(FEEDBACK, (route) =>
      answered++ === 0
        ? route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'down' } } })
        : answered === 2
          ? route.fulfill({
              status: 429,
              headers: { 'Retry-After': '1' },
              json: { error: { code: 'rate_limited' } },
            })
          : route.continue(),
    );
    await submit(page, 'Serveren hadde en dårlig dag.');
    await queuedText(page);
    expect(await alertsFor('Serveren hadde en dårlig dag.')).toBe(1);
    expect(answered).toBe(3);
    await context.close();
  });
});
