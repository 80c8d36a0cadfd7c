/** Structured log fields; values must be JSON-serialisable. */
export type LogFields = Record<string, unknown>;

/** The logging the handlers need: one JSON object per line, which CloudWatch can query. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function errorFields(fields: LogFields | undefined): LogFields | undefined {
  if (!fields) return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) =>
      v instanceof Error ? [k, { name: v.name, message: v.message, stack: v.stack }] : [k, v],
    ),
  );
}

/** A logger writing JSON lines to a stream (stdout by default), with fixed service fields. */
export function jsonLogger(
  service: string,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const log = (level: string, message: string, fields?: LogFields) =>
    write(
      JSON.stringify({
        level,
        message,
        service,
        timestamp: new Date().toISOString(),
        ...errorFields(fields),
      }),
    );
  return {
    info: (m, f) => log('INFO', m, f),
    warn: (m, f) => log('WARN', m, f),
    error: (m, f) => log('ERROR', m, f),
  };
}

/** A logger that drops everything, for tests and quiet tools. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
