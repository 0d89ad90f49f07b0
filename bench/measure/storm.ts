import { randomUUID } from 'node:crypto';
import { startSesStandIn } from '../../functions/local/stand-ins.ts';
import { startTestStack } from '../../tests/helpers/stack.ts';
import { startSesRecorder } from '../lib/ses-recorder.ts';
import { percentile, round } from '../lib/stats.ts';

export interface StormFigures {
  similar: number;
  unrelated: number;
  seconds: number;
  sendRate: number;
  non2xx: number;
  /** Every email to the owner, and those about the storm (its own alerts and the incident's). */
  ownerEmails: number;
  ownerEmailsAboutStorm: number;
  emails: number;
  /** From the first submission to the last email accepted by SES. */
  drainSeconds: number;
  /** What the send rate allows at best: emails ÷ rate. */
  idealSeconds: number;
  /** Submit → alert of the unrelated urgent complaints, sent while the backlog drains. */
  urgentAlertP50: number;
  urgentAlertMax: number;
  urgentAlerted: number;
}

const OWNER = 'kari@example.com';
const STORM = [
  'The payment failed at checkout, my card was declined twice.',
  'Checkout is broken: payment declined although my card works everywhere else.',
  'I could not pay, the card payment keeps failing on the checkout page.',
];
/** Twenty unrelated products, each complaint threatening to go public in one of five ways. */
const PRODUCTS = [
  'grinder rattles',
  'kettle leaks',
  'espresso tastes burnt',
  'filter papers tore',
  'mug arrived cracked',
  'teapot lid missing',
  'scale shows nonsense',
  'tamper bent',
  'carafe chipped',
  'thermos lost heat',
  'frother died',
  'dripper warped',
  'capsules jammed',
  'syrup crystallised',
  'chocolate melted',
  'biscuits crumbled',
  'voucher rejected',
  'apron faded',
  'subscription doubled',
  'sugar clumped',
];
const THREATS = [
  'Going to Forbrukerrådet.',
  'I am calling my lawyer.',
  'I will post this on Facebook tonight.',
  'Reporting this to the consumer ombudsman.',
  'Everyone on Instagram will hear about this.',
];

/**
 * Issue 15's storm: `similar` complaints about one broken checkout within `seconds`, and
 * `unrelated` urgent complaints about other things spread among them, through the local stack
 * with sends paced at `sendRate` a second against a recording SES stand-in.
 */
export async function measureStorm(options: {
  similar: number;
  unrelated: number;
  seconds: number;
  sendRate: number;
}): Promise<StormFigures> {
  const ses = await startSesStandIn({ port: 0 });
  const recorder = await startSesRecorder(ses.url);
  const t = await startTestStack({
    sesEndpoint: recorder.url,
    pollIntervalMs: 100,
    env: {
      EARSHOT_INCIDENT_THRESHOLD: '5',
      EARSHOT_MAX_SEND_RATE: String(options.sendRate),
      EARSHOT_ACK_BUDGET_PER_HOUR: '100000',
    },
  });
  const post = async (body: Record<string, unknown>) => {
    const response = await t.post({
      siteId: 'demo',
      rating: 1,
      locale: 'en',
      clientRequestId: randomUUID(),
      ...body,
    });
    return {
      status: response.status,
      id: response.status === 202 ? ((await response.json()) as { id: string }).id : '',
    };
  };
  try {
    const total = options.similar + options.unrelated;
    const every = Math.max(1, Math.round(options.similar / options.unrelated));
    const started = performance.now();
    const urgentPosted = new Map<string, number>();
    const pending: Promise<{ status: number; id: string }>[] = [];
    let similar = 0;
    let unrelated = 0;
    for (let i = 0; i < total; i++) {
      // Paced arrivals: the i-th submission leaves at its share of the whole span.
      const due = started + (i / total) * options.seconds * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (unrelated < options.unrelated && (i + 1) % (every + 1) === 0) {
        const n = unrelated++;
        const at = performance.now();
        pending.push(
          post({
            message: `The ${PRODUCTS[n % PRODUCTS.length]}. ${THREATS[n % THREATS.length]}`,
            pageUrl: `${t.origin}/products/${n}`,
            email: `other${n}@example.org`,
          }).then((result) => {
            if (result.id) urgentPosted.set(result.id, at);
            return result;
          }),
        );
      } else if (similar < options.similar) {
        const n = similar++;
        pending.push(
          post({
            message: STORM[n % STORM.length],
            pageUrl: `${t.origin}/checkout`,
            email: `storm${n}@example.org`,
          }),
        );
      }
    }
    const results = await Promise.all(pending);
    const expected = results.filter((result) => result.status === 202).length + urgentPosted.size + 6;
    // Drained: every customer acknowledged and every owner email out, and then quiet for 3 s.
    let quietSince = performance.now();
    let seen = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (recorder.sends.length !== seen) {
        seen = recorder.sends.length;
        quietSince = performance.now();
      } else if (seen >= expected - 6 && performance.now() - quietSince > 3000) break;
      if (performance.now() - started > 30 * 60_000) break;
    }
    const sends = recorder.sends;
    const owner = sends.filter((send) => send.to.includes(OWNER));
    const isAbout = (id: string) => (send: { replyTo: string[] }) =>
      send.replyTo.some((address) => address.includes(`.${id}.`));
    const latencies = [...urgentPosted].flatMap(([id, at]) => {
      const alert = owner.find(isAbout(id));
      return alert ? [alert.at - at] : [];
    });
    const aboutUnrelated = (send: { replyTo: string[] }) =>
      [...urgentPosted.keys()].some((id) => isAbout(id)(send));
    const last = sends[sends.length - 1]?.at ?? started;
    return {
      similar: options.similar,
      unrelated: options.unrelated,
      seconds: options.seconds,
      sendRate: options.sendRate,
      non2xx: results.filter((result) => result.status !== 202).length,
      ownerEmails: owner.length,
      ownerEmailsAboutStorm: owner.filter((send) => !aboutUnrelated(send)).length,
      emails: sends.length,
      drainSeconds: round((last - started) / 1000, 1),
      idealSeconds: round(sends.length / options.sendRate, 1),
      urgentAlertP50: round(percentile(latencies, 50)),
      urgentAlertMax: round(Math.max(0, ...latencies)),
      urgentAlerted: latencies.length,
    };
  } finally {
    await t.stop();
    await recorder.close();
    await ses.close();
  }
}
