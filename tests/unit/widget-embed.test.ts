import { describe, expect, it } from 'vitest';
import { scriptOptions, widgetOptions } from '../../web-widget/src/options.ts';

/** What the script tag's attributes come to, as the IIFE reads them. */
const readOptions = (attr: (name: string) => string | null, src: string, nonce?: string) => {
  const options = scriptOptions({ getAttribute: attr, src, nonce });
  return options && widgetOptions(options);
};

import { DEFAULT_COLOR, parseColor, textOn } from '../../web-widget/src/styles.ts';
import { uuid } from '../../web-widget/src/uuid.ts';

const attrs = (values: Record<string, string>) => (name: string) => values[name] ?? null;
/** WCAG 2's relative luminance of #rrggbb, exactly as the standard defines it: the reference. */
const luminance = (hex: string) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return sum + weight * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('widget embed options', () => {
  it('finds the API where the script came from', () => {
    expect(readOptions(attrs({ 'data-site': 'demo' }), 'https://api.example.no/widget.js?v=3')).toEqual({
      siteId: 'demo',
      apiUrl: 'https://api.example.no',
      locale: undefined,
      color: DEFAULT_COLOR,
      position: 'right',
      trigger: undefined,
      nonce: undefined,
    });
  });

  it('reads every data- attribute a site may set', () => {
    const options = readOptions(
      attrs({
        'data-site': 'demo',
        'data-api': 'https://feedback.example.no/',
        'data-locale': 'sv',
        'data-color': '#C0392B',
        'data-position': 'bottom-left',
        'data-trigger': '.contact-us',
        'data-nonce': 'r4nd0m',
      }),
      'https://cdn.example.no/earshot/1.2.0/widget.js',
    );
    expect(options).toMatchObject({
      apiUrl: 'https://feedback.example.no',
      locale: 'sv',
      color: '#C0392B',
      position: 'left',
      trigger: '.contact-us',
      nonce: 'r4nd0m',
    });
  });

  it("takes the script's own nonce when data-nonce is absent", () => {
    expect(readOptions(attrs({ 'data-site': 'demo' }), 'https://x.no/widget.js', 'abc')?.nonce).toBe('abc');
  });

  it('does nothing without data-site', () => {
    expect(readOptions(attrs({}), 'https://x.no/widget.js')).toBeUndefined();
  });

  it.each([
    ['#abc', '#aabbcc'],
    ['#1D5A8C', '#1D5A8C'],
    ['#AbC', '#AAbbCC'],
    ['red', undefined],
    ['#12345', undefined],
    ['url(x)', undefined],
    [null, undefined],
  ])('accepts the colour %j as %j', (value, color) => {
    expect(parseColor(value)).toBe(color);
  });

  it('writes on any site colour in black or white with at least 4.5:1', () => {
    // Every #rgb, and #rrggbb across the whole range, densest around the black/white threshold.
    const colors = Array.from({ length: 0x1000 }, (_, value) => `#${value.toString(16).padStart(3, '0')}`);
    for (let value = 0; value < 0x1000000; value += 997)
      colors.push(`#${value.toString(16).padStart(6, '0')}`);
    for (let grey = 0x60; grey < 0x80; grey++) colors.push(`#${grey.toString(16).repeat(3)}`);
    for (const value of colors) {
      const color = parseColor(value) ?? '';
      const worst = Math.min(contrast(color, '#ffffff'), contrast(color, '#000000'));
      expect(contrast(color, parseColor(textOn(color)) ?? ''), color).toBeGreaterThanOrEqual(
        Math.max(4.5, worst),
      );
    }
    expect(textOn('#ffd400')).toBe('#000');
    expect(textOn('#6b4226')).toBe('#fff');
  });
});

describe('widget clientRequestId', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('builds a random v4 UUID from getRandomValues, on https and plain-http pages alike', () => {
    const ids = new Set(
      Array.from({ length: 200 }, () => uuid({ getRandomValues: (array) => crypto.getRandomValues(array) })),
    );
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(V4);
  });
});
