/** iconv-lite, the decoders of every legacy code page the pipeline reads. */
export const iconv: typeof import('iconv-lite');
