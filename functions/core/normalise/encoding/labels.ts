import { legacyDecoders } from './legacy-decoders.ts';

// Labels as senders write them (HTML meta, HTTP headers, XML prologs, chardet) mapped to the name
// this pipeline reports. Latin-1 and ASCII labels mean windows-1252, as browsers read them
// (WHATWG Encoding): pages that say ISO-8859-1 use 0x80–0x9F for curly quotes and dashes.
const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  utf16: 'utf-16le',
  'utf-16': 'utf-16le',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  win1251: 'windows-1251',
  'win-1251': 'windows-1251',
  'windows-1251': 'windows-1251',
  koi8: 'koi8-r',
  koi8r: 'koi8-r',
  cskoi8r: 'koi8-r',
  'koi8-r': 'koi8-r',
  'koi8-ru': 'koi8-u',
  'koi8-u': 'koi8-u',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  '866': 'ibm866',
  csibm866: 'ibm866',
  'dos-866': 'ibm866',
  'iso-8859-5': 'iso-8859-5',
  iso88595: 'iso-8859-5',
  'iso_8859-5': 'iso-8859-5',
  cyrillic: 'iso-8859-5',
  csisolatincyrillic: 'iso-8859-5',
  'x-mac-cyrillic': 'x-mac-cyrillic',
  'mac-cyrillic': 'x-mac-cyrillic',
  maccyrillic: 'x-mac-cyrillic',
  'x-mac-ukrainian': 'x-mac-cyrillic',
  'kz-1048': 'kz-1048',
  kz1048: 'kz-1048',
  rk1048: 'kz-1048',
  'strk1048-2002': 'kz-1048',
  cskz1048: 'kz-1048',
  ptcp154: 'ptcp154',
  pt154: 'ptcp154',
  cp154: 'ptcp154',
  csptcp154: 'ptcp154',
  'cyrillic-asian': 'ptcp154',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1250: 'windows-1250',
  'windows-1250': 'windows-1250',
  cp1254: 'windows-1254',
  'windows-1254': 'windows-1254',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
};

// Reported names iconv-lite knows under another name.
const ICONV_NAMES: Record<string, string> = {
  'kz-1048': 'rk1048',
  ptcp154: 'pt154',
  ibm866: 'cp866',
  'x-mac-cyrillic': 'maccyrillic',
};

/**
 * The encoding a label names, in the form this pipeline reports, or null when iconv-lite cannot
 * decode it (an unknown or misspelt label is ignored rather than trusted). The usual labels
 * (`ALIASES`, each a name iconv-lite decodes) are answered without it; another label needs it
 * loaded (`loadLegacyDecoders`).
 */
export function encodingForLabel(label: string): string | null {
  const key = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (key === '') return null;
  const alias = ALIASES[key];
  if (alias !== undefined) return alias;
  return legacyDecoders().encodingExists(iconvName(key)) ? key : null;
}

/** Every encoding a usual label names (for the test that iconv-lite decodes each). */
export const ALIASED_ENCODINGS: readonly string[] = [...new Set(Object.values(ALIASES))];

/** The name iconv-lite decodes a reported encoding under. */
export function iconvName(encoding: string): string {
  return ICONV_NAMES[encoding] ?? encoding;
}
