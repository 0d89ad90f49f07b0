import { describe, expect, it } from 'vitest';
import { type ExtraPhrase, scoreFeedback } from '../../functions/domain/triage/index.ts';

describe('triage: phrases a site adds in config', () => {
  it('counts a competitor named in config as a sign of leaving', () => {
    // Prepare
    const extra: ExtraPhrase[] = [{ phrase: 'Kaffebrenneriet', group: 'leaving' }];

    // Act
    const triage = scoreFeedback(
      { message: 'Kaffebrenneriet har bedre kaffe.', rating: 2, locale: 'nb' },
      extra,
    );

    // Assess
    expect(triage.level).toBe('high');
    expect(triage.reasons).toEqual([
      { group: 'leaving', frame: 'leave', phrase: 'Kaffebrenneriet', label: 'mentions Kaffebrenneriet' },
    ]);
  });

  it('weighs a site-added formal body like the built-in ones', () => {
    const extra: ExtraPhrase[] = [{ phrase: 'Husleietvistutvalget', group: 'formal' }];
    const triage = scoreFeedback(
      { message: 'Saken går til Husleietvistutvalget.', rating: 2, locale: 'nb' },
      extra,
    );
    expect(triage.level).toBe('urgent');
  });

  it('matches a phrase of several words across any spacing, case and hyphen', () => {
    const extra: ExtraPhrase[] = [{ phrase: 'Hamar Arbeiderblad', group: 'public' }];
    const triage = scoreFeedback(
      { message: 'Jeg leser HAMAR-arbeiderblad.', rating: 2, locale: 'nb' },
      extra,
    );
    expect(triage.reasons.map((reason) => reason.phrase)).toContain('HAMAR-arbeiderblad');
  });

  it('matches whole words only', () => {
    const extra: ExtraPhrase[] = [{ phrase: 'Kiwi', group: 'leaving' }];
    const triage = scoreFeedback({ message: 'Kiwiene var umodne.', rating: 2, locale: 'nb' }, extra);
    expect(triage.reasons).toEqual([]);
  });

  it('treats pattern characters in a phrase as plain text, never as a regular expression', () => {
    // Prepare
    const extra: ExtraPhrase[] = [
      { phrase: 'C++ (Pro)', group: 'leaving' },
      { phrase: '(a+)+$', group: 'public' },
    ];

    // Act
    const hit = scoreFeedback({ message: 'Bytter til C++ (Pro).', rating: 2, locale: 'nb' }, extra);
    const miss = scoreFeedback({ message: `${'a'.repeat(40)}!`, rating: 2, locale: 'nb' }, extra);

    // Assess
    expect(hit.reasons.map((reason) => reason.label)).toContain('mentions C++ (Pro)');
    expect(miss.reasons.map((reason) => reason.label)).not.toContain('mentions (a+)+$');
  });

  it('respects negation for site phrases too', () => {
    const extra: ExtraPhrase[] = [{ phrase: 'Kaffebrenneriet', group: 'leaving' }];
    const triage = scoreFeedback(
      { message: 'Jeg vil ikke kaffebrenneriet, jeg vil ha svar.', rating: 2, locale: 'nb' },
      extra,
    );
    expect(triage.reasons).toEqual([]);
  });

  it('ignores blank phrases instead of matching everything', () => {
    const extra: ExtraPhrase[] = [{ phrase: '   ', group: 'formal' }];
    expect(scoreFeedback({ message: 'Kaffen var god.', rating: 3, locale: 'nb' }, extra).level).toBe(
      'normal',
    );
  });
});
