import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cliDataDir, stackCli } from '../helpers/cli.ts';
import { about, sendSmtp, to } from '../helpers/mail.ts';
import { eventually, startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
let dataDir: ReturnType<typeof cliDataDir> | undefined;
beforeAll(async () => {
  t = await startTestStack();
  dataDir = cliDataDir('earshot-hygiene-');
});
afterAll(async () => {
  await t?.stop();
  dataDir?.remove();
});
beforeEach(() => t.clearInbox());

const cli = (...argv: string[]) => stackCli(t.stack, () => dataDir?.path)(...argv);

const body = { siteId: 'demo', rating: 2, message: 'The grinder broke after a week.' };
const idOf = async (response: Response) => ((await response.json()) as { id: string }).id;

describe('bad bytes', () => {
  it('answers 400 invalid_body to a body that is not valid UTF-8, and stores nothing', async () => {
    const json = Buffer.from(JSON.stringify({ ...body, message: 'Kaffen var XX' }));
    const at = json.indexOf('XX');
    // 0xC3 0x28: a lead byte without its continuation; 0xFF never occurs in UTF-8.
    json[at] = 0xc3;
    json[at + 1] = 0x28;
    const raw = await fetch(`${t.apiUrl}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.origin },
      body: json,
    });
    expect(raw.status).toBe(400);
    const answer = (await raw.json()) as { error: { code: string; message: string; fields: object } };
    expect(answer.error.code).toBe('invalid_body');
    expect(answer.error.message).toMatch(/UTF-8/);
    expect(answer.error.fields).toEqual({ body: 'not valid UTF-8' });
  });

  it('stores text NFC-normalised, without bidi overrides, zero-width or control characters', async () => {
    const id = await idOf(
      await t.post({
        ...body,
        message: 'Ka\u030ari sa\u202e nei\u202c\u200b til\u0085 meg\r\nHilsen\tNora\ufeff',
        name: 'No\u2066ra\u2069\u200d',
      }),
    );
    const stored = await t.stack.services.store.get(id);
    expect(stored?.message).toBe('Kåri sa nei til meg\nHilsen\tNora');
    expect(stored?.name).toBe('Nora');
  });
});

describe('pageUrl belongs to the site', () => {
  it('keeps a look-alike URL with user info as plain text, never a link, and the alert says it was not on the site', async () => {
    const pageUrl = 'https://fjordkaffe.no@evil.example/login';
    const id = await idOf(await t.post({ ...body, pageUrl }));
    expect(await t.stack.services.store.get(id)).toMatchObject({ pageUrl, pageUrlOffSite: true });

    const [alert] = await t.waitForEmails(about(id));
    expect(alert?.body.text).toContain('https[:]//fjordkaffe[.]no@evil[.]example/login');
    expect(alert?.body.text).toContain('ikke en side på Fjordkaffe');
    expect(alert?.body.text).not.toContain('https://fjordkaffe.no@evil.example');
    expect(alert?.body.html).not.toMatch(/href="[^"]*evil/);
    expect(alert?.body.html).not.toContain('https://fjordkaffe.no@evil.example');
  });

  it("links a page on the site's own origin", async () => {
    const pageUrl = `${t.origin}/orders/42`;
    const id = await idOf(await t.post({ ...body, pageUrl }));
    const stored = await t.stack.services.store.get(id);
    expect(stored?.pageUrlOffSite).toBeUndefined();
    const [alert] = await t.waitForEmails(about(id));
    expect(alert?.body.html).toContain(`href="${pageUrl}"`);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['not http(s)', 'javascript:alert(1)'],
    ['not a URL', 'the checkout page'],
  ])('keeps %s as text only', async (_case, pageUrl) => {
    const id = await idOf(await t.post({ ...body, pageUrl }));
    expect(await t.stack.services.store.get(id)).toMatchObject({ pageUrl, pageUrlOffSite: true });
  });
});

describe('bot friction', () => {
  it('stores a submission sent within 2 s of opening the form as suspected spam: 202, and nothing is sent', async () => {
    const response = await t.post({ ...body, email: 'bot-target@example.org', openMs: 400 });
    expect(response.status).toBe(202);
    const id = await idOf(response);
    const stored = await t.stack.services.store.get(id);
    expect(stored?.spam).toMatchObject({ reason: 'too-fast', openMs: 400 });
    expect(stored?.escalation).toBeUndefined();
    await t.stack.runDueWork();
    // A person's submission right after it is alerted: the bot's never is.
    const human = await idOf(await t.post({ ...body, email: 'person@example.org', openMs: 45_000 }));
    await t.waitForEmails(to('person@example.org'));
    const sent = await t.inbox();
    expect(sent.some((email) => email.destination.to.includes('bot-target@example.org'))).toBe(false);
    expect(sent.filter((email) => email.body.text?.includes(id))).toHaveLength(0);

    const spam = await cli('list', '--site', 'demo', '--spam');
    expect(spam.stdout).toContain(id);
    expect(spam.stdout).not.toContain(human);
    expect((await cli('list', '--site', 'demo')).stdout).not.toContain(id);

    const digest = await cli('digest', '--site', 'demo', '--dry-run');
    expect(digest.stdout).toMatch(/1 innsending kom raskere enn et menneske/);
  });

  it('answers 400 naming openMs when it is not a whole number of milliseconds', async () => {
    const response = await t.post({ ...body, openMs: 'fast' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: object } }).error.fields).toHaveProperty('openMs');
  });
});

describe('text arriving by email', () => {
  it('stores a reply by email clean too: NFC, no bidi overrides or zero-width characters', async () => {
    const email = 'mail-hygiene@example.org';
    const id = await idOf(await t.post({ ...body, email }));
    const [ack] = await t.waitForEmails(to(email));
    await sendSmtp(t.stack.smtpPort, {
      from: email,
      to: ack?.replyTo[0] ?? '',
      text: 'Ka\u030ari, takk\u200b for \u202esvaret\u202c.',
    });
    const entry = await eventually(async () => (await t.stack.services.store.get(id))?.thread[0], 10_000);
    expect(entry?.text).toBe('Kåri, takk for svaret.');
  });
});
