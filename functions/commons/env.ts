import { ConfigError } from '../core/errors.ts';

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
