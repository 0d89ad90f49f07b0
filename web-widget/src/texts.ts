import type { Locale, TextKey, Texts } from './types.ts';

export type { TextKey, TextOverrides, Texts } from './types.ts';

// Every visible string, side by side as [nb, da, sv, en] so a translator sees one idea in all four
// languages at once. Written for each language, not translated word for word: warm, plain, brief.
// {who} is the first name of the person who will own the case (or "we"), {when} the promised
// response time ("innen 4 timer"), {kept} how long we keep it (" i 1 år"): widget-config writes those
// out (functions/http/widget-config.ts). {max} is a length limit.
const TABLE = {
  launcher: ['Gi tilbakemelding', 'Giv tilbagemelding', 'Tyck till', 'Give feedback'],
  title: ['Hvordan gikk det?', 'Hvordan gik det?', 'Hur gick det?', 'How did it go?'],
  close: ['Lukk', 'Luk', 'Stäng', 'Close'],
  ratingLegend: ['Hvor fornøyd er du?', 'Hvor tilfreds er du?', 'Hur nöjd är du?', 'How happy are you?'],
  ratings: [
    'Svært misfornøyd|Misfornøyd|Både og|Fornøyd|Svært fornøyd',
    'Meget utilfreds|Utilfreds|Hverken eller|Tilfreds|Meget tilfreds',
    'Mycket missnöjd|Missnöjd|Varken eller|Nöjd|Mycket nöjd',
    'Very unhappy|Unhappy|Okay|Happy|Very happy',
  ],
  next: ['Neste', 'Næste', 'Nästa', 'Next'],
  back: ['Tilbake', 'Tilbage', 'Tillbaka', 'Back'],
  // Shown above "what happened?": ratings 1–2, 3 and 4–5.
  introLow: [
    'Så leit å høre.',
    'Det er vi kede af at høre.',
    'Vad tråkigt att höra.',
    'We’re sorry to hear that.',
  ],
  introMid: [
    'Takk for at du sier ifra.',
    'Tak, fordi du siger det.',
    'Tack för att du säger till.',
    'Thank you for telling us.',
  ],
  introHigh: ['Så hyggelig å høre!', 'Hvor dejligt at høre!', 'Vad roligt att höra!', 'So good to hear!'],
  message: ['Hva skjedde?', 'Hvad skete der?', 'Vad hände?', 'What happened?'],
  messageHigh: ['Hva var bra?', 'Hvad var godt?', 'Vad var bra?', 'What went well?'],
  messageHint: [
    'Fortell med dine egne ord – ta den plassen du trenger.',
    'Fortæl med dine egne ord – brug den plads, du har brug for.',
    'Berätta med dina egna ord – ta den plats du behöver.',
    'In your own words – take all the space you need.',
  ],
  outcome: [
    'Hva ville vært en god løsning for deg?',
    'Hvad ville være en god løsning for dig?',
    'Vad skulle vara en bra lösning för dig?',
    'What would make this right for you?',
  ],
  optional: ['valgfritt', 'valgfrit', 'valfritt', 'optional'],
  reply: ['Vil du ha svar?', 'Vil du have svar?', 'Vill du ha svar?', 'Would you like a reply?'],
  why: [
    'Legg igjen e-postadressen din, så kan {who} svare deg {when}.',
    'Skriv din e-mailadresse, så kan {who} svare dig {when}.',
    'Lämna din e-postadress, så kan {who} svara dig {when}.',
    'Leave your email so {who} can get back to you {when}.',
  ],
  name: ['Navn', 'Navn', 'Namn', 'Name'],
  email: ['E-post', 'E-mail', 'E-post', 'Email'],
  privacy: [
    'Vi lagrer meldingen, sideadressen og eventuelt navn og e-post{kept}, og bruker dem bare til å følge opp.',
    'Vi gemmer beskeden, sidens adresse og evt. navn og e-mail{kept} og bruger dem kun til at følge op.',
    'Vi sparar meddelandet, sidans adress och eventuellt namn och e-post{kept} och använder dem bara för att följa upp.',
    'We keep your message, the page address and any name and email{kept}, and use them only to follow up.',
  ],
  send: ['Send', 'Send', 'Skicka', 'Send'],
  sending: ['Sender …', 'Sender …', 'Skickar …', 'Sending …'],
  thanksTitle: [
    'Takk for at du sa ifra',
    'Tak, fordi du sagde til',
    'Tack för att du hörde av dig',
    'Thank you for telling us',
  ],
  thanksReply: [
    '{who} svarer deg {when}.',
    '{who} svarer dig {when}.',
    '{who} svarar dig {when}.',
    '{who} will get back to you {when}.',
  ],
  thanksNoEmail: [
    'Meldingen din er kommet fram. Uten e-post kan vi dessverre ikke svare deg.',
    'Din besked er kommet frem. Uden e-mail kan vi desværre ikke svare dig.',
    'Ditt meddelande har kommit fram. Utan e-post kan vi tyvärr inte svara dig.',
    'Your message has reached us. Without an email we can’t reply to you, unfortunately.',
  ],
  queued: [
    'Vi får ikke kontakt akkurat nå, men meldingen din er lagret i nettleseren. Vi sender den automatisk så snart forbindelsen er tilbake.',
    'Vi kan ikke få forbindelse lige nu, men din besked er gemt i browseren. Vi sender den automatisk, så snart forbindelsen er tilbage.',
    'Vi når inte fram just nu, men ditt meddelande är sparat i webbläsaren. Vi skickar det automatiskt så snart anslutningen är tillbaka.',
    'We can’t connect right now, but your message is saved in this browser. We’ll send it automatically as soon as the connection is back.',
  ],
  we: ['vi', 'vi', 'vi', 'we'],
  errorTitle: [
    'Det gikk ikke å sende',
    'Det lykkedes ikke at sende',
    'Det gick inte att skicka',
    'We couldn’t send it',
  ],
  // 403/404: the embed itself is wrong (unknown site, page not among the site's origins).
  setup: [
    'Skjemaet er ikke satt opp riktig på denne nettsiden, så meldingen kan ikke sendes herfra.',
    'Formularen er ikke sat rigtigt op på dette website, så beskeden kan ikke sendes herfra.',
    'Formuläret är inte rätt inställt på den här webbplatsen, så meddelandet kan inte skickas härifrån.',
    'This form isn’t set up properly on this website, so your message can’t be sent from here.',
  ],
  // After `setup`: no "try again", since it would fail the same way; another way to reach us instead.
  setupNext: [
    'Det er vår feil, ikke din. Ta gjerne kontakt med oss på en annen måte – vi vil gjerne høre fra deg.',
    'Det er vores fejl, ikke din. Kontakt os gerne på en anden måde – vi vil meget gerne høre fra dig.',
    'Det är vårt fel, inte ditt. Kontakta oss gärna på något annat sätt – vi vill gärna höra från dig.',
    'That’s our fault, not yours. Please reach us another way – we’d really like to hear from you.',
  ],
  unknown: [
    'Noe gikk galt hos oss.',
    'Noget gik galt hos os.',
    'Något gick fel hos oss.',
    'Something went wrong on our side.',
  ],
  kept: [
    'Det er vår feil, ikke din. Det du skrev, er ikke borte – prøv gjerne igjen.',
    'Det er vores fejl, ikke din. Det, du skrev, er ikke væk – prøv gerne igen.',
    'Det är vårt fel, inte ditt. Det du skrev finns kvar – försök gärna igen.',
    'That’s our fault, not yours. What you wrote is still here – please try again.',
  ],
  tryAgain: ['Prøv igjen', 'Prøv igen', 'Försök igen', 'Try again'],
  required_rating: [
    'Velg hvor fornøyd du er.',
    'Vælg, hvor tilfreds du er.',
    'Välj hur nöjd du är.',
    'Choose how happy you are.',
  ],
  required: [
    'Skriv noen ord, så vi forstår hva det gjelder.',
    'Skriv et par ord, så vi forstår, hvad det drejer sig om.',
    'Skriv några ord så att vi förstår vad det gäller.',
    'Write a few words so we understand what it’s about.',
  ],
  too_long: [
    'Teksten er for lang – maks {max} tegn.',
    'Teksten er for lang – højst {max} tegn.',
    'Texten är för lång – högst {max} tecken.',
    'That’s too long – {max} characters at most.',
  ],
  email_invalid: [
    'Den e-postadressen ser ikke riktig ut.',
    'Den e-mailadresse ser ikke rigtig ud.',
    'Den e-postadressen ser inte rätt ut.',
    'That email address doesn’t look right.',
  ],
  invalid: [
    'Sjekk dette feltet.',
    'Tjek dette felt.',
    'Kontrollera det här fältet.',
    'Please check this field.',
  ],
} satisfies Record<TextKey, readonly [string, string, string, string]>;

const COLUMN: Record<Locale, number> = { nb: 0, da: 1, sv: 2, en: 3 };

/** One language's column of a table of strings written side by side as [nb, da, sv, en]. */
export function column<K extends string>(
  table: Record<K, readonly [string, string, string, string]>,
  locale: Locale,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<readonly string[]>(table).map(([key, values]) => [key, values[COLUMN[locale]]]),
  ) as Record<K, string>;
}

/** Every visible string in one locale: the widget receives its visitor's language with widget-config. */
export function widgetTexts(locale: Locale): Texts {
  return column(TABLE, locale);
}
