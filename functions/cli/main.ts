import { createInterface } from 'node:readline/promises';
import { ConfigError } from '../config/load.ts';
import {
  PermanentSendError,
  TransientSendError,
  UnknownSiteError,
  ValidationError,
} from '../domain/errors.ts';
import { CONNECTION_HELP, parse, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { breaker } from './commands/breaker.ts';
import { digest } from './commands/digest.ts';
import { list, show } from './commands/feedback.ts';
import { incidents } from './commands/incidents.ts';
import { erase, exportCommand } from './commands/privacy.ts';
import type { CliIo } from './context.ts';
import { UnreachableError } from './context.ts';

const COMMANDS: Command[] = [list, show, incidents, exportCommand, erase, digest, breaker];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: earshot <command> [options]     (earshot <command> --help for its options)',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    ...CONNECTION_HELP,
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    ...command.details,
    '',
    ...CONNECTION_HELP,
    '',
  ].join('\n');
}

/** The whole CLI as a function: tests call it in-process, `bin/earshot.js` through `runCli`. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : overview());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}" (earshot --help lists them)`);
    const parsed = parse(command.name, rest, command.options);
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    const { message, code } = explain(error, io);
    io.stderr.write(`earshot: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
    return code;
  }
}

/** Every failure becomes one line and an exit code; stack traces are for bugs, not for operators. */
function explain(error: unknown, io: CliIo): { message: string; code: number } {
  const err = error as Error & { code?: string; errors?: { code?: string }[] };
  if (error instanceof UsageError) return { message: error.message, code: 2 };
  if (error instanceof ConfigError) return { message: error.message, code: 2 };
  if (error instanceof TransientSendError || error instanceof PermanentSendError) {
    return { message: `not sent: ${error.message}`, code: 1 };
  }
  // Unknown site, not an email address: the input was wrong, and the domain said why.
  if (error instanceof UnknownSiteError || error instanceof ValidationError) {
    return { message: error.message, code: 2 };
  }
  if (error instanceof UnreachableError) return { message: error.message, code: 1 };
  const code = err.code ?? err.errors?.[0]?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const endpoint = io.env.DYNAMODB_ENDPOINT ?? 'http://localhost:8000';
    return {
      message: `cannot reach DynamoDB at ${endpoint}: is the local stack running (npm start)? DYNAMODB_ENDPOINT points elsewhere; --table and --region reach a deployed stack`,
      code: 1,
    };
  }
  if (err.name === 'ResourceNotFoundException') {
    return { message: `the table does not exist there: ${err.message}`, code: 1 };
  }
  if (err.name === 'CredentialsProviderError') {
    return { message: `no AWS credentials found (${err.message})`, code: 1 };
  }
  return { message: `${err.name ?? 'Error'}: ${err.message ?? String(error)}`, code: 1 };
}

/** The process around `main`: real streams, the real environment, a prompt only at a terminal. */
export async function runCli(argv = process.argv.slice(2)): Promise<number> {
  // Earshot targets Node 20 on purpose; the SDK's multi-line notice about Node 22 would bury the
  // one line the operator needs. An explicit setting in the environment still wins.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const confirm = process.stdin.isTTY
    ? async (question: string) => {
        const prompt = createInterface({ input: process.stdin, output: process.stderr });
        try {
          return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
        } finally {
          prompt.close();
        }
      }
    : undefined;
  return main(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, confirm });
}
