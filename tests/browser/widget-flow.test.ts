import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../helpers/stack.ts';
import { axe, type EarshotWindow, focused, inWidget, launchBrowser, tabToLauncher } from './harness.ts';

/** The demo shop on the real local stack, driven the way a visitor without a mouse drives it. */
describe('widget on the demo shop, against the real API', () => {
  let stack: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  const alertsAbout = (text: string) =>
    stack.waitForEmails(
      (email) => email.destination.to.includes('kari@example.com') && email.subject.includes(text),
    );

  it('can be completed with the keyboard alone, and the owner is alerted', async () => {
    await page.goto(`${stack.apiUrl}/demo`);
    await inWidget(page).locator('.launcher').waitFor();

    await tabToLauncher(page);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('widget input "Svært misfornøyd"');
    await page.keyboard.press('ArrowRight'); // 2: "Misfornøyd"
    await page.keyboard.press('Enter');

    expect(await focused(page)).toMatch(/^widget textarea#message/);
    await page.keyboard.type('Kaffen kom tre dager for sent, og posen var revnet.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^widget textarea#desiredOutcome/);
    await page.keyboard.type('En ny pose, og at dere pakker bedre.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ola Nordmann');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ola.kunde@example.com');
    // A person takes a few seconds over this; the API keeps a form sent faster than 2 s as spam.
    await page.waitForTimeout(2000);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('widget button "Tilbake"');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('widget button "Send"');
    await page.keyboard.press('Enter');

    await inWidget(page).getByRole('heading', { name: 'Takk for at du sa ifra' }).waitFor();
    expect(await inWidget(page).getByRole('status').textContent()).toBe('Kari svarer deg innen 4 timer.');
    expect(await focused(page)).toBe('widget button "Lukk"');
    expect(await axe(page)).toEqual([]);

    const [alert] = await alertsAbout('Kaffen kom tre dager for sent');
    expect(alert?.subject).toContain('2/5');
    expect(alert?.body.text).toContain('En ny pose, og at dere pakker bedre.');
    expect(alert?.body.text).toContain('ola.kunde@example.com');
    expect(alert?.body.text).toContain(`${stack.apiUrl}/demo`);

    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('widget button "Gi tilbakemelding"');
  });

  it('keeps focus inside the open dialog and gives it back on Esc', async () => {
    await page.goto(`${stack.apiUrl}/demo`);
    await tabToLauncher(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('widget button "Lukk"');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('widget button "Neste"');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('widget button "Lukk"');
    await page.keyboard.press('Escape');
    expect(await inWidget(page).getByRole('dialog').count()).toBe(0);
    expect(await focused(page)).toBe('widget button "Gi tilbakemelding"');
  });

  it("shows the API's 400 next to the field it is about", async () => {
    await page.goto(`${stack.apiUrl}/demo`);
    const widget = inWidget(page);
    await widget.locator('.launcher').click();
    await widget.getByRole('radio', { name: 'Fornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    await widget.getByLabel('Hva var bra?').fill('Rask levering.');
    // Looks like an address to the widget's loose check; the API knows a TLD has two letters or more.
    await widget.getByLabel('E-post').fill('kari@example.c');
    await widget.getByRole('button', { name: 'Send' }).click();
    const email = widget.getByLabel('E-post');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await focused(page)).toBe('widget input#email');
    expect(await widget.locator('#email-e').textContent()).toBe('Den e-postadressen ser ikke riktig ut.');
  });

  it('prefills from identify() and tells the site through on("submitted")', async () => {
    await page.goto(`${stack.apiUrl}/demo`);
    await inWidget(page).locator('.launcher').waitFor();
    await page.evaluate(() => {
      const earshot = (window as unknown as EarshotWindow).Earshot;
      earshot.identify({ name: 'Kari Kunde', email: 'kari.kunde@example.com' });
      earshot.on('submitted', (detail) => {
        const host = window as unknown as EarshotWindow;
        host.submitted = [...(host.submitted ?? []), detail];
      });
      earshot.open();
    });
    const widget = inWidget(page);
    await widget.getByRole('radio', { name: 'Svært fornøyd', exact: true }).check();
    await page.keyboard.press('Enter');
    expect(await widget.getByLabel('E-post').inputValue()).toBe('kari.kunde@example.com');
    expect(await widget.getByLabel('Navn').inputValue()).toBe('Kari Kunde');
    expect(await widget.locator('#desiredOutcome').isVisible()).toBe(false);
    await widget.getByLabel('Hva var bra?').fill('Beste kaffen i Bergen.');
    await widget.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as EarshotWindow).submitted))
      .toEqual([{ id: expect.any(String), clientRequestId: expect.any(String), rating: 5 }]);
  });
});
