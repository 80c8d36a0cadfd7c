/**
 * Orders two S3 `sequencer` values for the same key: negative when `a` is older, positive
 * when newer, zero when equal. Sequencers are hex strings of varying length; S3 documents
 * that the shorter one is left-padded with zeros and the two then compared lexicographically,
 * i.e. as hex numbers (they may exceed 64 bits, so they are never parsed into a number).
 */
export function compareSequencers(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  const width = Math.max(x.length, y.length);
  const px = x.padStart(width, '0');
  const py = y.padStart(width, '0');
  return px < py ? -1 : px > py ? 1 : 0;
}

/** True when the string is a non-empty hex sequencer. */
export function isSequencer(value: string): boolean {
  return /^[0-9A-Fa-f]+$/.test(value);
}
