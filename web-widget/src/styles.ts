/** The site's colour from `data-color` (#rgb or #rrggbb) as #rrggbb; anything else is ignored. */
export function parseColor(value: string | null | undefined): string | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '')?.[1]?.toLowerCase();
  return hex && `#${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
}

/**
 * Text colour on the site's colour (#rrggbb): black above a relative luminance of 0.18, white below.
 * Black reaches 4.5:1 from 0.175 up and white up to 0.183, so either side of 0.18 is always ≥ 4.5:1.
 * The luminance is WCAG's without its linear toe (below 4 % of a channel): that reads at most 0.0009
 * high, well inside the margin, and costs the budget less (tests/unit/widget-embed.test.ts holds it
 * to the exact formula over thousands of colours).
 */
export function textOn(background: string): string {
  const luminance = (background.match(/\w\w/g) as string[]).reduce(
    (sum, hex, i) =>
      sum + ([0.2126, 0.7152, 0.0722][i] as number) * ((+`0x${hex}` / 255 + 0.055) / 1.055) ** 2.4,
    0,
  );
  return luminance > 0.18 ? '#000' : '#fff';
}

export const DEFAULT_COLOR = '#1d5a8c';

// px everywhere, never rem: the page owns the root font size. `:host` takes `all: initial` with
// !important, which beats even `* { all: unset !important }` on the page (important rules from a
// shadow tree win over the page's), then sets the inherited font everything inside uses. Custom
// properties live on `.es`, not `:host`: `all` does not reset them, so page rules could reach them.
// --a accent, --on text on accent, --bg/--fg panel, --mu muted text and borders, --er errors; each
// pair meets 4.5:1 in both schemes (borders need 3:1, and the focus ring is drawn in --fg). Three-digit
// colours, and few rules: every byte counts against issue 18's budget.
// Class names are short because each costs bytes in both the CSS and the markup (issue 18's budget):
// dim backdrop, hd header, cap rating caption, fl field, er error, ac actions, rp reply fieldset,
// vw notice view, x close; the small print (site name, hints, "(optional)") is <small>. launcher, panel, faces, btn and
// primary keep their names: the browser tests find the widget's parts by them.
// One rule a line in the source; the line ends are escaped, so none of them ships.
export function css(color: string, position: 'left' | 'right'): string {
  return `:host{all:initial!important;position:fixed!important;z-index:2147483000!important;font:16px/1.5 system-ui!important}\
.es{--a:${color};--on:${textOn(color)};--bg:#fff;--fg:#222;--mu:#555;--er:#b22;color:var(--fg)}\
@media(prefers-color-scheme:dark){.es{--bg:#222;--fg:#eee;--mu:#bbc;--er:#fba}}\
*{box-sizing:border-box;margin:0}\
[hidden]{display:none!important}\
button,input,textarea{font:inherit;color:inherit}\
:focus-visible,:focus-visible+label{outline:3px solid var(--fg);outline-offset:2px}\
svg{width:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}\
.launcher,.panel{position:fixed;bottom:16px;${position}:16px;box-shadow:0 8px 32px #0006}\
.launcher,.btn,.hd,.ac,.faces{display:flex;align-items:center;gap:8px}\
.launcher,.btn{height:44px;padding:0 18px;border:1px solid var(--mu);border-radius:22px;background:0;font-weight:600;cursor:pointer}\
.launcher,.primary,:checked+label{border-color:var(--a);background:var(--a);color:var(--on)}\
.dim{position:fixed;inset:0;background:#0005}\
.panel{width:min(380px,100vw - 32px);max-height:calc(100vh - 32px);overflow:auto;padding:20px;border-radius:16px;background:var(--bg)}\
@media(prefers-reduced-motion:no-preference){.panel{animation:in .2s}}\
@keyframes in{from{opacity:0;transform:translateY(8px)}}\
.hd{margin-bottom:12px}\
.x{margin:0 -10px 0 auto;padding:10px;border:0}\
small,.cap,.er{font-size:14px;color:var(--mu)}\
small{font-weight:400}\
.er{font-weight:600;color:var(--er)}\
h2{font-size:20px}\
form,.vw,.rp{display:grid;gap:16px}\
fieldset,legend{padding:0;border:0;min-width:0}\
legend,label{font-weight:600}\
.faces>span{position:relative;flex:1}\
.faces input{position:absolute;height:100%;opacity:0;cursor:pointer}\
.faces label{display:grid;place-items:center;height:52px;border:1px solid var(--mu);border-radius:12px}\
.faces svg{width:30px}\
:checked+label{box-shadow:0 0 0 2px var(--bg),0 0 0 4px var(--fg)}\
.cap{margin-top:6px;text-align:center}\
.fl{display:grid;gap:4px}\
input,textarea{width:100%;padding:10px 12px;border:1px solid var(--mu);border-radius:8px;background:0}\
textarea{height:96px;resize:vertical}\
[aria-invalid=true]{border:2px solid var(--er)}\
.ac{justify-self:end}`;
}
