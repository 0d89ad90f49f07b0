import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerProcess, startServer } from './lib/processes.ts';
import { load } from './measure/intake.ts';

/**
 * `npm run bench:profile [-- seconds]`: where the intake's CPU goes, next to the floor's. Both
 * servers run under `--cpu-prof`, loaded at 20 in flight in alternating one-second rounds (so that
 * the shared machine's noise hits both alike); each profile's samples from its own rounds are
 * summed by package (our own code by file) and divided by the submissions served. The difference
 * column is what Earshot costs beyond storing the body.
 */
const seconds = Number(process.argv[2] ?? 8);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Profiled {
  name: string;
  dir: string;
  server: ServerProcess<{ apiUrl: string; origin?: string; dynamodbUrl: string }>;
  /** [from, until] in µs of the monotonic clock V8 stamps its samples with. */
  windows: [bigint, bigint][];
  requests: number;
}

const micros = () => process.hrtime.bigint() / 1000n;

async function profiled(name: string): Promise<Profiled> {
  const dir = mkdtempSync(join(tmpdir(), `earshot-profile-${name}-`));
  const server = await startServer<Profiled['server']['info']>(`bench/servers/${name}.ts`, {}, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ]);
  await load(server.info, 20, 2);
  return { name, dir, server, windows: [], requests: 0 };
}

/** A package, a Node.js internal module, one of our files, or V8's own (GC, idle, program). */
function placeOf(frame: { functionName: string; url: string }): string {
  const pkg = frame.url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  if (frame.url.startsWith('node:'))
    return `node:${frame.url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  if (frame.url) return `ours: ${frame.url.split('/').slice(-2).join('/')}`;
  return frame.functionName || '(native)';
}

/** µs of CPU per request by place, over the server's own load windows only. */
function perRequest({ dir, windows, requests }: Profiled): Map<string, number> {
  // One file per thread (tsx's loader runs in a worker): the main thread's has thread id 0,
  // CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile.
  const main = readdirSync(dir).find((file) => file.split('.')[4] === '0');
  if (!main) throw new Error(`No main-thread profile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, main), 'utf8')) as Profile;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const frame = frames.get(id);
    if (!frame || !windows.some(([from, until]) => at >= from && at <= until)) return;
    const place = placeOf(frame);
    totals.set(place, (totals.get(place) ?? 0) + delta / requests);
  });
  return totals;
}

const servers = [await profiled('floor'), await profiled('earshot')];
for (let round = 0; round < seconds; round++) {
  for (const server of servers) {
    const from = micros();
    const { requests } = await load(server.server.info, 20, 1);
    server.windows.push([from, micros()]);
    server.requests += requests;
  }
}
for (const server of servers) await server.server.stop();
const [floor, earshot] = servers.map(perRequest) as [Map<string, number>, Map<string, number>];
for (const server of servers) rmSync(server.dir, { recursive: true, force: true });

const busy = (totals: Map<string, number>) =>
  [...totals].reduce((sum, [place, us]) => (place === '(idle)' ? sum : sum + us), 0);
const us = (value: number | undefined) => String(Math.round(value ?? 0));
console.log(
  `CPU per submission, 20 in flight, ${seconds} alternating 1 s rounds each: floor ${us(busy(floor))} µs ` +
    `(${servers[0]?.requests} served), Earshot ${us(busy(earshot))} µs (${servers[1]?.requests} served)\n`,
);
console.log('| where | floor µs | Earshot µs | difference |\n|---|---|---|---|');
const places = [...new Set([...floor.keys(), ...earshot.keys()])].filter((place) => place !== '(idle)');
const gap = (place: string) => (earshot.get(place) ?? 0) - (floor.get(place) ?? 0);
const visible = (place: string) => Math.max(floor.get(place) ?? 0, earshot.get(place) ?? 0) >= 5;
for (const place of places.filter(visible).sort((a, b) => gap(b) - gap(a))) {
  console.log(`| ${place} | ${us(floor.get(place))} | ${us(earshot.get(place))} | ${us(gap(place))} |`);
}
