import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandPattern } from '../../functions/domain/triage/dsl.ts';
import { type ExtraPhrase, scoreFeedback, type TriageLevel } from '../../functions/domain/triage/index.ts';
import { lexicons } from '../../functions/domain/triage/lexicon/index.ts';
import { findHits, lexiconMatcher } from '../../functions/domain/triage/matchers.ts';
import da from '../fixtures/triage/da.json' with { type: 'json' };
import en from '../fixtures/triage/en.json' with { type: 'json' };
import nb from '../fixtures/triage/nb.json' with { type: 'json' };
import sv from '../fixtures/triage/sv.json' with { type: 'json' };

const RANK: Record<TriageLevel, number> = { normal: 0, high: 1, urgent: 2 };
const locale = fc.constantFrom('nb' as const, 'da' as const, 'sv' as const, 'en' as const);
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
/** Text built from lexicon-ish words, so the interesting paths (negation, overlap) actually run. */
const wordy = fc
  .array(
    fc.constantFrom(
      'ikke',
      'not',
      'inte',
      'aldri',
      'never',
      'til',
      'å',
      'going',
      'to',
      'jeg',
      'går',
      'Forbrukerrådet',
      'Facebook',
      'Trustpilot',
      'legger',
      'ut',
      'på',
      'sier',
      'opp',
      'igjen',
      'advokat',
      'min',
      'hvis',
      'if',
      'ARN',
      'så',
      'reklamen',
      'tredje',
      'gang',
      'skriver',
      '!!!',
      ',',
      '.',
      'HELT',
      'UAKSEPTABELT',
      'cancel',
      'my',
      'subscription',
      'want',
      'have',
      'måtte',
    ),
    { maxLength: 40 },
  )
  .map((words) => words.join(' '));
const urgentPhrase = fc.constantFrom(
  'Jeg går til Forbrukerrådet.',
  'Eg klagar til Forbrukarrådet.',
  'Jeg kontakter Forbrugerrådet Tænk.',
  'Jag anmäler er till ARN.',
  'My lawyer will be in touch.',
  'I am posting this on Facebook.',
);

describe('triage: properties', () => {
  it('never throws and always returns a level, a finite score and quotable reasons', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, wordy),
        fc.option(fc.oneof(anyText, wordy), { nil: undefined }),
        fc.integer({ min: -2, max: 8 }),
        locale,
        fc.array(
          fc.record({ phrase: anyText, group: fc.constantFrom('public', 'leaving', 'formal', 'intensity') }),
        ),
        (message, desiredOutcome, rating, loc, extra: ExtraPhrase[]) => {
          // Act
          const triage = scoreFeedback({ message, desiredOutcome, rating, locale: loc }, extra);

          // Assess
          const written = [message, desiredOutcome].join('\n');
          expect(RANK[triage.level]).toBeDefined();
          expect(Number.isFinite(triage.score) && triage.score >= 0).toBe(true);
          for (const reason of triage.reasons) expect(written).toContain(reason.phrase);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding an urgent phrase never lowers the level, and makes a 1–3 star message urgent', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, wordy),
        fc.integer({ min: 1, max: 5 }),
        locale,
        urgentPhrase,
        (message, rating, loc, phrase) => {
          // Act
          const before = scoreFeedback({ message, rating, locale: loc });
          const after = scoreFeedback({ message: `${message}\n${phrase}`, rating, locale: loc });

          // Assess
          expect(RANK[after.level]).toBeGreaterThanOrEqual(RANK[before.level]);
          if (rating <= 3) expect(after.level).toBe('urgent');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a lower rating never lowers the level', () => {
    fc.assert(
      fc.property(wordy, fc.integer({ min: 2, max: 5 }), locale, (message, rating, loc) => {
        const happier = scoreFeedback({ message, rating, locale: loc });
        const unhappier = scoreFeedback({ message, rating: rating - 1, locale: loc });
        expect(RANK[unhappier.level]).toBeGreaterThanOrEqual(RANK[happier.level]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('triage: the prefix index', () => {
  // The index only tries a pattern where the text starts with one of its literal prefixes. If
  // the prefix analysis were wrong, phrases would silently go unseen; a brute-force scan of
  // every pattern at every word start must find exactly the same.
  const patterns = lexicons.flatMap((lexicon) =>
    [...lexicon.entries.flatMap((entry) => entry.patterns), ...lexicon.neutral].map(
      (pattern) => new RegExp(`(?:${expandPattern(pattern)})(?![\\p{L}\\p{N}])`, 'yu'),
    ),
  );

  function bruteForce(text: string): string[] {
    const found: string[] = [];
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
      for (const regex of patterns) {
        regex.lastIndex = match.index;
        const hit = regex.exec(text);
        if (hit?.[0]) found.push(`${match.index}-${match.index + hit[0].length}`);
      }
    }
    return [...new Set(found)].sort();
  }

  function indexed(text: string): string[] {
    return [...new Set(findHits(lexiconMatcher(), text).map((hit) => `${hit.start}-${hit.end}`))].sort();
  }

  it('finds the same spans as trying every pattern everywhere, on every fixture', () => {
    for (const { message } of [...nb, ...da, ...sv, ...en]) {
      const text = message.toLowerCase();
      expect(indexed(text), message).toEqual(bruteForce(text));
    }
  });

  it('finds the same spans as trying every pattern everywhere, on generated text', () => {
    fc.assert(
      fc.property(wordy, (message) => {
        const text = message.toLowerCase();
        expect(indexed(text)).toEqual(bruteForce(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('triage: the pattern shorthands', () => {
  it('spells a bracketed letter class out as one class, so it means a letter and nothing else', () => {
    const source = expandPattern('face(?![\\p{L}])');
    expect(new RegExp(source).test('face book')).toBe(true);
    expect(new RegExp(source).test('facebook')).toBe(false);
    expect(new RegExp(source).test('face]')).toBe(true);
  });
});
