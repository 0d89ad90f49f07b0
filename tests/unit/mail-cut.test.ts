import { describe, expect, it } from 'vitest';
import { cutReply, REPLY_MARKER } from '../../functions/domain/mail-cut/index.ts';

describe('cutting a reply to its new words', () => {
  it.each(Object.entries(REPLY_MARKER))(
    'cuts at the %s marker line, even where a client unquoted it',
    (_lang, marker) => {
      expect(cutReply({ text: `Ny pose i dag.\n\n${marker}\nKunden skrev: hemmelig` }).text).toBe(
        'Ny pose i dag.',
      );
    },
  );

  it('cuts at the first of several quote headers, and at the RFC 3676 signature line', () => {
    const text = 'Takk!\n-- \nKari Nordmann\nFjordkaffe\n\nFra: Fjordkaffe\nSendt: i dag\nTil: Kari';
    expect(cutReply({ text })).toEqual({ text: 'Takk!', removed: [{ reason: 'signature', lines: 7 }] });
  });

  it('keeps words that only look like a header: a lone "From:" line, a sentence with "skrev"', () => {
    const text = 'From: the warehouse, they say.\nHun skrev til meg i går.\nHilsen Kari';
    expect(cutReply({ text }).text).toBe(text);
    const trip = 'Jeg bestilte frakt.\nFra: Oslo\nTil: Bergen\nMen pakken kom aldri.';
    expect(cutReply({ text: trip }).text).toBe(trip);
  });

  it('cuts at an Outlook block that names no address but dates the message', () => {
    const text = 'Takk!\n\nFra: Kari Nordmann\nSendt: 1. desember 2026 14:05\nTil: Nora\nEmne: Kaffe';
    expect(cutReply({ text }).text).toBe('Takk!');
  });

  it('drops a trailing quote without a header, and a quoted copy of the marker inside inline answers', () => {
    expect(cutReply({ text: 'Greit.\n\n> gammel tekst\n> mer' }).text).toBe('Greit.');
    const inline = `> ${REPLY_MARKER.nb}\n> Kommer den fredag?\n\nJa, fredag.`;
    expect(cutReply({ text: inline }).text).toBe('> Kommer den fredag?\n\nJa, fredag.');
  });

  it('reads only the start of an enormous message, and never a line too long to be a header', () => {
    const long = `${'x'.repeat(400)} wrote:`;
    expect(cutReply({ text: `Hei\n${long}\n> q` }).text).toBe(`Hei\n${long}`);
    const huge = cutReply({ text: `Hei\n${'a'.repeat(200_000)}` });
    expect(huge.text.length).toBeLessThanOrEqual(32_000);
    expect(huge.removed).toContainEqual({ reason: 'too-long', lines: 0 });
  });

  it('reads HTML-only mail without its quote containers, link targets kept beside their words', () => {
    const html =
      '<div>Se <a href="https://fjordkaffe.example/spor">sporingen</a>.</div><blockquote type="cite">gammelt</blockquote><div class="gmail_quote">gammelt</div><p>Hilsen Kari</p>';
    expect(cutReply({ html }).text).toBe('Se sporingen <https://fjordkaffe.example/spor>.\nHilsen Kari');
  });

  it('keeps the quote prefix short however deep blockquotes nest', () => {
    const html = `<p>Hei</p>${'<blockquote>'.repeat(250)}${'linje<br>'.repeat(50)}<p>Svar</p>`;
    const prefixes = cutReply({ html })
      .text.split('\n')
      .map((line) => /^[> ]*/.exec(line)?.[0].length ?? 0);
    expect(Math.max(...prefixes)).toBeLessThanOrEqual(10);
  });

  it('stops HTML where nesting turns hostile, instead of parsing it', () => {
    const html = `<p>Hei</p>${'<div>'.repeat(5_000)}skjult`;
    expect(cutReply({ html }).text).toBe('Hei');
  });
});
