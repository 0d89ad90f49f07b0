import type { SESMessage } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { refusedByVerdict, senderAuthentication } from '../../functions/adapters/ses-verdicts.ts';
import { automaticReason } from '../../functions/domain/automatic-mail.ts';
import { checkInAnswerFrom } from '../../functions/domain/check-in-reply.ts';
import { scrubSecrets } from '../../functions/domain/mail-cut/index.ts';

const signals = (headers: Record<string, string>, subject = 'Re: Takk for tilbakemeldingen') => ({
  headers: new Map(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value])),
  subject,
  envelopeFrom: 'nora@example.org',
});

describe('automatic mail', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, undefined],
    [{ 'Auto-Submitted': 'auto-generated' }, undefined],
    [{ 'X-Autoreply': 'yes' }, undefined],
    [{ 'X-Autorespond': 'x' }, undefined],
    [{ Precedence: 'junk' }, undefined],
    [{ Precedence: 'auto_reply' }, undefined],
    [{}, 'Automatisk svar: Ny tilbakemelding'],
    [{}, 'Fraværende: Re: kaffen'],
    [{}, 'SV: Frånvaro'],
    [{}, 'Autosvar: Tak'],
    [{}, 'Out of Office: your feedback'],
    [{}, 'Automatic reply: your feedback'],
  ])('recognises %o / %s', (headers, subject) => {
    expect(automaticReason(signals(headers, subject))).toBeDefined();
  });

  it('lets a person through, also one who writes "Auto-Submitted: no"', () => {
    expect(automaticReason(signals({ 'Auto-Submitted': 'no', Precedence: 'first-class' }))).toBeUndefined();
    expect(automaticReason(signals({}, 'Re: Ute av kontoret var jeg ikke'))).toBeUndefined();
  });

  it('recognises delivery reports and the null return path', () => {
    expect(automaticReason({ ...signals({}), contentType: 'multipart/report' })).toBe('delivery report');
    expect(automaticReason({ ...signals({}), envelopeFrom: '' })).toBe('empty return path');
  });
});

describe('a check-in answered by email', () => {
  it.each(['Ja, takk!', 'Tak, alt er fint', 'Ja tack', 'Yes, thank you!'])('"%s" is a yes', (text) => {
    expect(checkInAnswerFrom(text)).toBe('yes');
  });
  it.each([
    'Nei, ikke ennå',
    'Ja, men kaffen er fortsatt knust',
    'Nej tak',
    'Inte riktigt',
    "Yes but it still isn't here",
    'Posen kom aldri.',
  ])('"%s" reopens', (text) => {
    expect(checkInAnswerFrom(text)).toBe('no');
  });
});

describe('secrets', () => {
  const rules = {
    publicUrl: 'https://earshot.example/',
    inboundDomain: 'reply.example',
    staffOnly: ['[Haster] Kan bli offentlig: «Facebook»', 'note'],
  };
  it('removes link, Outlook safe link, reply address and staff-only lines; short notes are not secrets', () => {
    const text = [
      'Ny pose i dag.',
      'Jeg tar den: https://earshot.example/a/abc.def',
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fearshot.example%2Fa%2Fabc',
      'Svar: reply+s.abc.0123@REPLY.example',
      '[Haster]  Kan bli offentlig: «Facebook»',
      'A note on the parcel.',
    ].join('\n');
    const result = scrubSecrets(text, rules);
    expect(result.text).toBe('Ny pose i dag.\nA note on the parcel.');
    expect(result.removed).toEqual([
      { kind: 'action-link', lines: 2 },
      { kind: 'reply-address', lines: 1 },
      { kind: 'staff-only', lines: 1 },
    ]);
  });
});

describe('SES receipt verdicts', () => {
  const message = (
    verdicts: Record<string, string>,
    source = 'kari@example.com',
    dkim = 'd=example.com; s=k1',
  ): SESMessage =>
    ({
      mail: { source, headers: [{ name: 'DKIM-Signature', value: `v=1; a=rsa-sha256; ${dkim}` }] },
      receipt: Object.fromEntries(
        ['spam', 'virus', 'spf', 'dkim', 'dmarc'].map((name) => [
          `${name}Verdict`,
          { status: verdicts[name] ?? 'GRAY' },
        ]),
      ),
    }) as unknown as SESMessage;

  it('accepts DMARC pass, or SPF/DKIM pass aligned with the From domain', () => {
    expect(senderAuthentication(message({ dmarc: 'PASS' }), 'kari@example.com').passed).toBe(true);
    expect(senderAuthentication(message({ spf: 'PASS' }), 'kari@example.com').passed).toBe(true);
    expect(senderAuthentication(message({ dkim: 'PASS' }), 'kari@example.com').passed).toBe(true);
  });

  it('rejects passes for another domain, with the verdicts as the reason', () => {
    const spoofed = senderAuthentication(
      message({ spf: 'PASS', dkim: 'PASS', dmarc: 'FAIL' }, 'bounce@evil.example', 'd=evil.example'),
      'kari@example.com',
    );
    expect(spoofed).toEqual({ passed: false, reason: 'DMARC FAIL, SPF PASS, DKIM PASS for example.com' });
    expect(refusedByVerdict(message({ spam: 'FAIL' }))).toBe(true);
    expect(refusedByVerdict(message({ spf: 'FAIL', dkim: 'FAIL' }))).toBe(true);
    expect(refusedByVerdict(message({ spf: 'FAIL' }))).toBe(false);
  });
});
