import { describe, expect, it } from 'vitest';
import { scoreFeedback, type TriageLevel } from '../../functions/domain/triage/index.ts';

describe('triage: intensity', () => {
  it('hears shouting in capitals and quotes the shouted words', () => {
    // Act
    const triage = scoreFeedback({
      message: 'HVORFOR ER DET SÅ VANSKELIG Å FÅ SVAR?',
      rating: 1,
      locale: 'nb',
    });

    // Assess
    expect(triage.level).toBe('high');
    expect(triage.reasons).toContainEqual({
      group: 'intensity',
      frame: 'intensity',
      label: 'writes in capitals',
      phrase: 'HVORFOR ER DET SÅ VANSKELIG Å FÅ SVAR',
    });
  });

  it.each(['Bestilte via DHL og betalte med VIPPS.', 'Vi var på IKEA og så NRK i kantina.', 'OK, takk.'])(
    'does not take names and acronyms for shouting: "%s"',
    (message) => {
      const labels = scoreFeedback({ message, rating: 2, locale: 'nb' }).reasons.map(
        (reason) => reason.label,
      );
      expect(labels).not.toContain('writes in capitals');
    },
  );

  it('reads one long word in capitals as emphasis, weaker than shouting', () => {
    // Act
    const triage = scoreFeedback({
      message: 'Do I have to ask for the FOURTH time?',
      rating: 2,
      locale: 'en',
    });

    // Assess
    expect(triage.reasons).toContainEqual({
      group: 'intensity',
      frame: 'intensity',
      label: 'capitals for emphasis',
      phrase: 'FOURTH',
    });
  });

  it.each([
    ['Feil vare igjen!!!', true],
    ['Feil vare! Igjen! Og igjen! Og igjen!', true],
    ['Hva skjer???', true],
    ['Tusen takk for hjelpen!!', false],
    ['Flott! Takk!', false],
  ] as const)('counts "%s" as many exclamation marks: %s', (message, expected) => {
    const labels = scoreFeedback({ message, rating: 3, locale: 'nb' }).reasons.map((reason) => reason.label);
    expect(labels.includes('many exclamation marks')).toBe(expected);
  });

  it('keeps intensity alone below urgent however loud it gets', () => {
    // Prepare
    const message =
      'TREDJE GANG JEG SKRIVER!!! HELT UAKSEPTABELT!!! Har ringt fem ganger uten svar. Skandale!!!!';

    // Act
    const triage = scoreFeedback({ message, rating: 1, locale: 'nb' });

    // Assess
    expect(triage.level).toBe('high');
    expect(triage.reasons.every((reason) => reason.group === 'intensity')).toBe(true);
  });

  it('tells repeated contact ("third time I write") from a repeated fault ("third delay")', () => {
    // Act
    const contact = scoreFeedback({ message: 'Tredje gang jeg skriver om dette.', rating: 2, locale: 'nb' });
    const fault = scoreFeedback({ message: 'Tredje forsinkelse denne måneden.', rating: 2, locale: 'nb' });

    // Assess
    expect(contact.level).toBe('high');
    expect(fault.level).toBe('normal');
  });

  it('makes leaving plus being ignored urgent: the customer most likely to go and tell', () => {
    const triage = scoreFeedback({
      message: 'Sier opp abonnementet. Har ringt fem ganger uten å få svar.',
      rating: 1,
      locale: 'nb',
    });
    expect(triage.level).toBe('urgent');
  });
});

describe('triage: the rating', () => {
  it.each<[number, TriageLevel]>([
    [1, 'urgent'],
    [2, 'urgent'],
    [3, 'urgent'],
    [4, 'high'],
    [5, 'normal'],
  ])('a public threat at %i stars is %s', (rating, level) => {
    expect(scoreFeedback({ message: 'Jeg legger ut dette på Facebook.', rating, locale: 'nb' }).level).toBe(
      level,
    );
  });

  it.each<[number, TriageLevel]>([
    [1, 'high'],
    [2, 'high'],
    [3, 'high'],
    [4, 'normal'],
    [5, 'normal'],
  ])('saying "never again" at %i stars is %s', (rating, level) => {
    expect(scoreFeedback({ message: 'Aldri igjen.', rating, locale: 'nb' }).level).toBe(level);
  });

  it('leaves an ordinary one-star complaint at normal: the rating alone is not a spread risk', () => {
    const triage = scoreFeedback({ message: 'Kaffen var kald og kaka tørr.', rating: 1, locale: 'nb' });
    expect(triage).toEqual({ level: 'normal', score: 1, reasons: [] });
  });

  it('reads happy "public" words as praise', () => {
    const triage = scoreFeedback({
      message: 'Delte bildet av kaka på Instagram, alle elsket den!',
      rating: 5,
      locale: 'nb',
    });
    expect(triage.level).toBe('normal');
  });

  it.each([0, 6, Number.NaN, 2.5])(
    'treats an out-of-range rating %s as neutral instead of failing',
    (rating) => {
      expect(scoreFeedback({ message: 'Jeg går til Forbrukerrådet.', rating, locale: 'nb' }).level).toBe(
        'urgent',
      );
    },
  );
});
