import { iconvName } from './labels.ts';
import { legacyDecoders } from './legacy-decoders.ts';

/** Text decoded from bytes, with the number of invalid bytes that were replaced. */
export interface Transcoded {
  text: string;
  /** Invalid bytes or sequences replaced by U+FFFD. */
  errors: number;
}

const REPLACEMENT = '\ufffd';

/**
 * Decodes bytes in a known encoding with iconv-lite (loaded by `loadLegacyDecoders`). Invalid
 * bytes become U+FFFD and are counted, never fatal: one bad byte must not cost a whole article.
 */
export function transcode(bytes: Uint8Array, encoding: string): Transcoded {
  const text = legacyDecoders().decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    iconvName(encoding),
    {
      stripBOM: false,
    },
  );
  // Most texts hold no U+FFFD at all, and then the bytes need no second look.
  const replacements = countReplacements(text);
  return {
    text,
    errors:
      replacements === 0 ? 0 : Math.max(0, replacements - literalReplacements(bytes, encoding)),
  };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  return count;
}

// A U+FFFD that the file itself contains, correctly encoded, is text, not a decoding error.
const ENCODED_REPLACEMENT: Record<string, readonly number[]> = {
  'utf-8': [0xef, 0xbf, 0xbd],
  'utf-16le': [0xfd, 0xff],
  'utf-16be': [0xff, 0xfd],
  'utf-32le': [0xfd, 0xff, 0x00, 0x00],
  'utf-32be': [0x00, 0x00, 0xff, 0xfd],
};

function literalReplacements(bytes: Uint8Array, encoding: string): number {
  const pattern = ENCODED_REPLACEMENT[encoding];
  if (!pattern) return 0;
  const step = encoding === 'utf-8' ? 1 : pattern.length;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(pattern);
  let count = 0;
  for (let i = buffer.indexOf(needle); i !== -1; i = buffer.indexOf(needle, i + 1)) {
    if (i % step === 0) count++;
  }
  return count;
}
