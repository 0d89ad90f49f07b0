import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Locale, SiteConfig } from '../../config/schema.ts';
import { verifyAction } from '../../domain/action-token.ts';
import {
  answerIncident,
  type IncidentActionDeps,
  resolveWholeIncident,
  separateReport,
} from '../../domain/incident-answer.ts';
import { activeMembers } from '../../domain/incident-members.ts';
import type { Signer } from '../../domain/reply-address.ts';
import { findPerson } from '../../domain/routing.ts';
import { LinkError } from '../../domain/staff-actions.ts';
import { fill } from '../../emails/format.ts';
import { describeShares } from '../../emails/incident-shares.ts';
import { MessagePage } from '../pages/case-pages.tsx';
import { Layout } from '../pages/layout.tsx';

const INCIDENT_ACTIONS = new Set(['incident', 'incident-resolve', 'separate']);

const words: Record<Locale, Record<string, string>> = {
  nb: {
    title: 'Hendelse: {count} kunder om det samme',
    shares: 'Dette har de felles: {shares}.',
    answer: 'Ditt svar til alle',
    answerHelp: 'Hver kunde får svaret i en egen e-post, i sin egen samtale, fra {sender}.',
    send: 'Send til alle',
    resolveTitle: 'Merke alle {count} sakene som løst?',
    resolveHelp: 'Hver kunde får så den vanlige oppfølgingen: «Fikk vi det til?»',
    resolve: 'Merk alle som løst',
    separateTitle: 'Er dette et annet problem?',
    separateHelp: 'Meldingen tas ut av hendelsen og blir varslet som en egen sak.',
    separate: 'Ja, ta den ut',
    done: 'Ferdig',
    sent: 'Svaret ditt sendes nå til hver kunde, én og én.',
    duplicate: 'Dette svaret er allerede sendt.',
    resolved: 'Hendelsen er løst. Sakene merkes som løst, én og én.',
    separated: 'Meldingen er tatt ut og varsles som en egen sak.',
    unchanged: 'Ingenting å endre: det er allerede gjort.',
    rejected: 'Svaret var tomt, eller lenken hører ikke til deg.',
  },
  da: {
    title: 'Hændelse: {count} kunder om det samme',
    shares: 'Det her har de til fælles: {shares}.',
    answer: 'Dit svar til alle',
    answerHelp: 'Hver kunde får svaret i sin egen mail, i sin egen samtale, fra {sender}.',
    send: 'Send til alle',
    resolveTitle: 'Markér alle {count} sager som løst?',
    resolveHelp: 'Hver kunde får derefter den sædvanlige opfølgning: "Lykkedes det?"',
    resolve: 'Markér alle som løst',
    separateTitle: 'Er det her et andet problem?',
    separateHelp: 'Beskeden tages ud af hændelsen og bliver meldt som en sag for sig.',
    separate: 'Ja, tag den ud',
    done: 'Færdig',
    sent: 'Dit svar sendes nu til hver kunde, én ad gangen.',
    duplicate: 'Det svar er allerede sendt.',
    resolved: 'Hændelsen er løst. Sagerne markeres som løst, én ad gangen.',
    separated: 'Beskeden er taget ud og bliver meldt som en sag for sig.',
    unchanged: 'Intet at ændre: det er allerede gjort.',
    rejected: 'Svaret var tomt, eller linket hører ikke til dig.',
  },
  sv: {
    title: 'Händelse: {count} kunder om samma sak',
    shares: 'Det här har de gemensamt: {shares}.',
    answer: 'Ditt svar till alla',
    answerHelp: 'Varje kund får svaret i ett eget mejl, i sin egen konversation, från {sender}.',
    send: 'Skicka till alla',
    resolveTitle: 'Markera alla {count} ärenden som lösta?',
    resolveHelp: 'Varje kund får sedan den vanliga uppföljningen: ”Blev det bra?”',
    resolve: 'Markera alla som lösta',
    separateTitle: 'Är det här ett annat problem?',
    separateHelp: 'Meddelandet tas ut ur händelsen och aviseras som ett eget ärende.',
    separate: 'Ja, ta ut det',
    done: 'Klart',
    sent: 'Ditt svar skickas nu till varje kund, en i taget.',
    duplicate: 'Det här svaret är redan skickat.',
    resolved: 'Händelsen är löst. Ärendena markeras som lösta, ett i taget.',
    separated: 'Meddelandet är uttaget och aviseras som ett eget ärende.',
    unchanged: 'Inget att ändra: det är redan gjort.',
    rejected: 'Svaret var tomt, eller så hör länken inte till dig.',
  },
  en: {
    title: 'Incident: {count} customers on the same problem',
    shares: 'What they share: {shares}.',
    answer: 'Your answer to everyone',
    answerHelp: 'Each customer gets it in an email of their own, in their own conversation, from {sender}.',
    send: 'Send to everyone',
    resolveTitle: 'Mark all {count} cases as resolved?',
    resolveHelp: 'Each customer then gets the usual check-in: "Did we make it right?"',
    resolve: 'Mark all as resolved',
    separateTitle: 'Is this a different problem?',
    separateHelp: 'The report leaves the incident and is alerted as a case of its own.',
    separate: 'Yes, take it out',
    done: 'Done',
    sent: 'Your answer is on its way to each customer, one by one.',
    duplicate: 'This answer has already been sent.',
    resolved: 'The incident is resolved. Its cases are being resolved one by one.',
    separated: 'The report is out of the incident and is alerted on its own.',
    unchanged: 'Nothing to change: it is already done.',
    rejected: 'The answer was empty, or the link is not yours.',
  },
};

