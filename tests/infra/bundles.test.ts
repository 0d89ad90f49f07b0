import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Format, type Platform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundleSettings, lambdaEntries } from '../../infra/lib/handlers.ts';

const repoRoot = join(import.meta.dirname, '../..');

// The stack tests bundle stand-ins; this bundles the real entry files with the stack's esbuild
// settings (in memory, no synth), so a handler that would not deploy fails here first.
describe.each(lambdaEntries)('functions/lambda/%s.ts', (name) => {
  const entry = join(repoRoot, 'functions/lambda', `${name}.ts`);

  it.skipIf(!existsSync(entry))('bundles as the stack bundles it and exports handler', async () => {
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
    expect(Object.values(result.metafile.outputs)[0]?.exports).toContain('handler');
  });
});
