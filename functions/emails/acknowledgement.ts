import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { UNSUBSCRIBE_LINE } from './check-in.ts';
import { fill, formatDuration } from './format.ts';
import { escapeHtml, layout, safeLink } from './html.ts';
import type { RenderedEmail } from './rendered.ts';

/**
 * What the customer reads right after telling us. It never repeats what they wrote or the name
 * they gave: an acknowledgement must not become a way to mail any text to any address.
 * Order of every unhappy-path message: thanks, empathy, apology, one named owner, a promise.
 */
const unhappy: Record<Locale, { subject: string; paragraphs: string[]; signoff: string }> = {
  nb: {
    subject: 'Takk for at du sa ifra – {owner} tar seg av saken',
    paragraphs: [
      'Hei,',
      'takk for at du tok deg tid til å fortelle oss hva som skjedde.',
      'Vi skjønner godt at dette har vært frustrerende. Slik skal det ikke være når du handler hos {site}, og det beklager vi virkelig.',
      '{owner} har ansvaret for saken din og følger den opp selv, så du slipper å forklare alt på nytt til noen andre. Du hører fra {owner} innen {promise}.',
      '{owner} leser det du skrev og tar kontakt for å finne ut sammen med deg hva som kan gjøre dette godt igjen. Vil du legge til noe i mellomtiden, kan du bare svare på denne e-posten.',
    ],
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
  },
  da: {
    subject: 'Tak, fordi du sagde til – {owner} tager sig af sagen',
    paragraphs: [
      'Hej,',
      'tak, fordi du tog dig tid til at fortælle os, hvad der skete.',
      'Vi kan godt forstå, at det har været frustrerende. Sådan skal det ikke være, når du handler hos {site}, og det beklager vi virkelig.',
      '{owner} har ansvaret for din sag og følger selv op på den, så du ikke skal forklare det hele igen til en anden. Du hører fra {owner} inden for {promise}.',
      '{owner} læser det, du skrev, og kontakter dig for sammen med dig at finde ud af, hvad der kan gøre det godt igen. Vil du tilføje noget i mellemtiden, kan du bare svare på denne mail.',
    ],
    signoff: 'Venlig hilsen\n{owner}\n{site}',
  },
  sv: {
    subject: 'Tack för att du hörde av dig – {owner} tar hand om ärendet',
    paragraphs: [
      'Hej,',
      'tack för att du tog dig tid att berätta vad som hände.',
      'Vi förstår verkligen att det har varit frustrerande. Så ska det inte vara när du handlar hos {site}, och vi ber om ursäkt för det.',
      '{owner} ansvarar för ditt ärende och följer upp det själv, så att du slipper förklara allt igen för någon annan. Du hör av {owner} inom {promise}.',
      '{owner} läser det du skrev och hör av sig för att tillsammans med dig komma fram till vad som kan göra det här bra igen. Vill du lägga till något under tiden kan du bara svara på det här mejlet.',
    ],
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
  },
  en: {
    subject: 'Thank you for telling us – {owner} is looking after it',
    paragraphs: [
      'Hello,',
      'thank you for taking the time to tell us what happened.',
      "We can understand how frustrating this must have been. It isn't how things should go when you shop with {site}, and we are truly sorry.",
      "{owner} is responsible for your case and will follow it up personally, so you won't have to explain it all again to someone else. You will hear from {owner} within {promise}.",
      "{owner} will read what you wrote and get in touch to work out with you what would make this right. If you'd like to add anything in the meantime, just reply to this email.",
    ],
    signoff: 'Kind regards\n{owner}\n{site}',
  },
};

