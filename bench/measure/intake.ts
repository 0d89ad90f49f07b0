import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { feedbackBody } from '../lib/config.ts';
import { loopback } from '../lib/net.ts';
import { startServer } from '../lib/processes.ts';
import { round } from '../lib/stats.ts';

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

/** Earshot's intake and the bare floor, alternated so that a noisy neighbour hits both alike. */
export async function measureIntake(seconds: number, levels = [20, 100]): Promise<IntakeFigures> {
  const earshot = await startServer<ServerInfo>('bench/servers/earshot.ts');
  const floor = await startServer<ServerInfo>('bench/servers/floor.ts');
  try {
    // Warm both up (JIT, connection pools, dynalite's first writes) before anything counts.
    await load(earshot.info, 20, 2);
    await load(floor.info, 20, 2);
    const figures: IntakeFigures = { earshot: [], floor: [] };
    for (const connections of levels) {
      figures.floor.push(await load(floor.info, connections, seconds));
      figures.earshot.push(await load(earshot.info, connections, seconds));
    }
    return figures;
  } finally {
    await earshot.stop();
    await floor.stop();
  }
}
