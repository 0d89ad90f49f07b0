import { describe, expect, it } from 'vitest';
import { byCount, fill } from '../../functions/emails/format.ts';
import { releaseCopy } from '../../functions/http/pages/release-copy.ts';

/** The release page thanks the owner for what it sent: one held acknowledgement is not "1 bekreftelser". */
describe('the held-release page counts what it sent', () => {
  const plural = /\b1 (bekreftelser|kvitteringer|bekräftelser|acknowledgements)\b/;
  for (const [locale, copy] of Object.entries(releaseCopy)) {
    it(`${locale}: one, and more than one`, () => {
      const one = fill(byCount(1, copy.done), { count: '1' });
      const five = fill(byCount(5, copy.done), { count: '5' });
      expect(one).not.toMatch(plural);
      expect(one).not.toContain('{count}');
      expect(five).toContain('5 ');
      expect(one).not.toBe(fill(byCount(5, copy.done), { count: '1' }));
    });
  }
});
