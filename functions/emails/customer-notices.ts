import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback, MailKind } from '../domain/feedback.ts';
import { customerKnows, promiseWasRenewed } from '../domain/promise.ts';
import { firstName } from '../domain/routing.ts';
import { formatWhen } from './format.ts';
import { greeting } from './greeting.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

interface ClaimedCopy {
  /** Someone the customer has not met takes the case: they introduce themselves. */
  introduce: { subject: string; paragraphs: string[] };
  /** Said by a newcomer when the first promise was missed, before the new time. */
  lateToo: string;
  /** The owner the customer already knows, taking the case after the promised time. */
  late: { subject: string; paragraphs: string[] };
  signoff: string;
}

/**
 * A claim is only news when a new person takes the case or the first promise was missed (see
 * case-events.claim), so these never repeat the acknowledgement or apologise for the same thing
 * twice. Each is signed by the person who took the case, in her own voice.
 */
const claimed: Record<Locale, ClaimedCopy> = {
  nb: {
    introduce: {
      subject: 'Jeg tar meg av saken din hos {site}',
      paragraphs: [
        'Jeg heter {staff}, og jeg har tatt over saken din hos {site}. Jeg har lest det du skrev, så du slipper å forklare noe på nytt.',
        'Du hører fra meg senest {respondBy}. Vil du legge til noe før det, er det bare å svare på denne e-posten.',
      ],
    },
    lateToo: 'Du skulle ha hørt fra oss før nå, og jeg beklager at det ble slik.',
    late: {
      subject: 'Beklager ventetiden – jeg ser på saken din nå',
      paragraphs: [
        'Du skulle ha hørt fra meg før nå, og jeg beklager at det ble slik. Jeg ser på saken din nå, og du hører fra meg senest {respondBy}.',
        'Vil du legge til noe før det, er det bare å svare på denne e-posten.',
      ],
    },
    signoff: 'Vennlig hilsen\n{staff}\n{site}',
  },
  da: {
    introduce: {
      subject: 'Jeg tager mig af din sag hos {site}',
      paragraphs: [
        'Jeg hedder {staff}, og jeg har overtaget din sag hos {site}. Jeg har læst det, du skrev, så du behøver ikke at forklare noget igen.',
        'Du hører fra mig senest {respondBy}. Vil du tilføje noget inden da, kan du bare svare på denne e-mail.',
      ],
    },
    lateToo: 'Du skulle have hørt fra os før nu, og jeg beklager, at det skete.',
    late: {
      subject: 'Undskyld ventetiden – jeg kigger på din sag nu',
      paragraphs: [
        'Du skulle have hørt fra mig før nu, og jeg beklager, at det skete. Jeg kigger på din sag nu, og du hører fra mig senest {respondBy}.',
        'Vil du tilføje noget inden da, kan du bare svare på denne e-mail.',
      ],
    },
    signoff: 'Venlig hilsen\n{staff}\n{site}',
  },
  sv: {
    introduce: {
      subject: 'Jag tar hand om ditt ärende hos {site}',
      paragraphs: [
        'Jag heter {staff} och har tagit över ditt ärende hos {site}. Jag har läst det du skrev, så du behöver inte förklara något igen.',
        'Du hör av mig senast {respondBy}. Vill du lägga till något innan dess kan du bara svara på det här mejlet.',
      ],
    },
    lateToo: 'Du borde ha hört av oss tidigare, och jag ber om ursäkt för att det blev så.',
    late: {
      subject: 'Förlåt att det har dröjt – jag tittar på ditt ärende nu',
      paragraphs: [
        'Du borde ha hört av mig tidigare, och jag ber om ursäkt för att det blev så. Jag tittar på ditt ärende nu, och du hör av mig senast {respondBy}.',
        'Vill du lägga till något innan dess kan du bara svara på det här mejlet.',
      ],
    },
    signoff: 'Vänliga hälsningar\n{staff}\n{site}',
  },
  en: {
    introduce: {
      subject: "I'm looking after your case at {site}",
      paragraphs: [
        "My name is {staff}, and I've taken over your case at {site}. I've read what you wrote, so you won't need to explain anything again.",
        "You'll hear from me by {respondBy} at the latest. If you'd like to add anything before then, just reply to this email.",
      ],
    },
    lateToo: "You should have heard from us by now, and I'm sorry it has taken this long.",
    late: {
      subject: "Sorry for the wait – I'm looking at your case now",
      paragraphs: [
        "You should have heard from me by now, and I'm sorry it has taken this long. I'm looking at your case now, and you'll hear from me by {respondBy} at the latest.",
        "If you'd like to add anything before then, just reply to this email.",
      ],
    },
    signoff: 'Kind regards\n{staff}\n{site}',
  },
};

/** The wrapper around a staff member's own words: they sign it themselves, so it adds only a way back. */
const reply: Record<Locale, { subject: string; footer: string }> = {
  nb: { subject: 'Svar på saken din hos {site}', footer: 'Du kan svare direkte på denne e-posten.' },
  da: { subject: 'Svar på din sag hos {site}', footer: 'Du kan svare direkte på denne e-mail.' },
  sv: { subject: 'Svar i ditt ärende hos {site}', footer: 'Du kan svara direkt på det här mejlet.' },
  en: { subject: 'A reply about your case at {site}', footer: 'You can reply directly to this email.' },
};

/** `kind` is `claimed:<n>`: the claim is thread entry n, and only what came before it counts. */
export function renderClaimed(feedback: Feedback, site: SiteConfig, kind: MailKind): RenderedEmail {
  const words = claimed[feedback.locale];
  const staff = feedback.claimedBy ?? feedback.owner;
  const before = feedback.thread.slice(0, Math.max(0, Number(kind.split(':')[1] ?? 0) - 1));
  const renewed = promiseWasRenewed(feedback, site);
  const known = customerKnows(feedback, staff, before);
  const copy = known ? words.late : words.introduce;
  const paragraphs = known
    ? copy.paragraphs
    : renewed
      ? [copy.paragraphs[0] ?? '', words.lateToo, ...copy.paragraphs.slice(1)]
      : copy.paragraphs;
  return renderNotice({
    locale: feedback.locale,
    subject: copy.subject,
    paragraphs: [greeting(feedback.locale, feedback.name), ...paragraphs],
    signoff: words.signoff,
    values: {
      staff: firstName(staff),
      site: site.displayName,
      respondBy: formatWhen(feedback.respondBy, feedback.locale, site.timeZone),
    },
  });
}

/** A staff member's answer, relayed in their own words from the site's address. */
export function renderStaffReply(
  feedback: Feedback,
  site: SiteConfig,
  staffName: string,
  text: string,
): RenderedEmail {
  const words = reply[feedback.locale];
  return renderNotice({
    locale: feedback.locale,
    subject: words.subject,
    paragraphs: [],
    body: text,
    values: { staff: staffName, site: site.displayName },
    footer: [{ text: words.footer }],
  });
}
