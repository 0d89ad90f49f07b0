import type { Child } from 'hono/jsx';

const css = `
:root{color-scheme:light dark;--fg:#1f2328;--bg:#f6f6f4;--card:#fff;--accent:#1f4e79;--muted:#555}
@media (prefers-color-scheme:dark){:root{--fg:#e8e6e3;--bg:#161616;--card:#222;--accent:#8cb8e6;--muted:#bbb}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}section,.card{background:var(--card);border-radius:8px;padding:1rem 1.25rem;margin:0 0 1rem}
h1{font-size:1.5rem;margin:0 0 1rem}h2{font-size:1.15rem;margin:0 0 .5rem}blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #8a5a00;white-space:pre-wrap}
ol{list-style:none;padding:0}li{border-left:3px solid #999;padding:.25rem .75rem;margin:0 0 .75rem}.meta{color:var(--muted);font-size:.9rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}textarea,select{width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:6px;background:var(--card);color:var(--fg)}
button{margin-top:1rem;font:inherit;font-weight:600;padding:.65rem 1.25rem;border:0;border-radius:6px;background:var(--accent);color:var(--bg);cursor:pointer}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}p.notice{font-weight:600}
`;

/** A plain page that works without JavaScript and reads well on a phone, in light and dark. */
export function Layout(props: { lang: string; title: string; children: Child }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <style>{css}</style>
      </head>
      <body>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
