import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../functions/cli/main.ts';
import type { Clock } from '../../functions/domain/ports.ts';
import { TEST_SECRET } from './stack.ts';

/** A data folder holding the test stack's token secret, as `npm start` would leave it. */
export function cliDataDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(path, 'token-secret'), TEST_SECRET);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The CLI in this process, as `main(argv, io)`: fast, and it sees the given environment only. */
export async function runCli(argv: string[], env: Record<string, string>, clock?: Clock) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    ...(clock ? { clock } : {}),
  });
  return { code, stdout, stderr };
}

/** The CLI pointed at a running test stack's stand-ins, optionally on the test's clock. */
export function stackCli(
  stack: { dynamodbUrl: string; sesUrl: string },
  dataDir: () => string | undefined,
  clock?: Clock,
) {
  return (...argv: string[]) =>
    runCli(
      argv,
      { DYNAMODB_ENDPOINT: stack.dynamodbUrl, SES_ENDPOINT: stack.sesUrl, EARSHOT_DATA_DIR: dataDir() ?? '' },
      clock,
    );
}
