import { ConfigError } from '../core/errors.ts';
import * as z from '../core/zod.ts';

/** Reads a required environment variable once, failing start-up with its name if it is unset. */
export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ConfigError(`environment variable ${name} is required but not set`);
  }
  return value;
}

/** Reads an optional environment variable, or the fallback when it is unset or empty. */
export function optionalEnv(
  name: string,
  fallback: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value;
}

/**
 * Reads an optional environment variable holding JSON, checked against a schema: undefined when
 * unset or empty, a {@link ConfigError} naming the variable when it is not JSON or not valid.
 */
export function jsonEnv<T>(
  name: string,
  schema: z.core.$ZodType<T>,
  env: NodeJS.ProcessEnv = process.env,
): T | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`environment variable ${name} is not JSON`);
  }
  const result = z.safeParse(schema, parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(
      `environment variable ${name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return result.data;
}
