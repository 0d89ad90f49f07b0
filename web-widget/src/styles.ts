/** The site's colour from `data-color` (#rgb or #rrggbb) as #rrggbb; anything else is ignored. */
export function parseColor(value: string | null | undefined): string | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '')?.[1]?.toLowerCase();
  return hex && `#${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  return [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return sum + weight * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
}

/** Text colour on the site's colour: white or black, whichever contrasts more (always ≥ 4.5:1). */
export function textOn(background: string): string {
  const l = luminance(background) + 0.05;
  return 1.05 / l >= l / 0.05 ? '#fff' : '#000';
}

export const DEFAULT_COLOR = '#1d5a8c';

// px everywhere, never rem: the page owns the root font size. `:host` takes `all: initial` with
// !important, which beats even `* { all: unset !important }` on the page (important rules from a
// shadow tree win over the page's), then sets the inherited font everything inside uses. Custom
// properties live on `.es`, not `:host`: `all` does not reset them, so page rules could reach them.
// --a accent, --on text on accent, --bg/--fg panel, --mu muted text, --ln borders, --fo focus ring,
// --er errors; each pair meets 4.5:1 (3:1 for borders and focus) in both schemes, with room: the
// lowest are the borders, 4.4:1 light and 5.6:1 dark. Three-digit colours, each channel within 8/255
// of the six-digit palette they replaced, are 28 B less gzip against the budget.
// Class names are short because each costs bytes in both the CSS and the markup (issue 18's budget):
// dim backdrop, hd header, st site name, hn hint, op "(optional)", cap rating caption, fl field,
// er error, ac actions, rp reply fieldset, vw notice view. launcher, panel, faces, btn and primary
// keep their names: the browser tests find the widget's parts by them.
// One rule a line in the source; the line ends are escaped, so none of them ships.
export function css(color: string, position: 'left' | 'right'): string {
  return `:host{all:initial!important;position:fixed!important;z-index:2147483000!important;font:16px/1.5 system-ui,sans-serif!important}\
.es{--a:${color};--on:${textOn(color)};--bg:#fff;--fg:#222;--mu:#555;--ln:#778;--fo:#15c;--er:#b22;color:var(--fg)}\
@media(prefers-color-scheme:dark){.es{--bg:#222;--fg:#eee;--mu:#bbc;--ln:#999;--fo:#8bf;--er:#fba}}\
*{box-sizing:border-box;margin:0}\
[hidden],.hn:empty,.cap:empty{display:none!important}\

button,input,textarea{font:inherit;color:inherit}\
:focus-visible,:focus-visible+label{outline:3px solid var(--fo);outline-offset:2px}\
svg{width:22px;fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round}\
.launcher,.panel{position:fixed;bottom:16px;${position}:16px;box-shadow:0 8px 32px #0006}\
.launcher,.btn{display:flex;align-items:center;gap:8px;height:44px;padding:0 18px;border:1px solid var(--ln);border-radius:22px;background:0;font-weight:600;cursor:pointer}\
.launcher,.primary,:checked+label{border-color:var(--a);background:var(--a);color:var(--on)}\
.dim{position:fixed;inset:0;background:#0005}\
.panel{width:380px;max-width:calc(100vw - 32px);max-height:calc(100vh - 32px);overflow:auto;padding:16px 20px 20px;border-radius:16px;background:var(--bg);animation:in .2s}\
@keyframes in{from{opacity:0;transform:translateY(8px)}}\
@media(prefers-reduced-motion:reduce){.panel{animation:none}}\
.hd{display:flex;align-items:center;margin-bottom:12px}\
.hd div{flex:1}\
.st,.hn,.op,.cap{font-size:14px;font-weight:400;color:var(--mu)}\
h2{font-size:20px;line-height:1.3}\
.x{margin-right:-10px;padding:10px;border:0}\
form,.vw,.rp{display:grid;gap:16px}\
fieldset,legend{padding:0;border:0;min-width:0}\
legend,label{margin-bottom:4px;font-weight:600}\
.faces{display:flex;gap:6px}\
.faces>span{position:relative;flex:1}\
.faces input{position:absolute;inset:0;height:100%;padding:0;opacity:0;cursor:pointer}\
.faces label{display:grid;place-items:center;height:52px;border:1px solid var(--ln);border-radius:12px}\
.faces svg{width:30px}\
:checked+label{box-shadow:0 0 0 2px var(--bg),0 0 0 4px var(--fg)}\
.cap{margin-top:6px;text-align:center}\
.fl{display:grid}\
.fl .hn{margin:-4px 0 4px}\
input,textarea{width:100%;padding:10px 12px;border:1px solid var(--ln);border-radius:8px;background:0;line-height:1.4}\
textarea{height:96px;resize:vertical}\
[aria-invalid=true]{border:2px solid var(--er)}\
.er{margin-bottom:4px;font-size:14px;font-weight:600;color:var(--er)}\
.ac{display:flex;flex-wrap:wrap;justify-content:end;gap:8px}`;
}
