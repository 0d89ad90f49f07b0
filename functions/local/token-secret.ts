import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the local stack keeps its data: `.data/` unless EARSHOT_DATA_DIR says otherwise. */
export const localDataDir = (env: Record<string, string | undefined>) => env.EARSHOT_DATA_DIR ?? '.data';

/** Locally the signing secret is made once and kept beside the data, so links survive restarts. */
export const tokenSecretFile = (dataDir: string) => join(dataDir, 'token-secret');

export function ensureLocalTokenSecret(dataDir: string): string {
  const file = tokenSecretFile(dataDir);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
