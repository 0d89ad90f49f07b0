import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, measureWidget } from '../../web-widget/size.ts';

describe('widget size', () => {
  it('keeps everything a visitor downloads (widget.js and its language) inside 6 KB gzip', async () => {
    const { gzip, assets } = await measureWidget();
    expect(assets.map((asset) => asset.name)).toContain('widget.js');
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('builds one self-contained IIFE that defines a single global', async () => {
    const { buildWidget } = await import('../../web-widget/build.ts');
    const code = await buildWidget();
    expect(code.startsWith('(()=>{')).toBe(true);
    expect(code.endsWith('})();')).toBe(true); // nothing outside the IIFE: no globals but Earshot
    expect(code).not.toMatch(/\bimport\b\s*\(|\brequire\(/);
    expect(code.match(/window\.\w+=/g)).toEqual(['window.Earshot=']);
  });
});
