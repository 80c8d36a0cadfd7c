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

/**
 * The smallest sequencer newer than `sequencer` (one more, as a hex number of the same width,
 * one digit wider on overflow). An event made up to correct the index after the fact carries
 * it: it wins over what the index holds for the key, and loses to any later real event.
 */
export function nextSequencer(sequencer: string): string {
  const digits = sequencer.toUpperCase().split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    const value = Number.parseInt(digits[i] ?? '0', 16);
    if (value < 15) {
      digits[i] = (value + 1).toString(16).toUpperCase();
      return digits.join('');
    }
    digits[i] = '0';
  }
  return `1${digits.join('')}`;
}
