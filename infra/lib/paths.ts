import { fileURLToPath } from 'node:url';

/** The repository root: entry files, the lock file and the widget bundle are found from here. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
