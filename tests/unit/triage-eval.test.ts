import { describe, expect, it } from 'vitest';
import { evaluate } from '../../functions/domain/triage/evaluate.ts';
import { BATCHES, gateFailures, LOCALES, loadBatch } from '../../scripts/triage-gates.ts';

describe('triage: measured against every labelled batch', () => {
  // An optional batch not yet written has nothing to measure; a required one must be there.
  const batches = BATCHES.map((batch) => ({ batch, sets: loadBatch(batch) })).filter(
    ({ batch, sets }) => batch.required || Object.keys(sets).length > 0,
  );

  it.each(batches.filter(({ batch }) => batch.name !== 'families'))(
    'the $batch.name batch has at least 60 messages per language, all three levels among them',
    ({ sets }) => {
      for (const locale of LOCALES) {
        const cases = sets[locale] ?? [];
        expect(cases.length, locale).toBeGreaterThanOrEqual(60);
        expect(new Set(cases.map((item) => item.expected)), locale).toEqual(
          new Set(['normal', 'high', 'urgent']),
        );
      }
    },
  );

  it.each(batches)('the $batch.name batch holds its bar ($batch.about)', ({ batch, sets }) => {
    // Act
    const evaluation = evaluate(sets);

    // Assess: the misses go into the failure message, which is what one needs to fix it.
    expect(gateFailures(batch, evaluation), JSON.stringify(evaluation.misses, null, 1)).toEqual([]);
  });

  it('names each gate a batch drops below, a language on its own too', () => {
    // Prepare: English finds nothing at risk, Norwegian everything.
    const holdout = BATCHES.find((batch) => batch.name === 'holdout');
    if (!holdout) throw new Error('the holdout batch is gone');
    const evaluation = evaluate({
      nb: [{ message: 'Jeg går til Forbrukerrådet.', rating: 1, expected: 'urgent' }],
      en: [
        { message: 'The soup was cold.', rating: 1, expected: 'urgent' },
        { message: 'Lovely.', rating: 5, expected: 'normal' },
      ],
    });

    // Act
    const failures = gateFailures(holdout, evaluation);

    // Assess
    expect(failures).toEqual(['at-risk recall 0.50 (needs 0.85)', 'en at-risk recall 0.00 (needs 0.8)']);
  });

  it('reads "at risk" as high or urgent, and counts each confusion once', () => {
    // Prepare
    const sets = {
      en: [
        { message: 'I will post this on Facebook.', rating: 1, expected: 'high' as const, family: 'x' },
        { message: 'Never again.', rating: 1, expected: 'normal' as const, family: 'x' },
        { message: 'Lovely cake.', rating: 5, expected: 'normal' as const },
      ],
    };

    // Act
    const { rows, families, confusion, misses } = evaluate(sets);

    // Assess: urgent for high is a miss of levels but a hit for "at risk".
    expect(rows.all.atRisk).toEqual({ precision: 0.5, recall: 1, predicted: 2, actual: 1 });
    expect(families.legacy?.normal.recall).toBe(1);
    expect(confusion.high.urgent + confusion.normal.high + confusion.normal.normal).toBe(3);
    expect(misses.map((miss) => miss.got)).toEqual(['urgent', 'high']);
  });
});
