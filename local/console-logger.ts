import type { LogFields, Logger } from '../functions/commons/logger.ts';

/** Writes one finished log line. */
export type LineWriter = (line: string) => void;

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(`${value.name}: ${value.message}`);
  if (typeof value === 'string')
    return /^[\w./:@+-]+$/u.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Renders fields as `key=value` pairs, leaving out undefined ones. */
export function formatFields(fields: LogFields | undefined): string {
  return Object.entries(fields ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value)}`)
    .join(' ');
}

/**
 * A logger for a developer's terminal: `12:00:01.234 INFO  ingest  article indexed key=a.txt`.
 * The deployed functions log JSON for CloudWatch; locally, a line a person can scan is worth
 * more, and the same handler code writes both through the Logger port.
 */
export function consoleLogger(
  component: string,
  write: LineWriter = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const log = (level: string, message: string, fields?: LogFields) => {
    const time = new Date().toISOString().slice(11, 23);
    const rest = formatFields(fields);
    write(`${time} ${level.padEnd(5)} ${component.padEnd(7)} ${message}${rest ? ` ${rest}` : ''}`);
  };
  return {
    info: (message, fields) => log('INFO', message, fields),
    warn: (message, fields) => log('WARN', message, fields),
    error: (message, fields) => log('ERROR', message, fields),
  };
}