export type IncidentPageDeps = IncidentActionDeps & { signer: Signer };

/**
 * The incident's signed links, served under the same `/a/<token>` as every one-click link. GET
 * only shows a page (mail scanners prefetch links); the page's form POSTs. Returns undefined for
 * a link that is not an incident's, so the case routes handle it.
 */
export async function incidentLink(c: Context, deps: IncidentPageDeps): Promise<Response | undefined> {
  const check = verifyAction(deps.signer, c.req.param('token') ?? '', deps.clock.now());
  if (!check.ok || !INCIDENT_ACTIONS.has(check.claims.a)) return undefined;
  const { claims } = check;
  const feedback = claims.a === 'separate' ? await deps.store.get(claims.f) : undefined;
  const incident = await deps.incidents.get(
    claims.a === 'separate' ? (feedback?.incident?.id ?? '') : claims.f,
  );
  const siteId = feedback?.siteId ?? incident?.siteId;
  const site = deps.config.sites.find((candidate) => candidate.id === siteId);
  if (!site || (claims.a !== 'separate' && !incident)) throw new LinkError('not-found');
  const person = findPerson(site, claims.p);
  if (!person) throw new LinkError('invalid');
  const locale = site.defaultLocale;
  const t = words[locale];
  const done = (message: string) =>
    c.html(<MessagePage locale={locale} title={t.done ?? ''} message={message} />);

  if (c.req.method === 'POST') {
    if (claims.a === 'separate')
      return done((await separateReport(claims.f, deps)) ? (t.separated ?? '') : (t.unchanged ?? ''));
    if (claims.a === 'incident-resolve')
      return done(
        (await resolveWholeIncident(claims.f, person.email, deps)) ? (t.resolved ?? '') : (t.unchanged ?? ''),
      );
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const text = typeof form.answer === 'string' ? form.answer : '';
    // The same words posted twice from the same link (a double click, a resent form) are one answer.
    const messageId = `page:${claims.n}:${createHash('sha256').update(text.trim()).digest('hex').slice(0, 16)}`;
    const outcome = await answerIncident(claims.f, { from: person.email, text, messageId }, deps);
    const message = outcome === 'relayed' ? t.sent : outcome === 'duplicate' ? t.duplicate : t.rejected;
    return c.html(
      <MessagePage locale={locale} title={t.done ?? ''} message={message ?? ''} />,
      outcome === 'rejected' ? 400 : 200,
    );
  }

  if (claims.a === 'separate') {
    if (!feedback?.incident) return done(t.unchanged ?? '');
    return c.html(
      <Layout lang={locale} title={t.separateTitle ?? ''}>
        <blockquote>{feedback.message}</blockquote>
        <p>{t.separateHelp}</p>
        <form method="post">
          <button type="submit">{t.separate}</button>
        </form>
      </Layout>,
    );
  }
  const members = await activeMembers(claims.f, deps);
  const values = {
    count: String(members.length),
    sender: site.sender,
    shares: incident ? describeShares(incident, locale) : '',
  };
  if (claims.a === 'incident-resolve') {
    return c.html(
      <Layout lang={locale} title={fill(t.resolveTitle ?? '', values)}>
        <p>{t.resolveHelp}</p>
        <form method="post">
          <button type="submit">{t.resolve}</button>
        </form>
      </Layout>,
    );
  }
  return c.html(
    <IncidentPage
      site={site}
      values={values}
      t={t}
      excerpts={members.slice(0, 20).map((member) => member.excerpt)}
    />,
  );
}

function IncidentPage(props: {
  site: SiteConfig;
  values: Record<string, string>;
  t: Record<string, string>;
  excerpts: string[];
}) {
  const { t, values } = props;
  return (
    <Layout lang={props.site.defaultLocale} title={fill(t.title ?? '', values)}>
      <p>{fill(t.shares ?? '', values)}</p>
      <section>
        {props.excerpts.map((excerpt) => (
          <blockquote>{excerpt}</blockquote>
        ))}
      </section>
      <form method="post">
        <label for="answer">{t.answer}</label>
        <textarea id="answer" name="answer" rows={8} required />
        <p class="meta">{fill(t.answerHelp ?? '', values)}</p>
        <button type="submit">{t.send}</button>
      </form>
    </Layout>
  );
}
