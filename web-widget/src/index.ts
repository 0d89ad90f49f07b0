import { close, identify, init, on, open, setStrings } from './module.ts';
import { scriptOptions } from './options.ts';
import type { EarshotApi } from './types.ts';

declare global {
  interface Window {
    Earshot?: EarshotApi;
  }
}

// The script tag's build: the package's API as window.Earshot, started from the tag's attributes.
// currentScript is only set while this file first runs, so read it before anything waits.
const script = document.currentScript as HTMLScriptElement | null;
const options = script && scriptOptions(script);

if (!options) console.warn('[Earshot] the script tag needs data-site="<your site id>"');
else if (!window.Earshot) {
  window.Earshot = { init, open, close, identify, on, setStrings };
  init(options);
}
