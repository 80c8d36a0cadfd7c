/** One translated message of a gettext catalogue: the English original and its translation. */
export interface Message {
  original: string;
  translation: string;
}

const MAGIC_LE = 0x950412de;
const MAGIC_BE = 0xde120495;

/**
 * Reads a compiled gettext catalogue (`.mo`). Untranslated and fuzzy messages are never
 * compiled in, so every message is a human translation; the header entry is skipped, and of
 * plural forms only the first (singular) is kept.
 */
export function readMoFile(bytes: Uint8Array): Message[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  if (magic !== MAGIC_LE && magic !== MAGIC_BE) return [];
  const little = magic === MAGIC_LE;
  const count = view.getUint32(8, little);
  const originals = view.getUint32(12, little);
  const translations = view.getUint32(16, little);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const stringAt = (table: number, index: number): string => {
    const length = view.getUint32(table + index * 8, little);
    const offset = view.getUint32(table + index * 8 + 4, little);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  const messages: Message[] = [];
  for (let i = 0; i < count; i++) {
    const original = stringAt(originals, i);
    if (original === '') continue;
    // msgctxt is glued to msgid with EOT; plural forms are NUL-separated.
    const withoutContext = original.includes('\u0004') ? original.split('\u0004')[1] : original;
    messages.push({
      original: (withoutContext ?? '').split('\0')[0] ?? '',
      translation: stringAt(translations, i).split('\0')[0] ?? '',
    });
  }
  return messages;
}
