/** A byte-order mark at the start of a file, and the Unicode encoding it announces. */
export interface ByteOrderMark {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  length: number;
}

// UTF-32LE first: its mark begins with the UTF-16LE one.
const MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: ByteOrderMark['encoding'] }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The byte-order mark the bytes start with, or null. */
export function readByteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  for (const mark of MARKS) {
    if (mark.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: mark.encoding, length: mark.bytes.length };
    }
  }
  return null;
}

/** Share of characters with a NUL high byte (ASCII spaces, digits, punctuation) required. */
const MIN_ZERO_SHARE = 0.05;

/**
 * UTF-16 without a mark, recognised by its shape: in text, one byte of every pair takes very few
 * values (0x00 for ASCII, 0x04 for Cyrillic…) while the other varies. Returns null unless the
 * shape is unmistakable, so binary data with scattered NUL bytes is not taken for text.
 */
export function sniffUnmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 16) return null;
  const evenZeros = countZeros(sample, 0);
  const oddZeros = countZeros(sample, 1);
  // Spaces and punctuation put NUL high bytes even into Cyrillic text; letters never have NUL
  // low bytes.
  const minZeros = (sample.length / 2) * MIN_ZERO_SHARE;
  if (oddZeros >= minZeros && evenZeros === 0 && concentrated(sample, 1)) return 'utf-16le';
  if (evenZeros >= minZeros && oddZeros === 0 && concentrated(sample, 0)) return 'utf-16be';
  return null;
}

function countZeros(sample: Uint8Array, parity: number): number {
  let zeros = 0;
  for (let i = parity; i < sample.length; i += 2) if (sample[i] === 0) zeros++;
  return zeros;
}

// The high bytes of a UTF-16 text name its scripts' blocks: a handful of values cover nearly all.
function concentrated(sample: Uint8Array, parity: number): boolean {
  const counts = new Map<number, number>();
  for (let i = parity; i < sample.length; i += 2) {
    const b = sample[i] ?? 0;
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, 3);
  return top.reduce((sum, n) => sum + n, 0) >= (sample.length / 2) * 0.9;
}
