import type { ParseArgsConfig } from 'node:util';
import type { Parsed } from './args.ts';
import type { CliIo } from './context.ts';

export interface Command {
  name: string;
  /** One line for `earshot --help`. */
  summary: string;
  usage: string;
  /** The command's own options and notes, for `earshot <command> --help`. */
  details: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit code. */
  run(parsed: Parsed, io: CliIo): Promise<number>;
}
