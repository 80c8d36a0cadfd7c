import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  besideBundleCommand,
  INGEST_LAZY_CHUNKS,
  LANGUAGE_MODEL_FILE,
} from '../../infra/constructs/bundling.ts';
import { NodeFunction } from '../../infra/constructs/node-function.ts';
import { type PdfOutcome, handler as unbundled } from './pdf-bundle-entry.ts';
import { PROJECT_ROOT, resourcesOfType, TEST_ENV, testApp } from './synth.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/articles/files');

interface FunctionProperties {
  Code: { S3Key: string };
  Environment: { Variables: Record<string, string> };
}

// pdf.js once read PDFs on a developer's machine and threw `ReferenceError: DOMMatrix is not
// defined` on the first PDF in the Lambda: it took DOMMatrix from the native @napi-rs/canvas in
// node_modules, which a bundle does not have. So the real normalisation code is bundled here by
// NodeFunction itself, with the ingest function's options, into CDK's temporary directory outside
// the repository, and run by a bare `node` where no node_modules can be found.
describe('PDF reading in a function bundle', () => {
  let outdir = '';
  let bundle = '';
  let environment: Record<string, string> = {};

  beforeAll(() => {
    const app = testApp({ bundle: true });
    outdir = app.outdir;
    const stack = new Stack(app, 'PdfBundle', { env: TEST_ENV });
    // As the ingest pipeline bundles its function: the same chunks, the model beside them.
    new NodeFunction(stack, 'Reader', {
      lazyChunks: INGEST_LAZY_CHUNKS,
      afterBundling: (dir) => [besideBundleCommand(PROJECT_ROOT, LANGUAGE_MODEL_FILE, dir)],
      entry: 'test/infra/pdf-bundle-entry.ts',
      serviceName: 'pdf-bundle-test',
    });
    app.synth();
    const [fn] = Object.values(
      resourcesOfType<FunctionProperties>(Template.fromStack(stack), 'AWS::Lambda::Function'),
    );
    const hash = fn?.Properties.Code.S3Key.replace(/\.zip$/, '') ?? '';
    bundle = path.join(outdir, `asset.${hash}`, 'index.mjs');
    // Only what changes how Node runs the bundle (NODE_OPTIONS: source maps); nothing from here.
    const nodeOptions = fn?.Properties.Environment.Variables.NODE_OPTIONS;
    environment = nodeOptions === undefined ? {} : { NODE_OPTIONS: nodeOptions };
  });

  // A bundle is megabytes; leave no copy in the temporary directory.
  afterAll(() => {
    if (outdir !== '') rmSync(outdir, { recursive: true, force: true });
  });

  function runBundle(files: string[]): { outcomes: PdfOutcome[]; output: string } {
    const script = `
      const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
      process.stdout.write('\\n' + JSON.stringify(await handler({ files: ${JSON.stringify(files)} })));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
      cwd: path.dirname(bundle),
      encoding: 'utf8',
      timeout: 20_000,
      env: environment,
    });
    const output = `${child.stdout}${child.stderr}`;
    if (child.status !== 0) {
      // Node quotes the failing line of the minified bundle, megabytes long; the message is enough.
      const lines = output.split('\n').map((line) => line.slice(0, 300));
      throw new Error(`the bundle failed:\n${lines.join('\n')}`);
    }
    const last = child.stdout.trimEnd().split('\n').at(-1) ?? '';
    return { outcomes: JSON.parse(last) as PdfOutcome[], output };
  }

  it('keeps pdf.js out of the main file, in a chunk beside it read on the first PDF', () => {
    const chunk = path.join(path.dirname(bundle), 'pdfjs-chunk.mjs');
    expect(existsSync(chunk)).toBe(true);
    // One of pdf.js's own messages marks its code; the main file only imports the chunk.
    expect(readFileSync(chunk, 'utf8').includes('Invalid PDF binary data')).toBe(true);
    const main = readFileSync(bundle, 'utf8');
    expect(main.includes('Invalid PDF binary data')).toBe(false);
    expect(main.includes('import("./pdfjs-chunk.mjs")')).toBe(true);
    expect(statSync(chunk).size).toBeGreaterThan(1_000_000);
  });

  it('keeps mammoth out of the main file, in a chunk beside it read on the first document', () => {
    const chunk = path.join(path.dirname(bundle), 'docx-chunk.mjs');
    expect(readFileSync(chunk, 'utf8').includes('Could not find file in options')).toBe(true);
    const main = readFileSync(bundle, 'utf8');
    expect(main.includes('Could not find file in options')).toBe(false);
    expect(main.includes('import("./docx-chunk.mjs")')).toBe(true);
  });

  it('keeps iconv-lite out of the main file, in a chunk read on the first legacy code page', () => {
    const chunk = path.join(path.dirname(bundle), 'iconv-chunk.mjs');
    // iconv-lite's own message for an unknown encoding marks its code.
    expect(readFileSync(chunk, 'utf8').includes('Encoding not recognized: ')).toBe(true);
    const main = readFileSync(bundle, 'utf8');
    expect(main.includes('Encoding not recognized: ')).toBe(false);
    expect(main.includes('import("./iconv-chunk.mjs")')).toBe(true);
  });

  it('keeps linkedom and Readability out of the main file, in a chunk read on the first page', () => {
    const chunk = path.join(path.dirname(bundle), 'html-chunk.mjs');
    // Readability's own message for a wrong argument marks its code.
    const marker = 'First argument to Readability constructor should be a document object';
    expect(readFileSync(chunk, 'utf8').includes(marker)).toBe(true);
    const main = readFileSync(bundle, 'utf8');
    expect(main.includes(marker)).toBe(false);
    expect(main.includes('import("./html-chunk.mjs")')).toBe(true);
  });

  it('keeps the YAML parser out of the main file, in a chunk read on the first front matter', () => {
    const chunk = path.join(path.dirname(bundle), 'yaml-chunk.mjs');
    // One of yaml's own messages marks its code.
    const marker = 'Excessive alias count indicates a resource exhaustion attack';
    expect(readFileSync(chunk, 'utf8').includes(marker)).toBe(true);
    const main = readFileSync(bundle, 'utf8');
    expect(main.includes(marker)).toBe(false);
    expect(main.includes('import("./yaml-chunk.mjs")')).toBe(true);
  });

  it('has the language model beside the main file, as the ingest function reads it', () => {
    const model = path.join(path.dirname(bundle), 'lid.176.ftz');
    expect(statSync(model).size).toBe(statSync(path.join(PROJECT_ROOT, LANGUAGE_MODEL_FILE)).size);
  });

  it('is outside the repository, where neither pdf.js nor its native canvas resolves', () => {
    expect(existsSync(bundle)).toBe(true);
    expect(path.relative(PROJECT_ROOT, bundle).startsWith('..')).toBe(true);
    const require = createRequire(bundle);
    expect(() => require.resolve('pdfjs-dist')).toThrow();
    expect(() => require.resolve('@napi-rs/canvas')).toThrow();
  });

  it('reads the PDF fixtures as the unbundled code does', () => {
    const { outcomes, output } = runBundle(
      ['seed-001.pdf', 'scanned.pdf', 'encrypted.pdf', 'truncated.pdf'].map((f) =>
        path.join(FIXTURES, f),
      ),
    );
    // As `npx articles normalise test/fixtures/articles/files/seed-001.pdf` prints it.
    expect(outcomes).toEqual([
      {
        title: 'Central Asian Foreign Ministers Meet UK Members of Parliament in London',
        language: 'en',
        wordCount: 565,
        contentHash: 'a9c62eed2baa915c0432c2bd68880bf5601643af81954406589b873bd8827a9f',
      },
      { rejected: 'no-text-layer' },
      { rejected: 'encrypted' },
      { rejected: 'malformed' },
    ]);
    expect(output).not.toMatch(/DOMMatrix|fake worker/);
  });

  it('reads Word documents, web pages, Markdown and legacy code pages as the unbundled code does', async () => {
    const files = [
      'seed-000.docx',
      'seed-002.html',
      'seed-004.windows-1251.html',
      'cookie-wall.html',
      'seed-003.md',
      'lying-zip-bomb.docx',
      'seed-000.koi8-r.txt',
      'seed-003.windows-1251.txt',
      'seed-004.ibm866.txt',
    ].map((f) => path.join(FIXTURES, f));
    const { outcomes } = runBundle(files);
    expect(outcomes).toEqual(await unbundled({ files }));
    expect(outcomes.filter((outcome) => 'title' in outcome)).toHaveLength(7);
  });
});
