import { readByteOrderMark, sniffUnmarkedUtf16 } from './encoding/bom.ts';
import { declaredCharset, hasCharsetDeclaration } from './encoding/declared.ts';
import { detectLegacyEncoding, textScore } from './encoding/detect-encoding.ts';
import { loadLegacyDecoders } from './encoding/legacy-decoders.ts';
import { transcode } from './encoding/transcode.ts';
import { isDamagedUtf8, utf8Evidence } from './encoding/utf8.ts';

/** Text decoded from an object's bytes, with the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: string;
  /** Invalid bytes replaced by U+FFFD. */
  decodeErrors: number;
}

/**
 * A declared single-byte charset is overruled only when another candidate reads this much more
 * plausibly per character (Russian read as windows-1252 scores about 1.7 lower than as
 * windows-1251, the same text in its right code page 0): templates often declare windows-1252 over Russian text, and browsers
 * then show mojibake, but a declaration is evidence and is not second-guessed on a whim.
 */
const DECLARATION_OVERRULE_MARGIN = 1;

/**
 * Decodes article bytes as text, never failing. Order of evidence: a byte-order mark; the
 * declared charset (content type, XML prolog, HTML meta); strict UTF-8; a statistical guess
 * among plausible code pages. Two checks keep declarations honest: bytes that are valid,
 * non-ASCII UTF-8 are UTF-8 whatever a stale declaration says (a page re-saved by an editor),
 * and a declaration that reads as mojibake loses to a candidate that reads as text. Invalid
 * bytes are replaced and counted in `decodeErrors`.
 */
export async function decodeText(
  bytes: Uint8Array,
  contentType: string | null = null,
): Promise<DecodedText> {
  const plain = plainUtf8(bytes, contentType);
  if (plain) return plain;
  await loadLegacyDecoders();
  return decodeByEvidence(bytes, contentType);
}

/**
 * The text of bytes that the evidence below would read as UTF-8 and that are valid UTF-8, decoded
 * without iconv-lite, so that most files never load it (a chunk of its own in the function
 * bundle): after a UTF-8 byte-order mark; or with non-ASCII characters and no UTF-16 pattern,
 * whatever a declaration says; or pure ASCII with no declaration. Valid UTF-8 has one reading, so
 * the text is the one iconv-lite gives, and any U+FFFD in it is the file's own.
 */
function plainUtf8(bytes: Uint8Array, contentType: string | null): DecodedText | null {
  const mark = readByteOrderMark(bytes);
  if (mark && mark.encoding !== 'utf-8') return null;
  const body = mark ? bytes.subarray(mark.length) : bytes;
  if (!mark && sniffUnmarkedUtf16(bytes)) return null;
  const evidence = utf8Evidence(body);
  if (evidence.malformed > 0) return null;
  if (!mark && evidence.multiByte === 0 && hasCharsetDeclaration(bytes, contentType)) return null;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return { text, encoding: 'utf-8', decodeErrors: 0 };
}

function decodeByEvidence(bytes: Uint8Array, contentType: string | null): DecodedText {
  const mark = readByteOrderMark(bytes);
  if (mark) return decodeAs(bytes.subarray(mark.length), mark.encoding);
  const utf16 = sniffUnmarkedUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16);

  const evidence = utf8Evidence(bytes);
  const validUtf8 = evidence.malformed === 0;
  const declared = declaredCharset(bytes, contentType)?.encoding ?? null;
  if (declared === 'utf-8') {
    if (validUtf8 || isDamagedUtf8(evidence)) return decodeAs(bytes, 'utf-8');
    return decodeAs(bytes, detectLegacyEncoding(bytes));
  }
  if (declared && !(validUtf8 && evidence.multiByte > 0)) {
    const detected = detectLegacyEncoding(bytes);
    const overruled =
      detected !== declared &&
      textScore(bytes, detected) > textScore(bytes, declared) + DECLARATION_OVERRULE_MARGIN;
    return decodeAs(bytes, overruled ? detected : declared);
  }
  if (validUtf8 || isDamagedUtf8(evidence)) return decodeAs(bytes, 'utf-8');
  return decodeAs(bytes, detectLegacyEncoding(bytes));
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  const { text, errors } = transcode(bytes, encoding);
  return { text, encoding, decodeErrors: errors };
}
