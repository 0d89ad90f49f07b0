/** The site's colour from `data-color` (#rgb or #rrggbb, either case) as #rrggbb; anything else is ignored. */
export function parseColor(value: string | null | undefined): string | undefined {
  // test() reads undefined as "undefined", which is no colour.
  const color = value?.trim() as string;
  return /^#([\da-f]{3}){1,2}$/i.test(color) ? (color[4] ? color : color.replace(/\w/g, '$&$&')) : undefined;
}

/**
 * Text colour on the site's colour (#rrggbb): black above a relative luminance of 0.18, white below.
 * Black reaches 4.5:1 from 0.175 up and white up to 0.183, so either side of 0.18 is always ≥ 4.5:1.
 * The luminance is WCAG's with each channel as a plain power of 2.2 instead of the sRGB curve: over
 * all 16.7 million colours that picks right for any threshold from 0.1780 to 0.1812, so 0.18 keeps
 * both margins, and costs the budget less (tests/unit/widget-embed.test.ts holds it to the exact
 * formula over thousands of colours). The weights are WCAG's × 10,000, and so is the threshold.
 */
export function textOn(background: string): string {
  const luminance = (background.match(/\w\w/g) as string[]).reduce(
    (sum, hex, i) => sum + ([2126, 7152, 722][i] as number) * (+`0x${hex}` / 255) ** 2.2,
    0,
  );
  return luminance > 1800 ? '#000' : '#fff';
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
// One rule a line in the source; the line ends are escaped, so none of them ships. The order of the
// declarations in each rule, of the selectors in each list, and of rules that share no property is
// measured, not meant: the one that gzips smallest (41 B less, and 15 B more when measured again in
// issue 18's third round). `all` stays first in :host, and a rule moves past another only when the
// two set nothing in common. The panel rises into place by its `bottom`, a word the stylesheet has
// already, rather than by a transform.
export function css(color: string, position: 'left' | 'right'): string {
  return `:host{all:initial!important;z-index:2147483000!important;position:fixed!important}\
.es{--fg:#222;--er:#b22;--mu:#555;color:var(--fg);font:16px/1.5 system-ui;--a:${color};--on:${textOn(color)};--bg:#fff}\
@media(prefers-color-scheme:dark){.es{--fg:#eee;--bg:#222;--er:#fba;--mu:#bbc}}\
*{margin:0;box-sizing:border-box}\
@media(prefers-reduced-motion:no-preference){.panel{animation:in .2s}}\
button,input,textarea{color:inherit;font:inherit}\
:focus-visible,:focus-visible+svg{outline:3px solid var(--fg);outline-offset:2px}\
.launcher,.panel{bottom:16px;box-shadow:0 8px 32px #0006;position:fixed;${position}:16px}\
div+.launcher{display:none}\
svg{fill:none;stroke:currentColor;stroke-linecap:round;stroke-width:2;width:22px}\
.hd{margin-bottom:12px}\
.launcher,.btn{background:0;cursor:pointer;height:44px;border-radius:22px;border:1px solid var(--mu);font-weight:600;padding:0 18px}\
.launcher,.primary,:checked+svg{color:var(--on);border-color:var(--a);background:var(--a)}\
.dim{background:#0005;position:fixed;inset:0}\
.panel{max-height:calc(100% - 32px);background:var(--bg);overflow:auto;padding:20px;border-radius:16px;width:min(380px,100% - 32px)}\
.faces>span{flex:1;position:relative}\
:checked+svg{box-shadow:0 0 0 2px var(--bg),0 0 0 4px var(--fg)}\
.faces input{opacity:0;cursor:pointer;height:100%;position:absolute}\
.ac{flex-wrap:wrap;justify-self:end}\
@keyframes in{from{opacity:0;bottom:8px}}\
.x{margin:0 -10px 0 auto;padding:10px;border:0}\
.er,.cap,small{color:var(--mu);font-size:14px}\
.hd,.faces,.launcher,.btn,.ac{align-items:center;display:flex;gap:8px}\
small{font-weight:400}\
form,.rp,.vw{display:grid;gap:16px}\
.cap{text-align:center;margin-top:6px}\
legend,fieldset{min-width:0;padding:0;border:0}\
.er{color:var(--er);font-weight:600}\
.faces svg{display:grid;height:52px;width:100%;padding:10px;border-radius:12px;border:1px solid var(--mu)}\
h2{font-size:20px}\
textarea{resize:vertical;height:96px}\
legend,label{font-weight:600}\
.fl{display:grid;gap:4px}\
input,textarea{background:0;border-radius:8px;width:100%;padding:10px 12px;border:1px solid var(--mu)}\
[aria-invalid=true]{border:2px solid var(--er)}`;
}
