import { describe, expect, it } from 'vitest';
import { scoreFeedback, type TriageFrame, type TriageLocale } from '../../functions/domain/triage/index.ts';

function assess(locale: TriageLocale, message: string) {
  return scoreFeedback({ message, rating: 1, locale });
}

// Sentences in no fixture batch: any member of one word class beside any member of the other.
describe('triage: frames built by construction', () => {
  it.each<[TriageLocale, string, TriageFrame]>([
    ['nb', 'Har fortalt hele kontoret om hvordan dere behandlet meg', 'tell-others'],
    ['nb', 'Onkelen min fikk hele historien i bursdagen i går', 'tell-others'],
    ['da', 'Jeg har klaget til mine naboer over jer hele weekenden', 'tell-others'],
    ['sv', 'Jag har avrått min kusin från att boka hos er', 'tell-others'],
    ['en', 'Ranted to my whole book club about your refund policy', 'tell-others'],
    ['en', "I can't recommend you to anyone after this", 'tell-others'],
    ['nb', 'Vipps har tilbakeført beløpet til meg', 'bank'],
    ['da', 'MobilePay har åbnet en indsigelse på købet', 'bank'],
    ['sv', 'Ringde Swedbank och fick dem att stoppa dragningen', 'bank'],
    ['en', 'Monzo has opened a dispute for the charge', 'bank'],
    ['nb', 'La ut en video av bilen på reels i går', 'already-public'],
    ['da', 'Har lavet et opslag i boligforeningen om jer', 'already-public'],
    ['en', 'that video has 12k views already', 'already-public'],
    ['en', 'uploaded it to my story last night', 'already-public'],
    ['sv', 'Min film om er har blivit viral', 'already-public'],
    ['nb', 'Har gått over til en annen tannlege', 'leave'],
    ['da', 'Vi skifter til en ny elektriker', 'leave'],
    ['en', 'Switched to the bakery across the street', 'leave'],
    ['sv', 'Skickade min historia till Kalla fakta', 'press'],
    ['nb', 'Advokaten til broren min skal se på kontrakten', 'legal'],
    ['nb', 'Banken har reklamert kjøpet for meg', 'bank'],
    ['en', 'Amex have refunded me and are chasing you for it', 'bank'],
    ['nb', 'dere er ferdige for min del, handler på Kiwi fra nå av', 'leave'],
    ['nb', 'Nå går jeg til Elkjøp i stedet', 'leave'],
    ['nb', 'dokker ska få høre det på tiktok', 'go-public'],
    ['en', 'Every parent at the nursery knows what you did', 'tell-others'],
    ['nb', 'eg har sagt til heile bygda at dei ikkje skal handle her', 'tell-others'],
    ['da', 'Hele min familie har fået at vide hvordan I behandler kunder', 'tell-others'],
    ['nb', 'æ har lagt det ut på face', 'already-public'],
    ['nb', 'ska æ måtte gå te avisa før dokker svare?', 'press'],
    ['da', 'Skal jeg virkelig anmelde jer for at få et svar?', 'authority'],
    ['nb', 'Jeg har kontaktet Vipps for å få pengene tilbake', 'bank'],
    ['en', 'Just got off the phone with my bank, they are reversing it', 'bank'],
    ['sv', 'Mina grannar har fått höra allt om er nu', 'tell-others'],
    ['nb', 'Vi har en Facebook-side med 4000 medlemmer', 'audience'],
    ['en', 'our community page has 6,000 members', 'audience'],
  ])('%s: «%s» reads as %s', (locale, message, frame) => {
    expect(assess(locale, message).reasons.map((reason) => reason.frame)).toContain(frame);
    expect(assess(locale, message).level).not.toBe('normal');
  });

  it('needs a medium and a next issue together before an audience counts', () => {
    expect(assess('sv', 'vi har en podd och undrade om ni vill sponsra').level).toBe('normal');
    expect(assess('sv', 'vi har en podd och nästa avsnitt handlar om er').level).not.toBe('normal');
    expect(assess('en', 'we run a small newsletter and want to order 50 mugs').level).toBe('normal');
    expect(assess('en', 'I run a newsletter and the next issue is about you').level).not.toBe('normal');
  });

  // The same words in ordinary complaints: a failed payment, a fact told at home, a replacement.
  it.each<[TriageLocale, string]>([
    ['nb', 'Jeg sa til kollegaen min at pakken kom i går, men den var skadet'],
    ['nb', 'fortalte mamma at kaken var fin, men leveringen var sen'],
    ['nb', 'Vipps-betalingen stoppet opp i appen deres'],
    ['nb', 'bestilte en ny i stedet og den kom i stykker'],
    ['nb', 'jeg går heller for den store pakken i stedet'],
    ['en', 'I switched to your company last year and this is the first problem'],
    ['nb', 'så skriver jeg inn adressen på nytt, men Google Maps finner den ikke'],
    ['sv', 'Swish-betalningen stoppades av banken, kan ni skicka en ny faktura?'],
    ['en', 'I told my colleagues the order was delayed, can you confirm the date?'],
    ['en', 'my bank blocked the payment as suspected fraud, can you send a new link?'],
    ['en', 'PayPal says the payment is on hold, is my order still coming?'],
  ])('%s: «%s» stays normal', (locale, message) => {
    expect(assess(locale, message).level).toBe('normal');
  });

  it('reads "så" as "then" when a verb and a subject follow, so the threat is not masked', () => {
    expect(assess('sv', 'om notan blir fel igen så skriver jag om det på tripadvisor').level).not.toBe(
      'normal',
    );
  });
});
