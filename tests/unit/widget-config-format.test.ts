import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/load.ts';
import { siteRoutes } from '../../functions/http/routes/sites.ts';
import { CONFIG_VERSION, T, TEXT_KEYS } from '../../web-widget/src/config-format.ts';
import { widgetTexts } from '../../web-widget/src/texts.ts';

// The real route over the shipped config: what a browser gets for each format.
const routes = siteRoutes(loadConfig({}));
const page = encodeURIComponent('http://localhost:3000/demo');
const get = async (query: string) => {
  const response = await routes.request(`/demo/widget-config?${query}`);
  expect(response.status).toBe(200);
  return response.json();
};

describe('widget-config formats', () => {
  it('orders the compact answer by every key the strings have, and T reads the same order', () => {
    expect([...TEXT_KEYS].sort()).toEqual(Object.keys(widgetTexts('nb')).sort());
    expect(new Set(TEXT_KEYS).size).toBe(TEXT_KEYS.length);
    for (const [i, key] of TEXT_KEYS.entries()) expect(T[key], key).toBe(i);
  });

  it('answers ?v=2 (what this widget asks for) with the compact array', async () => {
    const answer = (await get(`locale=sv&page=${page}&v=${CONFIG_VERSION}`)) as string[];
    const sv = widgetTexts('sv');
    expect(answer.slice(0, 5)).toEqual(['Fjordkaffe', 'sv', 'Kari', 'inom 4 timmar', ' i 1 år']);
    expect(answer.slice(5)).toEqual(TEXT_KEYS.map((key) => sv[key]));
    expect(answer[5 + T.launcher]).toBe('Tyck till');
    expect(JSON.stringify(answer)).not.toContain('@');
  });

  it('still answers an older widget, which sends no v, with the keyed object', async () => {
    const answer = await get(`locale=da&page=${page}`);
    expect(answer).toEqual({
      siteId: 'demo',
      displayName: 'Fjordkaffe',
      locale: 'da',
      who: 'Kari',
      when: 'inden for 4 timer',
      kept: ' i 1 år',
      strings: widgetTexts('da'),
    });
  });
});
