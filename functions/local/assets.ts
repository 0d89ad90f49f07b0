import { readFile } from 'node:fs/promises';

/** The widget, built once on first request from web-widget/ (esbuild takes a few milliseconds). */
export function localWidgetScript(): () => Promise<string> {
  let built: Promise<string> | undefined;
  return () => {
    built ??= import('../../web-widget/build.ts')
      .then((module) => module.buildWidget())
      .catch((error) => {
        built = undefined;
        throw error;
      });
    return built;
  };
}

export function localDemoPage(): () => Promise<string> {
  return () => readFile(new URL('../../web-widget/demo/shop.html', import.meta.url), 'utf8');
}
