import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { feedbackBody } from '../lib/config.ts';
import { loopback } from '../lib/net.ts';
import { startServer } from '../lib/processes.ts';
import { median, round } from '../lib/stats.ts';

export interface LoadFigures {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

interface ServerInfo {
  apiUrl: string;
  origin?: string;
  dynamodbUrl: string;
}

/**
 * `connections` clients, each sending the next request as soon as the last is answered, for
 * `seconds`: the requests are bounded by time, and every body has a fresh clientRequestId as
 * the widget's have.
 */
export async function load(server: ServerInfo, connections: number, seconds: number): Promise<LoadFigures> {
  const headers = {
    'content-type': 'application/json',
    ...(server.origin ? { origin: server.origin } : {}),
  };
  const result = await autocannon({
    url: `${loopback(server.apiUrl)}/v1/feedback`,
    connections,
    duration: seconds,
    timeout: 10,
    method: 'POST',
    headers,
    requests: [
      { setupRequest: (request) => ({ ...request, body: JSON.stringify(feedbackBody(randomUUID())) }) },
    ],
  });
  const requests = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + Number(count), 0);
  return {
    connections,
    requestsPerSecond: round(requests / result.duration, 0),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export interface IntakeFigures {
  earshot: LoadFigures[];
  floor: LoadFigures[];
}

/** Rounds of one level pooled: all requests over all time; the median round's percentiles. */
function pool(runs: LoadFigures[]): LoadFigures {
  const byP99 = [...runs].sort((a, b) => a.p99 - b.p99);
  const middle = byP99[Math.floor((byP99.length - 1) / 2)] as LoadFigures;
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.requests / run.requestsPerSecond, 0);
  return {
    connections: middle.connections,
    requestsPerSecond: round(requests / seconds, 0),
    p50: median(runs.map((run) => run.p50)),
    p99: middle.p99,
    requests,
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/**
 * Earshot's intake and the bare floor, alternated round by round so that a noisy neighbour on
 * the shared machine hits both alike.
 */
export async function measureIntake(
  seconds: number,
  rounds: number,
  levels = [20, 100],
): Promise<IntakeFigures> {
  const earshot = await startServer<ServerInfo>('bench/servers/earshot.ts');
  const floor = await startServer<ServerInfo>('bench/servers/floor.ts');
  try {
    // Warm both up (JIT, connection pools, dynalite's first writes) before anything counts.
    await load(earshot.info, 20, 2);
    await load(floor.info, 20, 2);
    const figures: IntakeFigures = { earshot: [], floor: [] };
    for (const connections of levels) {
      const ours: LoadFigures[] = [];
      const theirs: LoadFigures[] = [];
      for (let round = 0; round < rounds; round++) {
        theirs.push(await load(floor.info, connections, seconds));
        ours.push(await load(earshot.info, connections, seconds));
      }
      figures.floor.push(pool(theirs));
      figures.earshot.push(pool(ours));
    }
    return figures;
  } finally {
    await earshot.stop();
    await floor.stop();
  }
}
