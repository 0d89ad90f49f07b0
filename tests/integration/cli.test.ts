import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliDataDir, runCli } from '../helpers/cli.ts';
import { type SentEmail, startTestStack, type TestStack } from '../helpers/stack.ts';

let t: TestStack;
let dataDir: ReturnType<typeof cliDataDir> | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  t = await startTestStack();
  dataDir = cliDataDir('earshot-cli-');
  env = { DYNAMODB_ENDPOINT: t.stack.dynamodbUrl, SES_ENDPOINT: t.sesUrl, EARSHOT_DATA_DIR: dataDir.path };
});
afterAll(async () => {
  await t?.stop();
  dataDir?.remove();
});

const cli = (...argv: string[]) => runCli(argv, env);

/** The CLI as an operator runs it: a real process through bin/earshot.js. */
async function spawnCli(...argv: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/earshot.js', ...argv], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function submit(body: Record<string, unknown>): Promise<string> {
  const response = await t.post({ siteId: 'demo', rating: 2, locale: 'nb', ...body });
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

const to = (address: string) => (email: SentEmail) => email.destination.to.includes(address);

describe('earshot export and erase (GDPR Art. 15, 17, 20)', () => {
  it('exports everything about a customer, erases it all, and then finds nothing', async () => {
    const first = await submit({
      message: 'The beans were stale.',
      email: 'Nora.Berg@Example.org',
      name: 'Nora',
    });
    const second = await submit({
      message: 'Wrong grind again.',
      email: 'nora.berg@example.org',
      category: 'grinder',
    });
    const bystander = await submit({ message: 'Late parcel.', email: 'ola@example.net' });
    // The acknowledgements are what write the daily counters that erasure must also remove.
    await t.waitForEmails(to('nora.berg@example.org'), 2);

    const exported = await spawnCli('export', 'NORA.BERG@example.org');
    expect(exported.code).toBe(0);
    const data = JSON.parse(exported.stdout) as {
      email: string;
      feedback: { id: string; message: string; email: string }[];
      acknowledgementCounters: { feedbackIds: string[] }[];
    };
    expect(data.email).toBe('nora.berg@example.org');
    expect(data.feedback.map((feedback) => feedback.id).sort()).toEqual([first, second].sort());
    expect(data.feedback[0]?.message).toBe('The beans were stale.');
    expect(data.acknowledgementCounters.flatMap((counter) => counter.feedbackIds).sort()).toEqual(
      [first, second].sort(),
    );

    const erased = await spawnCli('erase', 'nora.berg@example.org');
    expect(erased.code).toBe(0);
    expect(erased.stdout).toBe('Erased 2 feedback records and 1 acknowledgement counter.\n');

    const after = await spawnCli('export', 'nora.berg@example.org');
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toMatchObject({ feedback: [], acknowledgementCounters: [] });
    expect(JSON.parse(after.stdout).suppression).toBeUndefined();
    expect(after.stderr).toContain('Nothing is stored about this address.');
    expect(await t.stack.services.store.get(first)).toBeUndefined();
    expect(await t.stack.services.store.get(bystander)).toBeDefined();
  });

  it('refuses something that is not an email address, in one line', async () => {
    const result = await cli('export', 'nora-at-example.org');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('earshot: "nora-at-example.org" is not an email address.\n');
  });
});

describe('bad arguments', () => {
  it('get one line on stderr and a non-zero exit from the real command, never a stack trace', async () => {
    const result = await spawnCli('list', '--status', 'pending');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'earshot: list: --status must be one of open, claimed, resolved, closed, not "pending"\n',
    );
  });

  it.each([
    [['frobnicate'], 'earshot: unknown command "frobnicate" (earshot --help lists them)'],
    [['list', '--colour'], "earshot: list: unknown option '--colour'"],
    [['list', '--since', 'last tuesday'], 'earshot: list: --since must be a date'],
    [['list', '--limit', '0'], 'earshot: list: --limit must be a whole number above 0, not "0"'],
    [['show'], 'earshot: show: which id? (earshot show <id>)'],
    [['erase', 'a@example.org', 'b@example.org'], 'earshot: erase: one email at a time, got 2'],
    [['digest', '--site', 'nowhere'], 'earshot: No site "nowhere" is configured.'],
  ])('%j', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('says where it looked when DynamoDB is not there', async () => {
    const saved = env;
    env = { ...env, DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' };
    try {
      const result = await cli('list');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^earshot: cannot reach DynamoDB at http:\/\/127\.0\.0\.1:9: .*\n$/);
    } finally {
      env = saved;
    }
  });

  it('prints help for every command', async () => {
    for (const command of ['list', 'show', 'export', 'erase', 'digest']) {
      const result = await cli(command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: earshot ${command}`);
    }
    expect((await cli('--help')).stdout).toContain('Commands:');
  });
});

describe('earshot list and show', () => {
  it('lists feedback newest first as a table, filters, and prints JSON on request', async () => {
    const id = await submit({ message: 'Grinder \u001b[31mbroke\u001b[0m after two days.', rating: 1 });
    const table = await cli('list', '--site', 'demo');
    expect(table.code).toBe(0);
    const [header, newest] = table.stdout.split('\n');
    expect(header).toMatch(/^CREATED\s+ID\s+SITE\s+RATING\s+STATUS\s+RISK\s+OWNER\s+MESSAGE$/);
    expect(newest).toContain(id);
    expect(newest).toContain('1/5');
    // Customer text cannot send escape sequences to the operator's terminal.
    expect(table.stdout).not.toContain('\u001b');

    const json = JSON.parse((await cli('list', '--json', '--status', 'open')).stdout) as { id: string }[];
    expect(json.map((feedback) => feedback.id)).toContain(id);
    expect((await cli('list', '--status', 'resolved')).stdout).toBe('No feedback matches.\n');
    expect((await cli('list', '--since', '2999-01-01')).stdout).toBe('No feedback matches.\n');
  });

  it('shows one feedback with its message and thread, and says when there is none', async () => {
    const id = await submit({ message: 'The lid\nwas cracked.', desiredOutcome: 'A new tin' });
    const shown = await cli('show', id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Feedback ${id}`);
    expect(shown.stdout).toContain('  The lid\n  was cracked.');
    expect(shown.stdout).toContain('A new tin');
    expect(shown.stdout).toMatch(/Thread/);

    const missing = await cli('show', 'aaaaaaaaaaaaaaaaaaaa');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no feedback aaaaaaaaaaaaaaaaaaaa');
  });
});

describe('earshot digest', () => {
  it("sends the week's digest to the site's owners through the SES stand-in", async () => {
    await submit({ message: 'Parcel arrived soaked.', category: 'delivery' });
    await t.waitForEmails((email) => email.body.text?.includes('Parcel arrived soaked.') ?? false);
    await t.clearInbox();
    const result = await cli('digest', '--site', 'demo');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Sent the digest for demo to kari@example\.com, sven@example\.com: \d+ this week/,
    );

    const [digest] = await t.waitForEmails((email) => email.subject.startsWith('Uka hos Fjordkaffe'));
    expect(digest?.destination.to).toEqual(['kari@example.com', 'sven@example.com']);
    expect(digest?.from).toContain('feedback@example.com');
    expect(digest?.body.text).toContain('TILBAKEMELDINGER');
    expect(digest?.body.html).toContain('Levering');
    expect(digest?.body.html).not.toMatch(/<img|<script/i);
    // Automatic mail says so, so that an out-of-office does not answer the digest.
    expect(digest?.headers).toContainEqual({ name: 'Auto-Submitted', value: 'auto-generated' });
  });

  it('prints instead of sending with --dry-run', async () => {
    await t.clearInbox();
    const result = await cli('digest', '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Subject: Uka hos Fjordkaffe');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const digests = (await t.inbox()).filter((email) => email.subject.startsWith('Uka hos'));
    expect(digests).toHaveLength(0);
  });
});
