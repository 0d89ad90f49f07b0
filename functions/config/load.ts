import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { parseDuration } from '../domain/duration.ts';
import { configSchema, type EarshotConfig } from './schema.ts';
import { describeUnknownKey } from './unknown-keys.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the Earshot config once, at start. Lambda gets the same JSON through the
 * EARSHOT_CONFIG_JSON variable that the CDK stack sets from the very same file.
 */
export function loadConfig(
  env: Env = process.env,
  path = env.EARSHOT_CONFIG ?? 'earshot.config.json',
): EarshotConfig {
  const text = env.EARSHOT_CONFIG_JSON ?? readConfigFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseConfig(raw, env);
}

export function parseConfig(raw: unknown, env: Env = {}): EarshotConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    // An unknown key first: a misspelt required key also reports the real one as missing, and the
    // typo is the more helpful thing to show.
    const unknown = result.error.issues.find((issue) => issue.code === 'unrecognized_keys');
    const key = unknown?.code === 'unrecognized_keys' ? unknown.keys[0] : undefined;
    if (unknown !== undefined && key !== undefined)
      throw new ConfigError(describeUnknownKey(configSchema, unknown.path, key));
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new ConfigError(`config field "${field}": ${issue?.message ?? 'invalid'}`);
  }
  return applyEnvOverrides(result.data, env);
}

/** Demos and tests shorten clocks and lift limits for every site through these variables. */
function applyEnvOverrides(config: EarshotConfig, env: Env): EarshotConfig {
  const escalateAfter = durationVar(env, 'EARSHOT_ESCALATE_AFTER');
  const followUpAfter = durationVar(env, 'EARSHOT_FOLLOW_UP_AFTER');
  const rateLimit = integerVar(env, 'EARSHOT_RATE_LIMIT_PER_MINUTE');
  const ackLimit = integerVar(env, 'EARSHOT_ACK_LIMIT_PER_DAY');
  const ackBudget = integerVar(env, 'EARSHOT_ACK_BUDGET_PER_HOUR');
  const sendRate = integerVar(env, 'EARSHOT_MAX_SEND_RATE');
  const incident = {
    window: durationVar(env, 'EARSHOT_INCIDENT_WINDOW'),
    threshold: integerVar(env, 'EARSHOT_INCIDENT_THRESHOLD'),
    updateEvery: durationVar(env, 'EARSHOT_INCIDENT_UPDATE_EVERY'),
  };
  return {
    ...config,
    tokenSecret: env.EARSHOT_TOKEN_SECRET ?? config.tokenSecret,
    publicUrl: env.EARSHOT_PUBLIC_URL ?? config.publicUrl,
    ackLimitPerDay: ackLimit ?? config.ackLimitPerDay,
    maxSendRate: sendRate || config.maxSendRate,
    sites: config.sites.map((site) => ({
      ...site,
      escalateAfter: escalateAfter ?? site.escalateAfter,
      urgentEscalateAfter: escalateAfter ?? site.urgentEscalateAfter,
      followUpAfter: followUpAfter ?? site.followUpAfter,
      rateLimitPerMinute: rateLimit ?? site.rateLimitPerMinute,
      ackBudgetPerHour: ackBudget ?? site.ackBudgetPerHour,
      incident: {
        window: incident.window ?? site.incident.window,
        threshold: Math.max(2, incident.threshold ?? site.incident.threshold),
        updateEvery: incident.updateEvery ?? site.incident.updateEvery,
      },
    })),
  };
}

function durationVar(env: Env, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  if (parseDuration(value) === undefined)
    throw new ConfigError(`${name} must be an ISO-8601 duration, e.g. PT4H`);
  return value;
}

function integerVar(env: Env, name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const parsed = z.coerce.number().check(z.int(), z.gte(0)).safeParse(value);
  if (!parsed.success) throw new ConfigError(`${name} must be a whole number ≥ 0`);
  return parsed.data;
}

function readConfigFile(path: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch {
    throw new ConfigError(`config file ${path} could not be read (set EARSHOT_CONFIG to its path)`);
  }
}
