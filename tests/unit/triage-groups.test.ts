import { describe, expect, it } from 'vitest';
import { scoreFeedback, type TriageGroup, type TriageLocale } from '../../functions/domain/triage/index.ts';

type Case = [TriageLocale, string, TriageGroup];

function groupsOf(message: string, locale: TriageLocale, rating = 2): TriageGroup[] {
  return scoreFeedback({ message, rating, locale }).reasons.map((reason) => reason.group);
}

describe('triage: the four groups in every language', () => {
  it.each<Case>([
    ['nb', 'Nå legger jeg ut hele historien på Facebook.', 'public'],
    ['nb', 'Jeg skal skrive en dårlig anmeldelse på Trustpilot.', 'public'],
    ['nb', 'Jeg tipser Dagbladet om dette.', 'public'],
    ['da', 'Jeg deler det her på Instagram i aften.', 'public'],
    ['da', 'Jeg giver jer en stjerne på Trustpilot.', 'public'],
    ['da', 'Jeg kontakter Ekstra Bladet.', 'public'],
    ['sv', 'Jag lägger ut det här på Facebook ikväll.', 'public'],
    ['sv', 'Jag skriver en recension på Google.', 'public'],
    ['sv', 'Jag tipsar Expressen.', 'public'],
    ['en', "I'm posting this on Facebook tonight.", 'public'],
    ['en', 'Leaving you a one-star review on Tripadvisor.', 'public'],
    ['en', 'I will go to the press with this.', 'public'],
  ])('%s: "%s" is about going %s', (locale, message, group) => {
    expect(groupsOf(message, locale)).toContain(group);
  });

  it.each<Case>([
    ['nb', 'Jeg sier opp abonnementet.', 'leaving'],
    ['nb', 'Aldri igjen.', 'leaving'],
    ['nb', 'Jeg bytter til en annen leverandør.', 'leaving'],
    ['da', 'Jeg opsiger mit medlemskab.', 'leaving'],
    ['da', 'Aldrig igen.', 'leaving'],
    ['da', 'Jeg skifter udbyder.', 'leaving'],
    ['sv', 'Jag säger upp mitt abonnemang.', 'leaving'],
    ['sv', 'Aldrig mer.', 'leaving'],
    ['sv', 'Jag byter leverantör.', 'leaving'],
    ['en', "I'm cancelling my subscription.", 'leaving'],
    ['en', 'Never again.', 'leaving'],
    ['en', "I'm switching to your competitor.", 'leaving'],
  ])('%s: "%s" is about %s', (locale, message, group) => {
    expect(groupsOf(message, locale)).toContain(group);
  });

  it.each<Case>([
    ['nb', 'Jeg klager til Forbrukerrådet.', 'formal'],
    ['nb', 'Advokaten min ser på saken.', 'formal'],
    ['nb', 'Jeg ber banken om tilbakeføring.', 'formal'],
    ['da', 'Jeg klager til Forbrugerrådet Tænk.', 'formal'],
    ['da', 'Min advokat er koblet på.', 'formal'],
    ['da', 'Jeg gør indsigelse mod betalingen.', 'formal'],
    ['sv', 'Jag anmäler er till ARN.', 'formal'],
    ['sv', 'Jag kontaktar Konsumentverket.', 'formal'],
    ['sv', 'Min advokat kontaktar er.', 'formal'],
    ['en', "I'm reporting you to the consumer council.", 'formal'],
    ['en', 'My solicitor will be in touch.', 'formal'],
    ['en', "I've asked my bank for a chargeback.", 'formal'],
  ])('%s: "%s" is a %s escalation', (locale, message, group) => {
    expect(groupsOf(message, locale)).toContain(group);
  });

  it.each<Case>([
    ['nb', 'Dette er tredje gang jeg skriver til dere.', 'intensity'],
    ['nb', 'Har ringt fem ganger uten svar.', 'intensity'],
    ['da', 'Det er tredje gang jeg skriver.', 'intensity'],
    ['sv', 'Det här är tredje gången jag skriver.', 'intensity'],
    ['en', 'This is the third time I have written to you.', 'intensity'],
    ['en', 'I have called five times.', 'intensity'],
  ])('%s: "%s" counts as %s', (locale, message, group) => {
    expect(groupsOf(message, locale)).toContain(group);
  });

  it('quotes each reason as the customer wrote it, capitals and all', () => {
    // Act
    const triage = scoreFeedback({ message: 'Jeg går til FORBRUKERRÅDET!', rating: 1, locale: 'nb' });

    // Assess
    expect(triage.reasons[0]).toEqual({
      group: 'formal',
      frame: 'authority',
      phrase: 'går til FORBRUKERRÅDET',
      label: 'will contact the consumer authorities',
    });
  });

  it('reads the answer to "what would make it right" as well as the message', () => {
    // Act
    const triage = scoreFeedback({
      message: 'Kaffemaskinen lekker.',
      desiredOutcome: 'Pengene tilbake, ellers går jeg til Forbrukerrådet.',
      rating: 2,
      locale: 'nb',
    });

    // Assess
    expect(triage.level).toBe('urgent');
  });

  it('finds Norwegian phrases in a message whose locale says English, since customers mix languages', () => {
    expect(scoreFeedback({ message: 'Jeg går til Forbrukerrådet.', rating: 2, locale: 'en' }).level).toBe(
      'urgent',
    );
  });
});

describe('triage: nynorsk and misspellings', () => {
  it.each([
    ['Eg seier opp avtalen.', 'leaving'],
    ['Eg kjem aldri attende.', 'leaving'],
    ['Eg klagar til Forbrukarrådet.', 'formal'],
    ['Eg skal skrive om dette på Facebook.', 'public'],
    ['Eg skal åtvare alle i bygda.', 'public'],
    ['Dette er tredje gongen eg tek kontakt.', 'intensity'],
    ['Har ringt fleire gonger utan svar.', 'intensity'],
  ] as const)('nynorsk "%s" is %s', (message, group) => {
    expect(groupsOf(message, 'nb')).toContain(group);
  });

  it.each([
    ['nb', 'Forbrukerådet får høre om dette.'],
    ['nb', 'Forbukerrådet får høre om dette.'],
    ['nb', 'Forbrukerradet far hore om dette.'],
    ['nb', 'Neste stopp er trustpilott.'],
    ['da', 'Jeg anmelder jer på trustpiolt.'],
    ['da', 'Forbrugerådet skal høre om det.'],
    ['sv', 'Konsumentverkert får ta hand om det.'],
    ['sv', 'Recenserar er på trustpillot.'],
    ['en', 'Will be writing a very honest reveiw on trustpilot.'],
    ['en', 'Im taking you to small claims court.'],
    ['en', 'My lawer will call you.'],
  ] as const)('%s: a misspelt threat still counts: "%s"', (locale, message) => {
    expect(scoreFeedback({ message, rating: 1, locale }).level).toBe('urgent');
  });
});
