import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Decode from '../../functions/core/normalise/decode.ts';
import type * as LegacyDecoders from '../../functions/core/normalise/encoding/legacy-decoders.ts';
import type * as Transcode from '../../functions/core/normalise/encoding/transcode.ts';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

// The unit tier shares modules between the files of a worker (vitest.config.ts), and another
// file may have loaded iconv-lite already: this one loads the decoder and its lazy loader
// afresh, so iconv-lite starts unloaded here; the order of the tests below is the order of a
// cold start's files.
let decodeText: typeof Decode.decodeText;
let legacyDecoders: typeof LegacyDecoders.legacyDecoders;
let transcode: typeof Transcode.transcode;
beforeAll(async () => {
  vi.resetModules();
  ({ decodeText } = await import('../../functions/core/normalise/decode.ts'));
  ({ legacyDecoders } = await import('../../functions/core/normalise/encoding/legacy-decoders.ts'));
  ({ transcode } = await import('../../functions/core/normalise/encoding/transcode.ts'));
});

describe('decodeText without iconv-lite', () => {
  it('reads plain UTF-8 and undeclared ASCII without loading iconv-lite', async () => {
    await expect(decodeText(utf8('Министр иностранных дел'))).resolves.toEqual({
      text: 'Министр иностранных дел',
      encoding: 'utf-8',
      decodeErrors: 0,
    });
    // Valid UTF-8 with other letters is UTF-8 whatever its declaration says.
    await decodeText(utf8('<meta charset="windows-1251"><p>Астана</p>'), 'text/html');
    await decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('after a mark')]));
    await decodeText(utf8('Plain English, no declaration.'));
    expect(() => legacyDecoders()).toThrow(/before loadLegacyDecoders/);
  });

  it('loads iconv-lite for a legacy code page, and for ASCII that declares a charset', async () => {
    const koi8 = new Uint8Array(iconv.encode('Министр иностранных дел провел встречу', 'koi8-r'));
    await expect(decodeText(koi8)).resolves.toMatchObject({ encoding: 'koi8-r' });
    expect(legacyDecoders()).toBeDefined();
    await expect(
      decodeText(utf8('<meta charset="iso-8859-5"><p>ASCII only</p>')),
    ).resolves.toMatchObject({
      encoding: 'iso-8859-5',
      text: '<meta charset="iso-8859-5"><p>ASCII only</p>',
    });
  });

  it('gives for any valid UTF-8 the text and count iconv-lite gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        const bytes = utf8(text);
        const decoded = await decodeText(bytes);
        if (decoded.encoding !== 'utf-8') return; // read as UTF-16 or a code page: not this path
        const reference = transcode(bytes, 'utf-8');
        expect(decoded).toEqual({
          text: reference.text,
          encoding: 'utf-8',
          decodeErrors: reference.errors,
        });
      }),
    );
  });
});
