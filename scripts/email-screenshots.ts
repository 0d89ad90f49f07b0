/**
 * Screenshots of every email kind, at phone and desktop width, in light and dark, so a person can
 * look at them: `npx tsx scripts/email-screenshots.ts [outDir]` (default .data/screenshots).
 * Uses Debian's chromium (CHROMIUM_PATH to override), as the browser tests do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { hmacSigner } from '../functions/adapters/crypto.ts';
import { loadConfig } from '../functions/config/load.ts';
import type { Locale, SiteConfig } from '../functions/config/schema.ts';
import { addEntry, answerCheckIn, claim, resolve } from '../functions/domain/case-events.ts';
import type { Feedback, MailKind } from '../functions/domain/feedback.ts';
import { composeEmail } from '../functions/emails/compose.ts';

const outDir = process.argv[2] ?? '.data/screenshots';
const config = loadConfig({});
const site = config.sites[0] as SiteConfig;
const signer = hmacSigner('screenshots'.repeat(4));
const created = '2026-11-25T09:00:00.000Z';
const later = (hours: number) => new Date(Date.parse(created) + hours * 3_600_000).toISOString();

function feedback(locale: Locale, rating: number): Feedback {
  return {
    id: 'screenshotscreenshot',
    siteId: site.id,
    createdAt: created,
    version: 1,
    rating,
    message: 'Kvernen sluttet å virke etter to dager, og ingen har svart på e-posten min.',
    desiredOutcome: 'En ny kvern, og gjerne et svar.',
    email: 'nora@example.org',
    emailHash: 'h'.repeat(32),
    name: 'Nora Hansen',
    locale,
    owner: site.owner,
    status: 'open',
    respondBy: later(4),
    mail: {},
    thread: [],
    expiresAt: 4_000_000_000,
  };
}

function emails(locale: Locale): [string, MailKind, Feedback][] {
  const unhappy = feedback(locale, 1);
  const claimedLate = claim(unhappy, site.backup, later(6), site) as Feedback;
  const resolved = resolve(claimedLate, site.backup, later(8), site) as Feedback;
  const checkIn: Feedback = { ...resolved, followUp: { at: later(80), state: 'fired' } };
  const answered = addEntry(unhappy, {
    at: later(1),
    kind: 'staff',
    by: site.owner.name,
    text: 'Hei Nora!\n\nSå leit at kvernen din sluttet å virke. En ny er på vei i dag, og du får sporingsnummeret i en egen e-post.\n\nHilsen Kari',
  });
  const reopened = answerCheckIn(checkIn, 'no', 'Den nye kvernen kom aldri.', later(81), site) as Feedback;
  return [
    ['ack-1', 'ack', unhappy],
    ['ack-3', 'ack', feedback(locale, 3)],
    ['ack-5', 'ack', feedback(locale, 5)],
    ['claimed-late', 'claimed:1', claimedLate],
    ['checkin', 'checkin', checkIn],
    ['relay', 'relay:1', answered],
    ['alert', 'alert', unhappy],
    ['reopened', `reopened:${reopened.thread.length}` as MailKind, reopened],
  ];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync(outDir, { recursive: true });
const locales = (process.env.LOCALES?.split(',') as Locale[] | undefined) ?? ['nb'];
for (const locale of locales) {
  for (const [name, kind, record] of emails(locale)) {
    const html = composeEmail(kind, record, { config, signer }).html;
    writeFileSync(join(outDir, `${locale}-${name}.html`), html);
    for (const [width, device] of [
      [390, 'phone'],
      [1024, 'desktop'],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 700 }, colorScheme });
        await page.setContent(html);
        await page.screenshot({
          path: join(outDir, `${locale}-${name}-${device}-${colorScheme}.png`),
          fullPage: true,
        });
        await page.close();
      }
    }
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
