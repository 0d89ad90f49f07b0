import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { type LambdaEntry, lambdaBuildOptions, lambdaEntries } from '../../infra/lib/handlers.ts';

// Each SDK client costs tens of milliseconds of cold start, so each function loads only those it
// uses: a customer waits for the API's, and neither HTTP function sends mail.
const sdkClients: Record<LambdaEntry, string[]> = {
  api: ['client-dynamodb', 'client-secrets-manager'],
  pages: ['client-dynamodb', 'client-secrets-manager'],
  'ses-events': ['client-dynamodb', 'client-secrets-manager'],
  inbound: ['client-dynamodb', 'client-s3', 'client-secrets-manager'],
  dispatch: ['client-dynamodb', 'client-secrets-manager', 'client-sesv2'],
  sweep: ['client-dynamodb', 'client-secrets-manager', 'client-sesv2'],
};

/** The only email modules the pages may reach: words they share with an email, nothing that renders one. */
const pageEmailModules = [
  'functions/emails/check-in-answers.ts',
  // Which of a case's two conversations a mail is in: the mail ledger's rule, no text.
  'functions/emails/conversation.ts',
  'functions/emails/format.ts',
  'functions/emails/incident-shares.ts',
  'functions/emails/thread.ts',
];
const API_CEILING_KIB = 126;
const PAGES_CEILING_KIB = 184;

// The intake (`api`) serves what a customer's browser calls; the signed pages run in `pages`. Any
// of these in the intake bundle means a page module is reachable from it again (through
// functions/http/app.ts, which mounts both, or a shared import), and its cold start pays for it.
const PAGE_MODULES =
  /functions\/http\/(app\.ts|pages-app\.ts|pages\/|routes\/(actions|held-release|incident-actions)\.tsx)|functions\/domain\/(staff-actions|customer-actions|incident-answer|release-held)\.ts|hono\/dist\/(jsx|helper\/html)/;

// The stack tests bundle stand-ins; this bundles the real entry files with the stack's esbuild
// settings (in memory, no synth), so a handler that would not deploy fails here first.
describe.each(lambdaEntries)('functions/lambda/%s.ts', (name) => {
  it('bundles as the stack bundles it and exports handler', async () => {
    const result = await build({
      ...lambdaBuildOptions(name),
      // Without a source map the metafile has one output: the bundle.
      sourcemap: false,
      write: false,
      outfile: 'index.mjs',
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.exports).toContain('handler');
    const clients = output?.imports
      .filter((item) => item.external && item.path.startsWith('@aws-sdk/client-'))
      .map((item) => item.path.slice('@aws-sdk/'.length));
    expect([...new Set(clients)].sort()).toEqual(sdkClients[name]);
    const inputs = Object.keys(output?.inputs ?? {});
    if (name === 'api' || name === 'pages') {
      // The spread-risk lexicons are scored in the dispatcher and HTML mail is cut by the inbound
      // function; in an HTTP function either would only add ~100 KB to every cold start. And
      // hono/tiny's one router, not the default pair (~6 KB): see functions/http/base-app.ts.
      const heavy = inputs.filter((path) =>
        /triage\/lexicon|triage\/learned|htmlparser2|mailparser|hono\/dist\/router\/reg-exp-router/.test(
          path,
        ),
      );
      expect(heavy).toEqual([]);
    }
    if (name === 'api') {
      expect(inputs.filter((path) => PAGE_MODULES.test(path))).toEqual([]);
      expect(inputs.filter((path) => path.startsWith('functions/emails/'))).toEqual([]);
      // Its services are createIntakeServices': no store it never calls (~7 KB).
      const stores = /functions\/adapters\/dynamodb\/(incident|held-mail|reputation)-store\.ts/;
      expect(inputs.filter((path) => stores.test(path))).toEqual([]);
      // The guard above must see the page modules where they are, or it proves nothing.
      expect(inputs).toContain('functions/http/intake-app.ts');
    }
    if (name === 'pages') {
      expect(inputs.filter((path) => PAGE_MODULES.test(path)).length).toBeGreaterThan(0);
      expect(inputs).not.toContain('functions/http/intake-app.ts');
      // Emails are composed by the dispatcher. A page may say a few of the same words (the
      // check-in's answers, what an incident's reports share, a thread's lines), each from a
      // module of its own; reaching them through an email's module brings the whole email, in
      // four languages, into every cold start (that was ~10 KB of the growth to 202 KB).
      const emails = inputs.filter((path) => path.startsWith('functions/emails/'));
      expect(emails.sort()).toEqual(pageEmailModules);
    }
  });
});

// The intake's whole bundle, 121.6 KiB when the signed pages moved to their own function (and the
// incident, held-mail and reputation stores out of its services), with a few KiB of margin: a library or a page reached by accident does not fit, and a new intake
// feature has to say what it costs by raising this. `npm run bench` budgets the deployed file
// itself (150 KB). The pages' ceiling (174.6 KiB then) keeps the same watch on the other function.
it.each([
  ['api', API_CEILING_KIB],
  ['pages', PAGES_CEILING_KIB],
] as const)('keeps the %s bundle within its size ceiling', async (name, ceilingKib) => {
  const result = await build({
    ...lambdaBuildOptions(name),
    sourcemap: false,
    write: false,
    outfile: 'index.mjs',
    logLevel: 'silent',
  });
  const bytes = result.outputFiles?.[0]?.contents.length ?? 0;
  expect(bytes).toBeGreaterThan(0);
  expect(bytes, `${name} bundle is ${(bytes / 1024).toFixed(1)} KiB`).toBeLessThanOrEqual(ceilingKib * 1024);
});
