import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../domain/ports.ts';

/** Structured JSON lines through Powertools, locally and in Lambda alike. */
export function createLogger(serviceName = 'earshot'): Logger {
  const logger = new PowertoolsLogger({ serviceName });
  return {
    info: (message, attributes = {}) => logger.info(message, attributes),
    warn: (message, attributes = {}) => logger.warn(message, attributes),
    error: (message, attributes = {}) => logger.error(message, attributes),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
