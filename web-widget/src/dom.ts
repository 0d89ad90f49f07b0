type Props = Record<string, unknown>;

/**
 * An element with its properties and children. A name the element has as a property (id, hidden,
 * value, onclick, …) is set as one; any other (class, for, aria-*, data-*, role where a browser
 * does not reflect it yet) as an attribute. Text only through text nodes: no innerHTML
 * anywhere, so nothing from the page or the API can become markup, and Trusted Types pages need no
 * policy. Children are never empty: a caller leaves out what it has not got.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const name in props) {
    if (name in el) (el as unknown as Props)[name] = props[name];
    else el.setAttribute(name, props[name] as string);
  }
  el.append(...children);
  return el;
}

/** A 24×24 line icon, hidden from assistive technology (its button or label carries the name). */
export function icon(d: string): SVGElement {
  const make = (tag: string) => document.createElementNS('http://www.w3.org/2000/svg', tag);
  const svg = make('svg');
  const path = make('path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

/**
 * A face for ratings 1–5, by index (0–4): a circle (one arc, a tenth of a unit short of closing), two eyes, and a
 * mouth that bends from a frown to a smile.
 */
export const face = (index: number) =>
  icon(`M12 2a10 10 0 1 0 .1 0M8.5 9.5v1m7-1v1M8 16q4 ${3 * index - 6} 8 0`);
