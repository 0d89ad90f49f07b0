import { describe, expect, it } from 'vitest';
import { scoreFeedback, type TriageLocale } from '../../functions/domain/triage/index.ts';

function levelOf(message: string, locale: TriageLocale, rating = 2) {
  return scoreFeedback({ message, rating, locale }).level;
}

describe('triage: negated threats are not threats', () => {
  it.each([
    ['nb', 'Jeg kommer ikke til å klage til Forbrukerrådet, jeg vil bare ha svar.'],
    ['nb', 'Jeg har ikke tenkt å si opp, men regningen er feil.'],
    ['nb', 'Eg har ikkje tenkt å seie opp, eg vil berre ha svar.'],
    ['da', 'Jeg har ikke tænkt mig at forlade jer, men køen var lang.'],
    ['da', 'Jeg har ingen planer om at opsige, jeg vil bare vide hvorfor.'],
    ['sv', 'Jag tänker inte anmäla er till ARN, men ett svar hade varit trevligt.'],
    ['sv', 'Jag vill inte byta leverantör, så fixa nätet snart.'],
    ['en', "I'm not going to leave you, but the queue was long."],
    ['en', "I'm not going to report you to the consumer council over this."],
    ['en', 'I have no plans to cancel, I just want to know why the bill doubled.'],
  ] as const)('%s: "%s" stays normal', (locale, message) => {
    expect(levelOf(message, locale)).toBe('normal');
  });

  it.each([
    ['nb', 'Jeg kommer ikke til å klage til Forbrukerrådet hvis dere sender en ny kvern i dag.'],
    ['da', 'Jeg har ikke lyst til at skulle gå til Forbrugerrådet, men I giver mig ikke noget valg.'],
    ['sv', 'Jag vill inte behöva gå till Konsumentverket, men ni lämnar mig inget val.'],
    ['en', "I don't want to have to get a lawyer involved."],
    ['en', "I won't post this on Facebook if you refund me today."],
  ] as const)('%s: a veiled or conditional threat stays a threat: "%s"', (locale, message) => {
    expect(levelOf(message, locale)).toBe('urgent');
  });

  it.each([
    ['nb', 'Hvis jeg ikke får pengene innen fredag går jeg til Forbrukerrådet.'],
    ['sv', 'Får jag inte pengarna innan fredag anmäler jag er till ARN.'],
    ['en', "If you don't refund me I'll contact my lawyer."],
  ] as const)(
    '%s: a "not" that belongs to the condition does not cancel the threat: "%s"',
    (locale, message) => {
      expect(levelOf(message, locale)).toBe('urgent');
    },
  );

  it('keeps a threat in the next sentence after a negated one', () => {
    // Prepare
    const message = 'Jeg vil ikke sende saken til Forbrukerrådet. Men jeg legger det ut på Facebook i kveld.';

    // Act
    const triage = scoreFeedback({ message, rating: 2, locale: 'nb' });

    // Assess
    expect(triage.level).toBe('urgent');
    expect(triage.reasons.map((reason) => reason.group)).toEqual(['public']);
  });
});

describe('triage: harmless mentions of the same words', () => {
  it.each([
    ['nb', 'Jeg så reklamen deres på Facebook og bestilte med en gang.'],
    ['nb', 'Fant dere via Instagram. Nydelige boller!'],
    ['nb', 'Leste gode anmeldelser på Trustpilot før jeg bestilte.'],
    ['nb', 'Kunne dere lagt ut åpningstidene på Facebook?'],
    ['nb', 'Jeg jobber som advokat og trenger kvittering med mva.'],
    ['nb', 'Bestillingen min ble kansellert uten beskjed.'],
    ['nb', 'Genseren kom i feil farge, ønsker å bytte til riktig.'],
    ['nb', 'Jeg vurderte å skrive en dårlig anmeldelse, men dere ringte og ordnet opp.'],
    ['da', 'Jeg så jeres reklame på Facebook.'],
    ['da', 'Min ordre blev annulleret uden besked.'],
    ['da', 'Jeg overvejede at skrive en dårlig anmeldelse, men I ringede.'],
    ['sv', 'Hittade er via Instagram.'],
    ['sv', 'Läste bra recensioner på Trustpilot.'],
    ['sv', 'Kan ni lägga upp öppettiderna på Facebook?'],
    ['en', 'I saw your ad on Facebook.'],
    ['en', 'Read great reviews on Trustpilot so I was a bit let down.'],
    ['en', 'Could you post your opening hours on Facebook?'],
    ['en', "I'm a lawyer and need a VAT receipt."],
    ['en', 'My order was cancelled without notice.'],
    ['en', 'I was going to write a bad review, but you called and fixed it.'],
    ['en', 'Sue at the front desk was lovely.'],
  ] as const)('%s: "%s" stays normal even at two stars', (locale, message) => {
    expect(levelOf(message, locale)).toBe('normal');
  });

  it('does not list a masked mention among the reasons', () => {
    expect(scoreFeedback({ message: 'I saw your ad on Facebook.', rating: 2, locale: 'en' }).reasons).toEqual(
      [],
    );
  });
});
