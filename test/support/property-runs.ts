/**
 * How many cases a property test tries. CI (`.ci/run`) sets `PROPERTY_RUNS=full`, and every
 * property then runs the count its test asks for; a local run tries a fifth of it (at least 10),
 * so `npm test` stays quick while iterating. `PROPERTY_RUNS=<n>` caps every property at n cases.
 */
export function propertyRuns(full: number): number {
  const setting = process.env.PROPERTY_RUNS?.trim();
  if (setting === 'full') return full;
  if (setting === undefined || setting === '')
    return Math.min(full, Math.max(10, Math.round(full / 5)));
  const cap = Number(setting);
  if (!Number.isInteger(cap) || cap < 1) {
    throw new Error(`PROPERTY_RUNS must be "full" or a positive whole number, not "${setting}"`);
  }
  return Math.min(full, cap);
}
