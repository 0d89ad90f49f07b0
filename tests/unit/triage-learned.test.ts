import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../functions/domain/triage/evaluate.ts';
import { scoreFeedback } from '../../functions/domain/triage/index.ts';
import { trainWeights } from '../../functions/domain/triage/learned/train.ts';
import { weightsModule } from '../../scripts/triage-train.ts';

describe('triage: the learned component', () => {
  it('ships the weights the labelled batches train today, so they cannot go stale', () => {
    const shipped = readFileSync(
      new URL('../../functions/domain/triage/learned/weights.ts', import.meta.url),
      'utf8',
    );
    expect(shipped).toBe(weightsModule());
  });

  it('learns words of the at-risk messages as positive and of ordinary ones as negative', () => {
    // Prepare: "naboene" only in at-risk messages, "kvittering" only in ordinary ones, "og" in all.
    const examples = [
      ...Array.from({ length: 4 }, (_, i) => ({ message: `naboene og ${i}`, atRisk: true })),
      ...Array.from({ length: 4 }, (_, i) => ({ message: `kvittering og ${i}`, atRisk: false })),
      ...Array.from({ length: 92 }, (_, i) => ({ message: `filler${i} filler${i}b`, atRisk: i % 2 === 0 })),
    ];

    // Act
    const weights = new Map(
      trainWeights(examples)
        .split('\n')
        .map((line) => line.split('\t') as [string, string]),
    );

    // Assess: "og" is in 8 % of the messages, grammar rather than intent, so it is left out.
    expect(Number(weights.get('naboene'))).toBeGreaterThan(1);
    expect(Number(weights.get('kvittering'))).toBeLessThan(-1);
    expect(weights.has('og')).toBe(false);
  });

  it('flags what no frame names, quoting the words that weighed most', () => {
    const message = 'Resten av gjengen på trening er enige med meg, ingen av oss handler der igjen';
    const triage = scoreFeedback({ message, rating: 1, locale: 'nb' });

    expect(triage.level).toBe('high');
    expect(triage.reasons.length).toBeGreaterThan(0);
    for (const reason of triage.reasons) {
      expect(reason.frame).toBe('learned');
      expect(message).toContain(reason.phrase);
    }
  });

  it('leaves conditions to the frames: an ordinary "if … can I get a refund" stays normal', () => {
    for (const [locale, message] of [
      ['en', 'If you do not have it in stock, can I get a refund?'],
      ['nb', 'Hvis dere ikke har den i lager, kan jeg få pengene tilbake?'],
    ] as const)
      expect(scoreFeedback({ message, rating: 1, locale }).level, message).toBe('normal');
  });

  it('reads no number as a word: identical complaints with another number score alike', () => {
    // Found in a storm tried by hand: "… kortet blir avvist 1" was flagged high ("1" weighed
    // +1.64), the same words with 2…6 were not, and the alert quoted «1» as what spreads.
    const scores = [1, 2, 3, 5, 6, 14, 300].map((n) =>
      scoreFeedback({
        message: `Betalingen feiler i kassen igjen, kortet blir avvist ${n}`,
        rating: 1,
        locale: 'nb',
      }),
    );
    for (const triage of scores) {
      expect(triage).toEqual(scores[0]);
      expect(triage.reasons.map((reason) => reason.phrase)).not.toContain('1');
    }
    expect(scores[0]?.level).toBe('normal');
  });

  it('stays out at four and five stars, and where a frame already weighed the words', () => {
    const message = 'Resten av gjengen på trening er enige med meg, ingen av oss handler der igjen';
    expect(scoreFeedback({ message, rating: 4, locale: 'nb' }).level).toBe('normal');
    // A medium of one's own is a hint the frames weighed; the learned words must not tip it.
    const hinted = scoreFeedback({
      message: 'vi har en podd och undrade om ni vill sponsra',
      rating: 1,
      locale: 'sv',
    });
    expect(hinted.level).toBe('normal');
    expect(hinted.reasons.map((reason) => reason.frame)).not.toContain('learned');
  });

  it('is counted apart in the evaluation, so each batch shows what it alone found', () => {
    const evaluation = evaluate({
      nb: [
        {
          message: 'Resten av gjengen på trening er enige med meg, ingen av oss handler der igjen',
          rating: 1,
          expected: 'high',
        },
        { message: 'Jeg går til Forbrukerrådet.', rating: 1, expected: 'urgent' },
        { message: 'Maten var kald.', rating: 2, expected: 'normal' },
      ],
    });
    expect(evaluation.learned).toEqual({ found: 1, falseAlarms: 0 });
  });
});
