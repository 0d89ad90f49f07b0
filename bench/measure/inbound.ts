import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { hmacSigner } from '../../functions/adapters/crypto.ts';
import { parseInboundEmail } from '../../functions/adapters/inbound-mail.ts';
import { replyAddress } from '../../functions/domain/reply-address.ts';
import { BENCH_SECRET, benchConfig, feedbackBody } from '../lib/config.ts';
import { loopback } from '../lib/net.ts';
import { startServer } from '../lib/processes.ts';
import { median, percentile, round } from '../lib/stats.ts';

export interface InboundFigures {
  /** Parse time of each adversarial body (mailparser + cutting, as the listener runs it). */
  bodies: { name: string; bytes: number; medianMs: number; maxMs: number }[];
  /** The same for an ordinary top-posted reply: the reference measured in this run. */
  reference: { medianMs: number; maxMs: number };
  /** GET /health while nothing arrives, and while the adversarial bodies arrive over SMTP. */
  health: { idleP99: number; loadedP99: number; requests: number; mailsParsed: number };
}

const HEAD = (to: string, type = 'text/plain') =>
  `From: Kari Nordmann <kari@example.com>\r\nTo: ${to}\r\nSubject: Re: feedback\r\nMessage-ID: <${randomUUID()}@bench.example>\r\nContent-Type: ${type}; charset=utf-8\r\n\r\n`;

/** The bodies of issue 13 (the two backtracking patterns, 1 MB of `> ` lines) and a few more. */
function adversarialBodies(to: string): { name: string; raw: string }[] {
  const oneMb = 1024 * 1024 - 4096;
  return [
    { name: '`1234 from ‹` × 250, first line', raw: `${HEAD(to)}${'1234 from ‹'.repeat(250)}\r\nhei\r\n` },
    { name: '`Den … skrev` × 500', raw: `${HEAD(to)}Den ${'1. des. 2026 skrev '.repeat(500)}\r\nhei\r\n` },
    { name: '1 MB of `> ` lines', raw: `${HEAD(to)}${'> \r\n'.repeat(Math.floor(oneMb / 4))}` },
    { name: '1 MB, one line', raw: `${HEAD(to)}${'a'.repeat(oneMb)}\r\n` },
    {
      name: 'attribution-like lines × 20 000',
      raw: `${HEAD(to)}${'On 1 Dec 2026 at 14:05 x wrote\r\n'.repeat(20_000).slice(0, oneMb)}`,
    },
    { name: 'HTML, 1 MB of nested <div>', raw: `${HEAD(to, 'text/html')}${'<div>'.repeat(oneMb / 5)}` },
  ];
}

const ORDINARY = (to: string) =>
  `${HEAD(to)}Hei Nora, så leit! En ny pose er på vei i dag.\r\n\r\nKari\r\n\r\nFra: Fjordkaffe <feedback@example.com>\r\nSendt: tirsdag 1. desember 2026 14:05\r\nTil: Kari Nordmann <kari@example.com>\r\nEmne: Ny tilbakemelding\r\n\r\nSkriv svaret over denne linjen\r\n${'Kunden skrev: kaffen kom knust.\r\n'.repeat(40)}`;

async function timeParse(raw: string, runs: number): Promise<{ medianMs: number; maxMs: number }> {
  await parseInboundEmail(raw); // warm: the first call pays for JIT compilation, not for the input
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await parseInboundEmail(raw);
    times.push(performance.now() - started);
  }
  return { medianMs: round(median(times), 1), maxMs: round(Math.max(...times), 1) };
}

/** Sequential GET /health for `ms`, as a monitor would poll it; returns each latency. */
async function pollHealth(url: string, ms: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(url)).arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/**
 * Issue 13's hostile-mail figures: how long each adversarial body takes to parse, and whether the
 * API (which shares its process with the SMTP listener under `npm start`) stays responsive while
 * those bodies keep arriving.
 */
export async function measureInbound(seconds: number, runs: number): Promise<InboundFigures> {
  const server = await startServer<{ apiUrl: string; origin: string; smtpPort: number }>(
    'bench/servers/earshot.ts',
  );
  try {
    const api = loopback(server.info.apiUrl);
    const response = await fetch(`${api}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.info.origin },
      body: JSON.stringify(feedbackBody(randomUUID())),
    });
    const { id } = (await response.json()) as { id: string };
    const config = benchConfig(server.info.origin);
    const to = replyAddress(hmacSigner(BENCH_SECRET), config.inboundDomain, id, 'staff');
    const bodies = adversarialBodies(to);

    const parsed = [];
    for (const body of bodies) {
      parsed.push({ name: body.name, bytes: body.raw.length, ...(await timeParse(body.raw, runs)) });
    }
    const reference = await timeParse(ORDINARY(to), runs);

    const health = `${api}/health`;
    const idle = await pollHealth(health, seconds * 1000);
    let mailsParsed = 0;
    let sending = true;
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.info.smtpPort,
      secure: false,
      ignoreTLS: true,
    });
    const sender = (async () => {
      for (let n = 0; sending; n++) {
        const body = bodies[n % bodies.length];
        if (!body) break;
        // Each body as new mail (its own Message-ID), so none is set aside as a duplicate.
        const raw = body.raw.replace(/Message-ID: <[^>]+>/, `Message-ID: <${randomUUID()}@bench.example>`);
        await transport
          .sendMail({ envelope: { from: 'kari@example.com', to: [to] }, raw })
          .then(() => mailsParsed++)
          .catch(() => undefined);
      }
    })();
    const loaded = await pollHealth(health, seconds * 1000);
    sending = false;
    await sender;
    transport.close();
    return {
      bodies: parsed,
      reference,
      health: {
        idleP99: round(percentile(idle, 99), 1),
        loadedP99: round(percentile(loaded, 99), 1),
        requests: loaded.length,
        mailsParsed,
      },
    };
  } finally {
    await server.stop();
  }
}
