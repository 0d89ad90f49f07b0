type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

const SVG = 'http://www.w3.org/2000/svg';

// Attributes only through setAttribute and text only through text nodes: no innerHTML anywhere, so
// nothing from the page or the API can become markup, and Trusted Types pages need no policy.
function make<E extends Element>(el: E, attrs: Attrs, children: Child[]): E {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value !== false && value !== undefined)
      el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return make(document.createElement(tag), attrs, children);
}

/** A 24×24 line icon, hidden from assistive technology (its button or label carries the name). */
export function icon(d: string, circle?: boolean): SVGElement {
  const svg = (tag: string, attrs: Attrs) => make(document.createElementNS(SVG, tag), attrs, []);
  return make(svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }), {}, [
    circle && svg('circle', { cx: 12, cy: 12, r: 10 }),
    svg('path', { d }),
  ]);
}

/** A face for ratings 1–5: two eyes, and a mouth that bends from a frown to a smile. */
export const face = (rating: number) => icon(`M8.5 9.5v1m7-1v1M8 16q4 ${3 * rating - 9} 8 0`, true);

/** The `{ el, show, hide }` shape every component has. */
export function component<E extends HTMLElement>(el: E) {
  return {
    el,
    show() {
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
  };
}
