import { readOptions } from './options.ts';
import { createWidget, type EarshotApi } from './widget.ts';

declare global {
  interface Window {
    Earshot?: EarshotApi;
  }
}

// currentScript is only set while this file first runs, so read it before anything waits.
const script = document.currentScript as HTMLScriptElement | null;
const options = script && readOptions((name) => script.getAttribute(name), script.src, script.nonce);

if (!options) console.warn('[Earshot] the script tag needs data-site="<your site id>"');
else if (!window.Earshot) window.Earshot = createWidget(options);
