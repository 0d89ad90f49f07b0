import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../domain/ports.ts';
import { redact, redactText } from './log-redaction.ts';

/**
 * Structured JSON lines through Powertools, locally and in Lambda alike. Every line passes the
 * redaction first: whoever logs a path or an address, no token or reply address is written.
 */
export function createLogger(serviceName = 'earshot'): Logger {
  const logger = new PowertoolsLogger({ serviceName });
  const clean = (attributes: Record<string, unknown>) => redact(attributes) as Record<string, unknown>;
  return {
    info: (message, attributes = {}) => logger.info(redactText(message), clean(attributes)),
    warn: (message, attributes = {}) => logger.warn(redactText(message), clean(attributes)),
    error: (message, attributes = {}) => logger.error(redactText(message), clean(attributes)),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
