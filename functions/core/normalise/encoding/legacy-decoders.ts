/** iconv-lite, as `transcode` and `encodingForLabel` use it. */
export type LegacyDecoders = typeof import('iconv-lite');

let loaded: LegacyDecoders | undefined;
let loading: Promise<LegacyDecoders> | undefined;

/**
 * Loads iconv-lite once: a module of its own (iconv-chunk.mjs), which the function bundle reads
 * when the first file that is not plain UTF-8 or ASCII arrives (see `decodeText`).
 */
export function loadLegacyDecoders(): Promise<LegacyDecoders> {
  loading ??= import('./iconv-chunk.mjs').then((chunk) => {
    loaded = chunk.iconv;
    return chunk.iconv;
  });
  return loading;
}

/** iconv-lite, once `loadLegacyDecoders` has loaded it; a bug to ask for it before. */
export function legacyDecoders(): LegacyDecoders {
  if (loaded === undefined) {
    throw new Error('iconv-lite was used before loadLegacyDecoders() loaded it');
  }
  return loaded;
}
