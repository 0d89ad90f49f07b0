import { describe, expect, it } from 'vitest';
import {
  scoreFeedback,
  type TriageFrame,
  type TriageLevel,
  type TriageLocale,
} from '../../functions/domain/triage/index.ts';
import { lexiconMatcher } from '../../functions/domain/triage/matchers.ts';

type Case = [TriageLocale, string, TriageFrame];

function framesOf(message: string, locale: TriageLocale, rating = 1): (TriageFrame | undefined)[] {
  return scoreFeedback({ message, rating, locale }).reasons.map((reason) => reason.frame);
}

function levelOf(message: string, locale: TriageLocale, rating = 1): TriageLevel {
  return scoreFeedback({ message, rating, locale }).level;
}

// The issue's own examples, one family at a time: each must be read as the intent it states.
describe('triage: intent frames from issue 19', () => {
  it.each<Case>([
    ['nb', 'Jeg har 12 000 følgere', 'audience'],
    ['sv', 'Tänk på mina följare', 'audience'],
    ['en', 'Think of my followers', 'audience'],
    ['en', 'This will be in my newsletter', 'go-public'],
    ['nb', 'Har lagt det ut i nabolagsgruppa', 'already-public'],
    ['nb', 'Det ligger allerede på Reddit', 'already-public'],
    ['sv', 'Har skrivit en tråd om er', 'already-public'],
    ['nb', 'Må jeg virkelig gå ut i sosiale medier for å få svar?', 'go-public'],
    ['da', 'Vil I have, at det her bliver offentligt?', 'go-public'],
    ['en', 'Do I need to go public before anyone answers?', 'go-public'],
    ['nb', 'Jeg har snakket med en journalist', 'press'],
    ['en', 'The Guardian would love this', 'press'],
    ['nb', 'Jeg reklamerer via kortselskapet', 'bank'],
    ['en', "I'm disputing the charge", 'bank'],
    ['en', 'Raising a section 75 claim', 'bank'],
  ])('%s: "%s" is read as %s and is urgent', (locale, message, frame) => {
    expect(framesOf(message, locale)).toContain(frame);
    expect(levelOf(message, locale)).toBe('urgent');
  });

  // Word of mouth without a platform is high, as the blind batch labelled it: serious, but not yet public.
  it.each<Case>([
    ['nb', 'Alle jeg kjenner skal få vite om dette', 'tell-others'],
    ['da', 'Jeg advarer hele familien mod jer', 'tell-others'],
    ['sv', 'Jag ska varna alla mina vänner', 'tell-others'],
    ['en', 'Everyone in my running club will hear about this', 'tell-others'],
    ['nb', 'No skal heile bygda få vite korleis de har handsama oss', 'tell-others'],
  ])('%s: "%s" is read as %s and is high', (locale, message, frame) => {
    expect(framesOf(message, locale)).toContain(frame);
    expect(levelOf(message, locale)).toBe('high');
  });

  it.each<Case>([
    ['nb', 'Dere har mistet en kunde', 'leave'],
    ['da', 'Nu skifter jeg til en anden butik', 'leave'],
    ['sv', 'Ni har sett det sista av mig', 'leave'],
    ['en', "I'm moving my business elsewhere", 'leave'],
    ['en', 'I will never order from you again', 'leave'],
  ])('%s: "%s" is read as %s, a risk of losing the customer (high)', (locale, message, frame) => {
    expect(framesOf(message, locale)).toContain(frame);
    expect(levelOf(message, locale)).toBe('high');
  });

  it.each([
    ['nb', 'Forbrukertilsynet'],
    ['nb', 'Forbrukerklageutvalget'],
    ['nb', 'Finansklagenemnda'],
    ['nb', 'Transportklagenemnda'],
    ['nb', 'Mattilsynet'],
    ['da', 'Forbrugerombudsmanden'],
    ['da', 'Ankenævnet for Tøj og Sko'],
    ['da', 'Nævnenes Hus'],
    ['da', 'Konkurrence- og Forbrugerstyrelsen'],
    ['sv', 'Allmänna reklamationsnämnden'],
    ['sv', 'Konsumentombudsmannen'],
    ['sv', 'Hallå konsument'],
    ['sv', 'Konsumenternas Bank- och finansbyrå'],
    ['en', 'the Financial Ombudsman Service'],
    ['en', 'the Energy Ombudsman'],
    ['en', 'Trading Standards'],
    ['en', 'Citizens Advice'],
    ['en', 'Ofcom'],
  ] as const)('%s: naming %s is a formal escalation', (locale, body) => {
    expect(framesOf(`Dette går til ${body}.`, locale)).toContain('authority');
    expect(levelOf(`${body}.`, locale)).toBe('urgent');
  });

  it.each([
    ['nb', 'Eg skal fortelje alle eg kjenner korleis de har handsama meg, og eg går til Forbrukarrådet'],
    ['nb', 'Difor har eg lagt det ut i facebookgruppa'],
    ['nb', 'Eg går til Forbrukarrådet viss eg ikkje får svar'],
  ] as const)('%s: nynorsk "%s" is urgent', (locale, message) => {
    expect(levelOf(message, locale)).toBe('urgent');
  });
});

describe('triage: speed without a clock', () => {
  it('indexes every pattern by a literal prefix, so none is scanned across the whole message', () => {
    // A pattern that starts with a letter class would be run at every position of a 5000-character
    // message; the budget (≤ 1 ms) only holds while this list stays empty.
    expect(lexiconMatcher().anywhere.map((pattern) => pattern.regex.source.slice(0, 80))).toEqual([]);
  });
});

describe('triage: contexts that defuse a frame', () => {
  it.each([
    ['nb', 'Så annonsen deres på TikTok og bestilte.'],
    ['nb', 'Jeg anbefalte dere på Google i fjor.'],
    ['nb', 'Jeg kommer ikke til å legge ut noe, men pakken var skadet.'],
    ['nb', 'Jeg kommer ikke til å fortelle alle om dette, jeg vil bare ha svar.'],
    ['da', 'Jeg har anbefalet jer til alle mine venner før.'],
    ['sv', 'Jag kommer inte att skriva någon recension, men det var tråkigt.'],
    ['en', "I won't be leaving a review, but the parcel was late."],
    ['en', "I've told all my friends how good you are, so this was a shame."],
    ['en', "I'm a journalist and need an invoice for my employer."],
    ['nb', 'Jeg har ikke mange følgere, men jeg vil ha svar.'],
    ['nb', 'Jeg er ikke typen som legger ut ting på nett, men maten var kald.'],
    ['en', "I'm not the type to post things online, but the food was cold."],
  ] as const)('%s: "%s" stays normal at two stars', (locale, message) => {
    expect(levelOf(message, locale, 2)).toBe('normal');
  });

  it('explains a decision by the frame and the words that fired', () => {
    // Act
    const triage = scoreFeedback({
      message: 'Har lagt det ut i nabolagsgruppa, og alle jeg kjenner skal få vite om dette.',
      rating: 1,
      locale: 'nb',
    });

    // Assess
    expect(triage.reasons).toContainEqual({
      group: 'public',
      frame: 'already-public',
      label: 'has already made it public',
      phrase: 'Har lagt det ut i nabolagsgruppa',
    });
    expect(triage.reasons).toContainEqual({
      group: 'public',
      frame: 'tell-others',
      label: 'will tell others',
      phrase: 'alle jeg kjenner skal få vite',
    });
  });
});
