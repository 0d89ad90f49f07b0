import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './lib/processes.ts';
import { load } from './measure/intake.ts';

/**
 * `npm run bench:profile -- [earshot|floor] [seconds]`: where an intake server's CPU goes. The
 * server runs under `--cpu-prof` at 20 in flight; the samples of the loaded window are summed by
 * package (or by file, for our own code) and divided by the requests served, so two servers, or two
 * versions of one, compare in microseconds of CPU per submission rather than in noisy latencies.
 */
const server = process.argv[2] ?? 'earshot';
const seconds = Number(process.argv[3] ?? 8);
const dir = mkdtempSync(join(tmpdir(), 'earshot-profile-'));

const running = await startServer<{ apiUrl: string; origin?: string; dynamodbUrl: string }>(
  `bench/servers/${server}.ts`,
  {},
  ['--cpu-prof', `--cpu-prof-dir=${dir}`],
);
await load(running.info, 20, 2);
const { requests, requestsPerSecond, p99 } = await load(running.info, 20, seconds);
await running.stop();

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
// The main thread's profile is the first one Node writes (workers, if any, follow).
const [first] = readdirSync(dir).sort();
const profile = JSON.parse(readFileSync(join(dir, first as string), 'utf8')) as Profile;
rmSync(dir, { recursive: true, force: true });

/** A package, a Node.js internal module, one of our files, or V8's own (GC, idle, program). */
function placeOf(frame: { functionName: string; url: string }): string {
  const pkg = frame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (frame.url.startsWith('node:'))
    return `node:${frame.url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  if (frame.url) return `ours: ${frame.url.split('/').slice(-2).join('/')}`;
  return frame.functionName || '(native)';
}
const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const perPlace = new Map<string, number>();
let at = profile.startTime;
const end = profile.timeDeltas.reduce((sum, delta) => sum + delta, profile.startTime);
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (at < end - seconds * 1e6) return; // start-up and warm-up
  const frame = nodes.get(id);
  if (!frame) return;
  const place = placeOf(frame);
  perPlace.set(place, (perPlace.get(place) ?? 0) + delta);
});

const busy = [...perPlace].reduce((sum, [place, us]) => (place === '(idle)' ? sum : sum + us), 0);
console.log(
  `${server}: ${requests} submissions in ${seconds} s (${requestsPerSecond} req/s, p99 ${p99} ms), ` +
    `${Math.round(busy / requests)} µs CPU each, ${Math.round((100 * busy) / (seconds * 1e6))} % busy\n`,
);
console.log('| µs per submission | where |\n|---|---|');
for (const [place, us] of [...perPlace].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`| ${Math.round(us / requests)} | ${place} |`);
}
