import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Locale } from '../functions/config/schema.ts';
import { buildWidget } from './build.ts';
import { widgetConfigTexts } from './src/texts.ts';

/** Everything a visitor downloads for the widget, gzip -9. */
export const BUDGET_GZIP = 8192;
export const AIM_GZIP = 6144;

export interface Asset {
  name: string;
  raw: number;
  gzip: number;
}

const measure = (name: string, text: string): Asset => {
  const bytes = Buffer.from(text);
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/**
 * widget.js plus the widget-config answer that brings the visitor's language, for the locale whose
 * answer is largest. The config fields besides the strings are the demo site's, a fair stand-in.
 */
export async function measureWidget(): Promise<{ assets: Asset[]; gzip: number; raw: number }> {
  const configs = (['nb', 'da', 'sv', 'en'] as Locale[]).map((locale) =>
    measure(
      `widget-config (${locale})`,
      JSON.stringify({
        siteId: 'demo',
        displayName: 'Fjordkaffe',
        defaultLocale: 'nb',
        ownerFirstName: 'Kari',
        respondWithin: 'PT4H',
        retentionDays: 365,
        ...widgetConfigTexts(locale, 'nb'),
      }),
    ),
  );
  const largest = configs.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const assets = [measure('widget.js', await buildWidget()), largest];
  return {
    assets,
    raw: assets.reduce((sum, asset) => sum + asset.raw, 0),
    gzip: assets.reduce((sum, asset) => sum + asset.gzip, 0),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { assets, raw, gzip } = await measureWidget();
  for (const asset of [...assets, { name: 'total', raw, gzip }]) {
    console.log(
      `${asset.name.padEnd(22)} raw ${String(asset.raw).padStart(6)} B   gzip -9 ${String(asset.gzip).padStart(5)} B`,
    );
  }
  console.log(`budget ${BUDGET_GZIP} B gzip, aim ${AIM_GZIP} B`);
  if (gzip > BUDGET_GZIP) {
    console.error(`over budget by ${gzip - BUDGET_GZIP} B`);
    process.exit(1);
  }
}
