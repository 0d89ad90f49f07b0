import type { Locale, SiteConfig } from '../config/schema.ts';
import type { Feedback } from '../domain/feedback.ts';
import { firstName } from '../domain/routing.ts';
import { formatDuration } from './format.ts';
import { greeting } from './greeting.ts';
import { renderNotice } from './notice.ts';
import type { RenderedEmail } from './rendered.ts';

export type Mood = 'unhappy' | 'neutral' | 'happy';

/** 1–2 is a complaint, 3 ("both") a mixed experience, 4–5 praise: each is answered in its own key. */
export function moodOf(rating: number): Mood {
  return rating <= 2 ? 'unhappy' : rating === 3 ? 'neutral' : 'happy';
}

interface AckCopy {
  moods: Record<Mood, { subject: string; paragraphs: string[] }>;
  /** The same question and link words in every mood: see domain/review-invitation.ts. */
  review: [text: string, label: string];
  unsubscribe: [text: string, label: string];
  signoff: string;
}

/**
 * What the customer reads right after writing, in the owner's own voice. It never repeats what
 * they wrote or the name they gave: an acknowledgement must not become a way to mail any text to
 * any address, which is also why it opens "Hei!" and not with the name.
 * An unhappy customer meets thanks, then empathy, then the apology, then one owner and a promise.
 */
