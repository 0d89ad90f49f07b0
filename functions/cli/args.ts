import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Bad input on the command line: one line to the operator, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Where the CLI talks to: every command takes these. */
export const connectionOptions = {
  table: { type: 'string' },
  region: { type: 'string' },
  'secret-arn': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

export const CONNECTION_HELP = [
  'Where (local stack by default):',
  "  --table NAME        a deployed stack's table (with AWS credentials from the environment)",
  '  --region REGION     its AWS region',
  "  --secret-arn ARN    the stack's token secret in Secrets Manager (export, erase need it)",
  '  Locally: DynamoDB at DYNAMODB_ENDPOINT (default http://localhost:8000), table earshot,',
  '  secret from $EARSHOT_DATA_DIR/token-secret (default .data), SES at SES_ENDPOINT (:8005).',
];

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** node:util parseArgs in strict mode, with its errors turned into one readable line. */
export function parse(command: string, args: string[], options: OptionsConfig): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...connectionOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    // Node's own messages are long; the first sentence names the problem.
    const first = (error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '') ?? 'bad arguments';
    throw new UsageError(`${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  }
}

export function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: --${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** `2026-11-01`, an ISO date-time, or a span back from now: `7d`, `24h`. */
export function parseSince(
  command: string,
  value: string | boolean | undefined,
  now: Date,
): Date | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const span = /^(\d{1,4})([dh])$/.exec(text);
  if (span) return new Date(now.getTime() - Number(span[1]) * (span[2] === 'd' ? 86_400_000 : 3_600_000));
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const parsed = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw new UsageError(
    `${command}: --since must be a date (2026-11-01), a date-time or a span (7d, 24h), not "${text}"`,
  );
}

export function positiveInteger(command: string, option: string, value: string | boolean | undefined) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value) && number > 0) return number;
  throw new UsageError(`${command}: --${option} must be a whole number above 0, not "${value}"`);
}

export function exactlyOne(command: string, what: string, positionals: string[]): string {
  const [first, ...rest] = positionals;
  if (first === undefined || first === '')
    throw new UsageError(`${command}: which ${what}? (earshot ${command} <${what}>)`);
  if (rest.length > 0) throw new UsageError(`${command}: one ${what} at a time, got ${positionals.length}`);
  return first;
}

export function none(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument "${positionals[0]}"`);
}