/** Happy customers get warm thanks, and an invitation to share it when the site has a review page. */
const happy: Record<Locale, { subject: string; paragraphs: string[]; review: string; signoff: string }> = {
  nb: {
    subject: 'Tusen takk for de fine ordene!',
    paragraphs: [
      'Hei,',
      'så hyggelig å høre fra deg! Takk for at du tok deg tid til å fortelle oss hvordan du opplevde {site}.',
      'Tilbakemeldinger som din gjør dagen vår, og vi sørger for at de som fortjener rosen, får høre den.',
    ],
    review: 'Har du lyst til å dele opplevelsen med andre også? Det kan du gjøre her: {reviewUrl}',
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
  },
  da: {
    subject: 'Tusind tak for de pæne ord!',
    paragraphs: [
      'Hej,',
      'hvor er det dejligt at høre fra dig! Tak, fordi du tog dig tid til at fortælle os, hvordan du oplevede {site}.',
      'Sådan en tilbagemelding gør vores dag, og vi sørger for, at dem, der fortjener rosen, får den at høre.',
    ],
    review: 'Har du lyst til også at dele din oplevelse med andre? Det kan du gøre her: {reviewUrl}',
    signoff: 'Venlig hilsen\n{owner}\n{site}',
  },
  sv: {
    subject: 'Stort tack för de fina orden!',
    paragraphs: [
      'Hej,',
      'vad roligt att höra från dig! Tack för att du tog dig tid att berätta hur du upplevde {site}.',
      'Sådan återkoppling gör vår dag, och vi ser till att de som förtjänar berömmet får höra det.',
    ],
    review: 'Vill du dela din upplevelse med andra också? Det kan du göra här: {reviewUrl}',
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
  },
  en: {
    subject: 'Thank you so much for the kind words!',
    paragraphs: [
      'Hello,',
      'how lovely to hear from you! Thank you for taking the time to tell us about your experience with {site}.',
      'Feedback like yours makes our day, and we will make sure the people who earned the praise get to hear it.',
    ],
    review:
      "Would you like to share your experience with others too? You're welcome to do so here: {reviewUrl}",
    signoff: 'Kind regards\n{owner}\n{site}',
  },
};

/**
 * The happy variant invites a public review, which makes it more than a receipt: it then carries
 * the unsubscribe link (`unsubscribeUrl`) that every non-transactional email must have.
 */
export function renderAcknowledgement(
  feedback: Feedback,
  site: SiteConfig,
  unsubscribeUrl?: string,
): RenderedEmail {
  const values = {
    owner: firstName(feedback.owner),
    site: site.displayName,
    promise: formatDuration(site.respondWithin, feedback.locale),
    reviewUrl: site.reviewUrl ?? '',
  };
  const isHappy = feedback.rating >= 4;
  const copy = isHappy ? happy[feedback.locale] : unhappy[feedback.locale];
  const paragraphs = [...copy.paragraphs];
  const reviewLine = isHappy && site.reviewUrl ? happy[feedback.locale].review : undefined;
  const subject = fill(copy.subject, values);
  const unsubscribe =
    isHappy && unsubscribeUrl ? `${UNSUBSCRIBE_LINE[feedback.locale]} ${unsubscribeUrl}` : undefined;
  const text = [...paragraphs, ...(reviewLine ? [reviewLine] : []), copy.signoff]
    .map((line) => fill(line, values))
    .concat(unsubscribe ? [unsubscribe] : [])
    .join('\n\n');
  const escaped = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, escapeHtml(value)]));
  const htmlParagraphs = paragraphs.map((line) => `<p>${fill(escapeHtml(line), escaped)}</p>`);
  if (reviewLine && site.reviewUrl) {
    const [before = ''] = reviewLine.split('{reviewUrl}');
    htmlParagraphs.push(`<p>${fill(escapeHtml(before), escaped)}${safeLink(site.reviewUrl)}</p>`);
  }
  htmlParagraphs.push(`<p>${fill(escapeHtml(copy.signoff), escaped).replace(/\n/g, '<br>')}</p>`);
  if (unsubscribe && unsubscribeUrl) {
    htmlParagraphs.push(
      `<p style="font-size:13px;color:#555">${escapeHtml(UNSUBSCRIBE_LINE[feedback.locale])} ${safeLink(unsubscribeUrl)}</p>`,
    );
  }
  return { subject, text, html: layout(feedback.locale, subject, htmlParagraphs.join('')) };
}
