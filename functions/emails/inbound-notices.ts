import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { RELAYS_PER_HOUR } from '../domain/relay-guard.ts';
import { firstName } from '../domain/routing.ts';
import { headerSafe } from './format.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

/** Notices about mail Earshot kept instead of relaying; each is sent at most once per case. */
export type InboundNotice = 'relay-limit-staff' | 'relay-limit-customer' | 'unauthenticated';

interface Words {
  subject: string;
  paragraphs: string[];
}

const copy: Record<Locale, Record<InboundNotice, Words> & { view: string }> = {
  nb: {
    'relay-limit-customer': {
      subject: 'Svar fra kunden holdt tilbake: «{excerpt}»',
      paragraphs: [
        'Hei {owner},',
        'Det har kommet mer enn {limit} e-poster på én time fra kunden i denne saken, så jeg sender ikke flere videre til deg akkurat nå. Det ligner en automatisk svarer i sløyfe.',
        'Ingenting er borte: alt ligger i saken, og du kan lese det der.',
      ],
    },
    'relay-limit-staff': {
      subject: 'Svar til kunden holdt tilbake: «{excerpt}»',
      paragraphs: [
        'Hei {owner},',
        'Det har gått mer enn {limit} svar på én time fra dere til kunden i denne saken, så jeg sender ikke flere videre akkurat nå. Det ligner en automatisk svarer i sløyfe.',
        'Ingenting er borte: alt ligger i saken, og du kan lese det der.',
      ],
    },
    unauthenticated: {
      subject: 'Svaret ditt ble ikke sendt til kunden: «{excerpt}»',
      paragraphs: [
        'Hei {staff},',
        'Svaret ditt i denne saken kom fram, men e-posttjenesten kunne ikke bekrefte at det virkelig kom fra adressen din ({reason}). For kundens skyld sender jeg det ikke videre.',
        'Svar gjerne på nytt fra den vanlige e-postkontoen din. Svaret ditt er lagret i saken.',
      ],
    },
    view: 'Se hele saken',
  },
  da: {
    'relay-limit-customer': {
      subject: 'Svar fra kunden holdt tilbage: »{excerpt}«',
      paragraphs: [
        'Hej {owner},',
        'Der er kommet mere end {limit} e-mails på én time fra kunden i denne sag, så jeg sender ikke flere videre til dig lige nu. Det ligner en automatisk svarer i ring.',
        'Intet er gået tabt: det hele ligger i sagen, og du kan læse det der.',
      ],
    },
    'relay-limit-staff': {
      subject: 'Svar til kunden holdt tilbage: »{excerpt}«',
      paragraphs: [
        'Hej {owner},',
        'Der er gået mere end {limit} svar på én time fra jer til kunden i denne sag, så jeg sender ikke flere videre lige nu. Det ligner en automatisk svarer i ring.',
        'Intet er gået tabt: det hele ligger i sagen, og du kan læse det der.',
      ],
    },
    unauthenticated: {
      subject: 'Dit svar blev ikke sendt til kunden: »{excerpt}«',
      paragraphs: [
        'Hej {staff},',
        'Dit svar i denne sag kom frem, men e-mailtjenesten kunne ikke bekræfte, at det virkelig kom fra din adresse ({reason}). For kundens skyld sender jeg det ikke videre.',
        'Svar gerne igen fra din almindelige e-mailkonto. Dit svar er gemt i sagen.',
      ],
    },
    view: 'Se hele sagen',
  },
  sv: {
    'relay-limit-customer': {
      subject: 'Svar från kunden hålls kvar: ”{excerpt}”',
      paragraphs: [
        'Hej {owner},',
        'Det har kommit fler än {limit} mejl på en timme från kunden i det här ärendet, så jag skickar inte vidare fler till dig just nu. Det liknar en automatisk svarare som går i loop.',
        'Inget har försvunnit: allt finns i ärendet och du kan läsa det där.',
      ],
    },
    'relay-limit-staff': {
      subject: 'Svar till kunden hålls kvar: ”{excerpt}”',
      paragraphs: [
        'Hej {owner},',
        'Det har gått fler än {limit} svar på en timme från er till kunden i det här ärendet, så jag skickar inte vidare fler just nu. Det liknar en automatisk svarare som går i loop.',
        'Inget har försvunnit: allt finns i ärendet och du kan läsa det där.',
      ],
    },
    unauthenticated: {
      subject: 'Ditt svar skickades inte till kunden: ”{excerpt}”',
      paragraphs: [
        'Hej {staff},',
        'Ditt svar i det här ärendet kom fram, men e-posttjänsten kunde inte bekräfta att det verkligen kom från din adress ({reason}). För kundens skull skickar jag inte vidare det.',
        'Svara gärna igen från ditt vanliga e-postkonto. Ditt svar är sparat i ärendet.',
      ],
    },
    view: 'Se hela ärendet',
  },
  en: {
    'relay-limit-customer': {
      subject: 'Customer replies held back: “{excerpt}”',
      paragraphs: [
        'Hi {owner},',
        'More than {limit} emails arrived from the customer on this case within an hour, so I am not passing any more on to you for now. It looks like an auto-responder stuck in a loop.',
        'Nothing is lost: everything is stored on the case, and you can read it there.',
      ],
    },
    'relay-limit-staff': {
      subject: 'Replies to the customer held back: “{excerpt}”',
      paragraphs: [
        'Hi {owner},',
        'More than {limit} replies went from your side to the customer on this case within an hour, so I am not passing any more on for now. It looks like an auto-responder stuck in a loop.',
        'Nothing is lost: everything is stored on the case, and you can read it there.',
      ],
    },
    unauthenticated: {
      subject: 'Your reply was not sent to the customer: “{excerpt}”',
      paragraphs: [
        'Hi {staff},',
        'Your reply on this case arrived, but the mail service could not confirm that it really came from your address ({reason}). To protect the customer, I am not passing it on.',
        'Please reply again from your usual mail account. Your reply is stored on the case.',
      ],
    },
    view: 'See the whole case',
  },
};

export function renderInboundNotice(
  notice: InboundNotice,
  feedback: Feedback,
  site: SiteConfig,
  options: { staffName: string; viewUrl: string },
): RenderedEmail {
  const locale = site.defaultLocale;
  const words = copy[locale][notice];
  const reason =
    [...feedback.thread].reverse().find((entry) => entry.rejected?.startsWith('sender not authenticated'))
      ?.rejected ?? '';
  return renderNotice({
    locale,
    subject: words.subject,
    paragraphs: words.paragraphs,
    values: {
      owner: firstName(feedback.owner),
      staff: options.staffName,
      limit: String(RELAYS_PER_HOUR),
      excerpt: headerSafe(feedback.message, 50),
      reason: reason.replace('sender not authenticated: ', ''),
    },
    links: [{ label: copy[locale].view, url: options.viewUrl }],
  });
}
