import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { minify as terser } from 'terser';
import { minify } from 'uglify-js';

const here = dirname(fileURLToPath(import.meta.url));

/** Browsers from mid-2022 on: modern syntax ships as written, which keeps the file small. */
export const WIDGET_TARGET = ['chrome103', 'edge103', 'firefox102', 'safari15.4'];

const SHARED: BuildOptions = {
  bundle: true,
  platform: 'browser',
  target: WIDGET_TARGET,
  legalComments: 'none',
  // ASCII output: the file reads the same whatever charset a host page or CDN claims for it.
  charset: 'ascii',
  write: false,
  logLevel: 'silent',
};

async function bundle(options: BuildOptions): Promise<string> {
  const result = await build({ ...SHARED, ...options });
  const [file] = result.outputFiles ?? [];
  if (!file) throw new Error('esbuild produced no output for the widget');
  return file.text;
}

/**
 * Minifies a bundled script as the widget ships: terser, then UglifyJS over its output. Each
 * compressor finds what the other leaves, and every byte counts against the size budget
 * (web-widget/size.ts): 17 B less than UglifyJS alone, and the other order saves less (−10 B).
 * `hoist_funs` moves function declarations to the top of their scope, which changes nothing at run
 * time (they are hoisted anyway) and lets both merge the `var`s around them: 24 B less again.
 */
export async function minifyScript(code: string): Promise<string> {
  const first = await terser(code, {
    ecma: 2020,
    // unsafe_arrows only assumes that no function expression is called with `new` or reads `this`,
    // which the widget's never do (the built-ins are not touched): 4 B.
    compress: { passes: 3, hoist_funs: true, unsafe_arrows: true },
    format: { ascii_only: true },
  });
  const result = minify(first.code ?? '', { compress: { passes: 3, hoist_funs: true } });
  if (result.error) throw result.error;
  // No "use strict" in front (13 B): the code is written as strict ES modules and relies on nothing
  // that sloppy mode changes (no `this` outside classes, no writes to read-only properties).
  return result.code;
}

/**
 * Property names that live only inside the IIFE (the frame's parts, the outbox's, send results), so
 * esbuild may shorten them. Never one that the page, the DOM, the API's JSON, localStorage or a view
 * name reached by `views[name]` shares: those keep their names (the ESM build keeps them all).
 */
export const INTERNAL_PROPS =
  /^(el|heading|content|refresh|render|kind|afterMs|later|onSent|flush|draft|overrides|listeners|storage)$/;

/** The widget as one self-contained IIFE (what `GET /widget.js` serves), minified unless asked not to. */
export async function buildWidget(options: { minify?: boolean } = {}): Promise<string> {
  const code = await bundle({
    entryPoints: [join(here, 'src/index.ts')],
    format: 'iife',
    mangleProps: INTERNAL_PROPS,
    // esbuild's own minifier first, then terser and UglifyJS over its output (13 B less than without).
    minify: options.minify !== false,
  });
  return options.minify === false ? code : minifyScript(code);
}

/**
 * The npm package's ESM entry: the same source as the IIFE, one file, not minified (the site's own
 * bundler minifies it with the rest of the app), with nothing run on import.
 */
export function buildModule(): Promise<string> {
  return bundle({ entryPoints: [join(here, 'src/module.ts')], format: 'esm' });
}

export const WIDGET_DIST = join(here, 'dist');

/** Everything the package ships in dist/, and the IIFE the deployment serves (dist/earshot.js). */
export async function writeDist(): Promise<string[]> {
  const files: Record<string, string> = {
    'earshot.js': await buildWidget(),
    'index.js': await buildModule(),
    // TypeScript loads only here: the server and the tests build the IIFE without it.
    ...(await import('./build-types.ts')).buildTypes(join(here, 'src/module.ts')),
  };
  await mkdir(WIDGET_DIST, { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(WIDGET_DIST, name), text)));
  return Object.entries(files).map(([name, text]) => `${name} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // On stderr, so that `npm pack --json` (which runs this as prepack) keeps a clean stdout.
  for (const line of await writeDist()) console.error(`wrote ${join(WIDGET_DIST, line)}`);
}
