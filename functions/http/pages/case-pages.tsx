import type { Locale, SiteConfig } from '../../config/schema.ts';
import type { Action } from '../../domain/action-token.ts';
import type { Feedback, Person } from '../../domain/feedback.ts';
import { firstName, sitePeople } from '../../domain/routing.ts';
import { triageHeadline } from '../../domain/triage/headline.ts';
import { CHECK_IN_ANSWERS } from '../../emails/check-in-answers.ts';
import { quoted } from '../../emails/format.ts';
import { threadLines } from '../../emails/thread.ts';
import { fillIn, pageCopy } from './copy.ts';
import { Layout } from './layout.tsx';

function CaseSummary(props: { feedback: Feedback; site: SiteConfig; locale: Locale }) {
  const t = pageCopy[props.locale];
  const { feedback, site } = props;
  const lines = threadLines(feedback, props.locale, site.timeZone);
  return (
    <>
      <section aria-labelledby="case">
        {feedback.triage && feedback.triage.level !== 'normal' && (
          <p class="notice" role="note">
            {triageHeadline(feedback.triage, props.locale)}:{' '}
            {feedback.triage.reasons.map((reason) => quoted(reason.phrase, props.locale)).join(', ')}
          </p>
        )}
        <h2 id="case">{fillIn(t.rating, { rating: String(feedback.rating) })}</h2>
        <blockquote>{feedback.message}</blockquote>
        {feedback.desiredOutcome && (
          <>
            <h2>{t.wants}</h2>
            <blockquote>{feedback.desiredOutcome}</blockquote>
          </>
        )}
        <p>
          <strong>{t.contact}:</strong>{' '}
          {feedback.email ? [feedback.name, feedback.email].filter(Boolean).join(' · ') : t.noContact}
          <br />
          <strong>{t.status}:</strong> {t.statuses[feedback.status]} · {feedback.owner.name}
        </p>
      </section>
      <section aria-labelledby="thread">
        <h2 id="thread">{t.thread}</h2>
        <ol>
          {lines.map((line) => (
            <li>
              <div class="meta">
                {line.at} · <strong>{line.who}</strong>
                {line.note ? ` · ${line.note}` : ''}
              </div>
              <div style="white-space:pre-wrap">{line.text}</div>
              {line.original ? (
                <details>
                  <summary>{line.originalLabel}</summary>
                  <div style="white-space:pre-wrap">{line.original}</div>
                </details>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The confirmation page behind a staff link: shows the case; only its form's POST acts. */
export function StaffActionPage(props: {
  action: Action;
  feedback: Feedback;
  site: SiteConfig;
  person?: Person;
}) {
  const { action, feedback, site } = props;
  const locale = site.defaultLocale;
  const t = pageCopy[locale];
  const title =
    action === 'claim'
      ? t.claimTitle
      : action === 'resolve'
        ? t.resolveTitle
        : action === 'reassign'
          ? t.reassignTitle
          : t.viewTitle;
  const colleagues = sitePeopleExcept(site, feedback.owner.email);
  return (
    <Layout lang={locale} title={`${title} – ${fillIn(t.caseTitle, { site: site.displayName })}`}>
      {action !== 'view' && (
        <form method="post" class="card">
          {action === 'claim' && <p>{t.claimIntro}</p>}
          {action === 'resolve' && (
            <>
              <p>{t.resolveIntro}</p>
              <label for="note">{t.note}</label>
              <textarea id="note" name="note" rows={3} maxlength={2000} />
            </>
          )}
          {action === 'reassign' && (
            <>
              <p>{t.reassignIntro}</p>
              <label for="to">{t.reassignTo}</label>
              <select id="to" name="to" required>
                {colleagues.map((person) => (
                  <option value={person.email}>{person.name}</option>
                ))}
              </select>
            </>
          )}
          <button type="submit">
            {action === 'claim' ? t.claimButton : action === 'resolve' ? t.resolveButton : t.reassignButton}
          </button>
        </form>
      )}
      <CaseSummary feedback={feedback} site={site} locale={locale} />
    </Layout>
  );
}

function sitePeopleExcept(site: SiteConfig, email: string): Person[] {
  return sitePeople(site).filter((person) => person.email.toLowerCase() !== email.toLowerCase());
}

/**
 * The customer's page behind a check-in answer or "unsubscribe". Its title is the answer the link
 * stands for, and its one button sends it: the email promised exactly that one press.
 */
export function CustomerActionPage(props: {
  action: Action;
  feedback: Feedback;
  site: SiteConfig;
  /** The check-in's other answer, so a wrong press in the email costs nothing. */
  otherUrl?: string;
}) {
  const { action, feedback, site } = props;
  const t = pageCopy[feedback.locale];
  const values = { owner: firstName(feedback.claimedBy ?? feedback.owner), site: site.displayName };
  const answers = CHECK_IN_ANSWERS[feedback.locale];
  const title =
    action === 'unsubscribe' ? t.unsubscribeTitle : action === 'checkin-yes' ? answers.yes : answers.no;
  return (
    <Layout lang={feedback.locale} title={title}>
      <form method="post" class="card">
        {action === 'unsubscribe' ? (
          <p>{fillIn(t.unsubscribeIntro, values)}</p>
        ) : (
          <>
            <p>{fillIn(action === 'checkin-yes' ? t.yesIntro : t.noIntro, values)}</p>
            <label for="comment">{fillIn(t.comment, values)}</label>
            <textarea id="comment" name="comment" rows={4} maxlength={2000} />
          </>
        )}
        <button type="submit">{action === 'unsubscribe' ? t.unsubscribeButton : t.send}</button>
      </form>
      {props.otherUrl && (
        <p>
          {t.wrongAnswer} <a href={props.otherUrl}>{action === 'checkin-yes' ? answers.no : answers.yes}</a>
        </p>
      )}
      <p class="meta">{site.displayName}</p>
    </Layout>
  );
}

export function MessagePage(props: { locale: Locale; title: string; message: string }) {
  return (
    <Layout lang={props.locale} title={props.title}>
      <p class="notice" role="status">
        {props.message}
      </p>
    </Layout>
  );
}
