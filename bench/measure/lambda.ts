import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type LambdaEntry, lambdaBuildOptions, lambdaEntries } from '../../infra/lib/handlers.ts';
import { repoRoot } from '../../infra/lib/paths.ts';
import { median, round } from '../lib/stats.ts';

const outRoot = join(repoRoot, 'bench/tmp/lambda');

export interface BundleFigures {
  name: LambdaEntry | 'sdk-floor';
  bytes: number;
  gzipBytes: number;
  /** Median over the samples of a full cold init: module graph, config, clients, the secret fetched. */
  initMs: number;
  /** Median time to load and evaluate the module graph alone, failing fast before any I/O. */
  graphMs: number;
}

/** Bundles every Lambda entry with the stack's own esbuild settings, as `cdk deploy` would. */
async function bundle(name: LambdaEntry): Promise<string> {
  const outfile = join(outRoot, name, 'index.mjs');
  await build({ ...lambdaBuildOptions(name), outfile, logLevel: 'silent' });
  return outfile;
}

// Runs in a fresh `node` (no tsx, no loader hooks): the import alone is timed, not Node's start-up.
const PROBE = `
const started = performance.now();
let error;
try { await import(process.env.BENCH_MODULE); } catch (e) { error = String(e && e.message || e); }
process.stdout.write(JSON.stringify({ ms: performance.now() - started, error }));
process.exit(0);
`;

function probe(file: string, env: Record<string, string>): Promise<{ ms: number; error?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', PROBE], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', BENCH_MODULE: pathToFileURL(file).href, ...env },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`import probe of ${file} printed ${out}`));
      }
    });
  });
}

/** Answers GetSecretValue on loopback, so that a cold init can complete without AWS. */
async function secretsStub() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(
        JSON.stringify({
          ARN: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:earshot-token',
          Name: 'earshot-token',
          SecretString: 'bench-secret-0123456789abcdef0123456789abcdef',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Size of each function bundle and its cold import in a fresh Node process, `samples` times,
 * interleaved across functions so that a burst of noise hits all of them. The reference does only
 * the SDK work every function's cold start must do: load the DynamoDB and Secrets Manager clients
 * (the Lambda runtime ships them) and fetch the secret. The two HTTP functions (api, the intake,
 * and pages) load nothing more; the senders add SES, inbound adds S3 and mailparser.
 */
export async function measureLambdas(samples: number): Promise<BundleFigures[]> {
  mkdirSync(outRoot, { recursive: true });
  const floorFile = join(outRoot, 'sdk-floor.mjs');
  // The SDK work no function can skip: load the two clients every one of them uses and, for a
  // full cold init, fetch the token secret, exactly as `awsRuntime()` does.
  writeFileSync(
    floorFile,
    [
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';",
      'new DynamoDBClient({});',
      'if (process.env.TABLE_NAME)',
      '  await new SecretsManagerClient({}).send(',
      '    new GetSecretValueCommand({ SecretId: process.env.TOKEN_SECRET_ARN }),',
      '  );',
    ].join('\n'),
  );
  const files = new Map<BundleFigures['name'], string>([['sdk-floor', floorFile]]);
  for (const name of lambdaEntries) files.set(name, await bundle(name));

  const stub = await secretsStub();
  const aws = {
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_SECRETS_MANAGER: stub.url,
  };
  const full = {
    ...aws,
    TABLE_NAME: 'earshot',
    TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-north-1:000000000000:secret:earshot-token',
    EARSHOT_CONFIG_JSON: readFileSync(join(repoRoot, 'earshot.config.json'), 'utf8'),
    INBOUND_BUCKET: 'bench',
  };
  const init = new Map<string, number[]>();
  const graph = new Map<string, number[]>();
  try {
    for (let sample = 0; sample < samples; sample++) {
      for (const [name, file] of files) {
        const complete = await probe(file, full);
        if (complete.error) throw new Error(`${name} failed its cold init: ${complete.error}`);
        init.set(name, [...(init.get(name) ?? []), complete.ms]);
        // Without TABLE_NAME the entry's top-level awsServices() throws before any I/O.
        const failFast = await probe(file, aws);
        graph.set(name, [...(graph.get(name) ?? []), failFast.ms]);
      }
    }
  } finally {
    await stub.close();
  }
  return [...files].map(([name, file]) => {
    const code = readFileSync(file);
    return {
      name,
      bytes: statSync(file).size,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      initMs: round(median(init.get(name) ?? [])),
      graphMs: round(median(graph.get(name) ?? [])),
    };
  });
}
