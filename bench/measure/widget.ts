import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildWidget, minifyScript, WIDGET_TARGET } from '../../web-widget/build.ts';
import { measureWidget } from '../../web-widget/size.ts';

export interface WidgetFigures {
  /** widget.js alone, gzip -9. */
  widgetGzip: number;
  /** widget.js plus the largest widget-config answer: everything a visitor downloads (the budgeted figure). */
  totalGzip: number;
  sentryGzip: number;
  sentryRaw: number;
  widgetRaw: number;
}

const gzip9 = (code: string) => gzipSync(Buffer.from(code), { level: 9 }).length;

/**
 * Sentry's user-feedback widget as a site would ship it: the SDK initialised with
 * `feedbackIntegration` (the synchronous one, everything in one file, as ours is), bundled with
 * the very esbuild settings of web-widget/build.ts and minified the same way.
 */
async function buildSentryFeedback(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { init, feedbackIntegration } from '@sentry/browser';",
        "init({ dsn: 'https://public@o0.ingest.sentry.io/0', integrations: [feedbackIntegration()] });",
      ].join('\n'),
      resolveDir: new URL('../..', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: WIDGET_TARGET,
    legalComments: 'none',
    charset: 'ascii',
    write: false,
    logLevel: 'silent',
  });
  return minifyScript(result.outputFiles[0]?.text ?? '');
}

export async function measureWidgetSize(): Promise<WidgetFigures> {
  const [widget, total, sentry] = await Promise.all([buildWidget(), measureWidget(), buildSentryFeedback()]);
  return {
    widgetRaw: Buffer.byteLength(widget),
    widgetGzip: gzip9(widget),
    totalGzip: total.gzip,
    sentryRaw: Buffer.byteLength(sentry),
    sentryGzip: gzip9(sentry),
  };
}
