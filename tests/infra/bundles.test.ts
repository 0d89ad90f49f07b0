import { join } from 'node:path';
import { build, type Format, type Platform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSettings, type LambdaEntry, lambdaEntries } from '../../infra/lib/handlers.ts';

const repoRoot = join(import.meta.dirname, '../..');

// Each SDK client costs tens of milliseconds of cold start, so each function loads only those it
// uses: a customer waits for the API's, and the API sends no mail.
const sdkClients: Record<LambdaEntry, string[]> = {
  api: ['client-dynamodb', 'client-secrets-manager'],
  'ses-events': ['client-dynamodb', 'client-secrets-manager'],
  inbound: ['client-dynamodb', 'client-s3', 'client-secrets-manager'],
  dispatch: ['client-dynamodb', 'client-secrets-manager', 'client-sesv2'],
  sweep: ['client-dynamodb', 'client-secrets-manager', 'client-sesv2'],
};

// The stack tests bundle stand-ins; this bundles the real entry files with the stack's esbuild
// settings (in memory, no synth), so a handler that would not deploy fails here first.
describe.each(lambdaEntries)('functions/lambda/%s.ts', (name) => {
  const entry = join(repoRoot, 'functions/lambda', `${name}.ts`);

  it('bundles as the stack bundles it and exports handler', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      outfile: 'index.mjs',
      format: bundleSettings.format as Format,
      platform: bundleSettings.platform as Platform,
      target: bundleSettings.target,
      mainFields: bundleSettings.mainFields,
      external: bundleSettings.external,
      banner: { js: bundleSettings.banner },
      minify: bundleSettings.minify,
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
  });
});
