import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';

/** Structured log fields; values must be JSON-serialisable (errors are serialised for you). */
export type LogFields = Record<string, unknown>;

/** The logging the handlers need: one JSON object per line, which CloudWatch can query. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that also stamps each line with the current Lambda invocation. */
export interface LambdaLogger extends Logger {
  /** Adds the request id, function name and cold-start flag to every following line. */
  addContext(context: Context): void;
}

// Keys Powertools writes itself; a field with one of these names would be dropped with a
// warning, so it is kept under a prefixed name instead (`message` -> `field_message`).
const RESERVED_KEYS = new Set(['level', 'message', 'sampling_rate', 'service', 'timestamp']);

function withoutReservedKeys(fields: LogFields | undefined): LogFields {
  if (fields === undefined) return {};
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) =>
      RESERVED_KEYS.has(key) ? [`field_${key}`, value] : [key, value],
    ),
  );
}

/**
 * A Powertools logger behind the {@link Logger} port: JSON lines on stdout with level, message,
 * service, timestamp, the Lambda context once added, the X-Ray trace id, and the fields. The level
 * comes from `POWERTOOLS_LOG_LEVEL` (default INFO).
 */
export function jsonLogger(service: string): LambdaLogger {
  const logger = new PowertoolsLogger({ serviceName: service });
  return {
    info: (message, fields) => logger.info(message, withoutReservedKeys(fields)),
    warn: (message, fields) => logger.warn(message, withoutReservedKeys(fields)),
    error: (message, fields) => logger.error(message, withoutReservedKeys(fields)),
    addContext: (context) => logger.addContext(context),
  };
}

/** A logger that drops everything, for tests and quiet tools. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
