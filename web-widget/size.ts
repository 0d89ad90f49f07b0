import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../functions/config/load.ts';
import type { Locale } from '../functions/config/schema.ts';
import { widgetConfigReply } from '../functions/http/widget-config.ts';
import { buildWidget } from './build.ts';
import { CONFIG_VERSION } from './src/config-format.ts';

/** Everything a visitor downloads for the widget, gzip -9: issue 18's budget, 6 KB all-in. */
export const BUDGET_GZIP = 6144;

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
 * answer is largest: the real answer for the shipped demo site, a fair stand-in for a shop.
 */
export async function measureWidget(): Promise<{ assets: Asset[]; gzip: number; raw: number }> {
  const [site] = loadConfig({}, new URL('../earshot.config.json', import.meta.url).pathname).sites;
  if (!site) throw new Error('earshot.config.json has no site to measure widget-config with');
  const configs = (['nb', 'da', 'sv', 'en'] as Locale[]).map((locale) =>
    measure(
      `widget-config (${locale})`,
      JSON.stringify(
        widgetConfigReply(site, { locale, page: `${site.allowedOrigins[0]}/demo`, v: CONFIG_VERSION }),
      ),
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
  if (gzip <= BUDGET_GZIP) console.log(`budget ${BUDGET_GZIP} B gzip: met, ${BUDGET_GZIP - gzip} B to spare`);
  else {
    console.error(`budget ${BUDGET_GZIP} B gzip: over by ${gzip - BUDGET_GZIP} B`);
    process.exit(1);
  }
}
