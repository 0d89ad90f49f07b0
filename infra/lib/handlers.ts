// Kept free of CDK imports: tests read these without loading aws-cdk-lib.
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { repoRoot } from './paths.ts';

/** One entry file per event source under functions/lambda/, each exporting `handler`. */
export const lambdaEntries = ['api', 'pages', 'dispatch', 'sweep', 'inbound', 'ses-events'] as const;
export type LambdaEntry = (typeof lambdaEntries)[number];

/** How every handler is bundled; exported so a test can bundle the real entries the same way. */
export const bundleSettings = {
  format: 'esm' as const,
  platform: 'node' as const,
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  // Nordic copy in four languages: æ, ø, å and typographic quotes as UTF-8 take 2-3 bytes, as
  // esbuild's default ASCII escapes 4-6 (~2 KB of the API bundle), and stay readable in a trace.
  charset: 'utf8' as const,
  sourcemap: true,
  // The Lambda runtime ships AWS SDK v3; leaving it out keeps bundles and cold starts small.
  external: ['@aws-sdk/*'],
  // CommonJS dependencies (mailparser, nodemailer) call require() for Node built-ins, which an
  // ESM bundle lacks unless it is recreated.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
};

export const lambdaEntryFile = (name: LambdaEntry): string =>
  join(repoRoot, 'functions/lambda', `${name}.ts`);

/** `bundleSettings` as esbuild options for one entry: what the bench and the bundle test build. */
export function lambdaBuildOptions(name: LambdaEntry): BuildOptions {
  const { banner, ...settings } = bundleSettings;
  return { ...settings, entryPoints: [lambdaEntryFile(name)], bundle: true, banner: { js: banner } };
}

/**
 * The signed one-click pages' routes on the HTTP API, sent to the `pages` function (the rest go
 * to `api` by the catch-all). functions/http/pages-app.ts mounts the same prefixes, and a test
 * holds the two together. GET shows a page, POST acts; HEAD is hono's GET without the body.
 */
export const pageRoutes = {
  paths: ['/a/{token}', '/held/{token}'],
  methods: ['GET', 'HEAD', 'POST'],
} as const;