const copy: Record<Locale, AckCopy> = {
  nb: {
    moods: {
      unhappy: {
        subject: 'Takk for at du sa ifra – jeg følger opp saken din',
        paragraphs: [
          'Takk for at du fortalte hva som skjedde. Jeg skjønner godt at det har vært frustrerende, og jeg beklager virkelig at det ble slik. Sånn skal det ikke være hos {site}.',
          'Jeg har ansvaret for saken din og følger den opp selv, så du slipper å forklare alt på nytt til noen andre. Du hører fra meg innen {promise}.',
          'Sammen finner vi ut hva som kan gjøre det godt igjen. Vil du legge til noe i mellomtiden, er det bare å svare på denne e-posten.',
        ],
      },
      neutral: {
        subject: 'Takk for at du sa ifra – vi vil gjerne gjøre det bedre',
        paragraphs: [
          'Takk for at du tok deg tid til å fortelle hvordan du opplevde {site}. Det du skrev, hjelper oss å se hva vi kan gjøre bedre.',
          'Jeg leser det selv og svarer deg innen {promise}. Vil du legge til noe før det, er det bare å svare på denne e-posten.',
        ],
      },
      happy: {
        subject: 'Tusen takk for de fine ordene!',
        paragraphs: [
          'Så hyggelig å høre fra deg! Takk for at du tok deg tid til å fortelle hvordan du opplevde {site}.',
          'Sånt blir vi skikkelig glade av, og jeg skal sørge for at de som fortjener rosen, får høre den.',
        ],
      },
    },
    review: ['Vil du fortelle andre om opplevelsen din med {site}?', 'Skriv en anmeldelse'],
    unsubscribe: ['Vil du ikke ha invitasjoner som denne?', 'Meld deg av'],
    signoff: 'Vennlig hilsen\n{owner}\n{site}',
  },
  da: {
    moods: {
      unhappy: {
        subject: 'Tak, fordi du sagde til – jeg følger selv op på din sag',
        paragraphs: [
          'Tak, fordi du fortalte, hvad der skete. Jeg kan godt forstå, at det har været frustrerende, og jeg beklager virkelig, at det skete. Sådan skal det ikke være hos {site}.',
          'Jeg har ansvaret for din sag og følger selv op på den, så du ikke skal forklare det hele igen til en anden. Du hører fra mig inden for {promise}.',
          'Sammen finder vi ud af, hvad der kan gøre det godt igen. Vil du tilføje noget i mellemtiden, kan du bare svare på denne e-mail.',
        ],
      },
      neutral: {
        subject: 'Tak, fordi du sagde til – vi vil gerne gøre det bedre',
        paragraphs: [
          'Tak, fordi du tog dig tid til at fortælle, hvordan du oplevede {site}. Det, du skrev, hjælper os med at se, hvad vi kan gøre bedre.',
          'Jeg læser det selv og svarer dig inden for {promise}. Vil du tilføje noget inden da, kan du bare svare på denne e-mail.',
        ],
      },
      happy: {
        subject: 'Tusind tak for de pæne ord!',
        paragraphs: [
          'Hvor er det dejligt at høre fra dig! Tak, fordi du tog dig tid til at fortælle, hvordan du oplevede {site}.',
          'Den slags bliver vi rigtig glade for, og jeg sørger for, at dem, der fortjener rosen, får den at høre.',
        ],
      },
    },
    review: ['Vil du fortælle andre om din oplevelse med {site}?', 'Skriv en anmeldelse'],
    unsubscribe: ['Vil du ikke have invitationer som denne?', 'Afmeld dig'],
    signoff: 'Venlig hilsen\n{owner}\n{site}',
  },
  sv: {
    moods: {
      unhappy: {
        subject: 'Tack för att du hörde av dig – jag följer upp ditt ärende',
        paragraphs: [
          'Tack för att du berättade vad som hände. Jag förstår verkligen att det har varit frustrerande, och jag ber om ursäkt för att det blev så. Så ska det inte vara hos {site}.',
          'Jag ansvarar för ditt ärende och följer upp det själv, så du slipper förklara allt igen för någon annan. Du hör av mig inom {promise}.',
          'Tillsammans kommer vi fram till hur vi bäst löser det här. Vill du lägga till något under tiden kan du bara svara på det här mejlet.',
        ],
      },
      neutral: {
        subject: 'Tack för att du hörde av dig – vi vill gärna bli bättre',
        paragraphs: [
          'Tack för att du tog dig tid att berätta hur du upplevde {site}. Det du skrev hjälper oss att se vad vi kan göra bättre.',
          'Jag läser det själv och svarar dig inom {promise}. Vill du lägga till något innan dess kan du bara svara på det här mejlet.',
        ],
      },
      happy: {
        subject: 'Stort tack för de fina orden!',
        paragraphs: [
          'Vad roligt att höra från dig! Tack för att du tog dig tid att berätta hur du upplevde {site}.',
          'Sådant gör oss riktigt glada, och jag ser till att de som förtjänar berömmet får höra det.',
        ],
      },
    },
    review: ['Vill du berätta för andra om din upplevelse av {site}?', 'Skriv ett omdöme'],
    unsubscribe: ['Vill du inte få inbjudningar som den här?', 'Avregistrera dig'],
    signoff: 'Vänliga hälsningar\n{owner}\n{site}',
  },
  en: {
    moods: {
      unhappy: {
        subject: "Thank you for telling us – I'm looking after this myself",
        paragraphs: [
          "Thank you for telling us what happened. I can understand how frustrating it must have been, and I'm truly sorry that this happened. It isn't how things should be at {site}.",
          "I'm looking after this myself, so you won't have to explain it all again to someone else. You'll hear from me within {promise}.",
          "Together we'll work out what would make this right. If you'd like to add anything in the meantime, just reply to this email.",
        ],
      },
      neutral: {
        subject: 'Thank you for telling us – we want to do better',
        paragraphs: [
          'Thank you for taking the time to tell us how you found {site}. What you wrote helps us see what we can do better.',
          "I'll read it myself and get back to you within {promise}. If you'd like to add anything before then, just reply to this email.",
        ],
      },
      happy: {
        subject: 'Thank you so much for the kind words!',
        paragraphs: [
          'How lovely to hear from you! Thank you for taking the time to tell us about your experience with {site}.',
          "Words like these really make us happy, and I'll make sure the people who earned the praise get to hear them.",
        ],
      },
    },
    review: ['Would you like to tell others about your experience with {site}?', 'Write a review'],
    unsubscribe: ["Don't want invitations like this?", 'Unsubscribe'],
    signoff: 'Kind regards\n{owner}\n{site}',
  },
};

export interface ReviewInvitation {
  reviewUrl: string;
  /** The invitation makes the email partly promotional, so it carries a way to opt out. */
  unsubscribeUrl?: string;
}

export function renderAcknowledgement(
  feedback: Feedback,
  site: SiteConfig,
  invitation?: ReviewInvitation,
): RenderedEmail {
  const words = copy[feedback.locale];
  const mood = words.moods[moodOf(feedback.rating)];
  return renderNotice({
    locale: feedback.locale,
    subject: mood.subject,
    paragraphs: [greeting(feedback.locale), ...mood.paragraphs],
    values: {
      owner: firstName(feedback.owner),
      site: site.displayName,
      promise: formatDuration(site.respondWithin, feedback.locale),
    },
    signoff: words.signoff,
    footer: invitation
      ? [
          { text: words.review[0], label: words.review[1], url: invitation.reviewUrl },
          ...(invitation.unsubscribeUrl
            ? [{ text: words.unsubscribe[0], label: words.unsubscribe[1], url: invitation.unsubscribeUrl }]
            : []),
        ]
      : undefined,
  });
}
