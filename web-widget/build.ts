import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Browsers from mid-2022 on: modern syntax ships as written, which keeps the file small. */
export const WIDGET_TARGET = ['chrome103', 'edge103', 'firefox102', 'safari15.4'];

/** The widget as one self-contained IIFE (what `GET /widget.js` serves), minified unless asked not to. */
export async function buildWidget(options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'src/index.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: WIDGET_TARGET,
    minify: options.minify ?? true,
    legalComments: 'none',
    // ASCII output: the file reads the same whatever charset a host page or CDN claims for it.
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild produced no output for the widget');
  return file.text;
}

export const WIDGET_DIST = join(here, 'dist/earshot.js');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await buildWidget();
  await mkdir(dirname(WIDGET_DIST), { recursive: true });
  await writeFile(WIDGET_DIST, code);
  console.log(`wrote ${WIDGET_DIST} (${Buffer.byteLength(code)} bytes)`);
}
