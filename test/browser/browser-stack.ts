import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  BUCKET,
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
} from '../../local/stack.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
/** Screenshots of every test, for a person to look at (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/browser', import.meta.url));

/** Where Debian installs Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides it. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      "no Chromium found: install Debian's (apt-get install chromium) or set CHROMIUM_PATH",
    );
  }
  return found;
}

/** The local stack with the seeds and the extra articles, and a Chromium to look at it with. */
export interface BrowserStack {
  stack: LocalStack;
  browser: Browser;
  /** A fresh browser profile: its own history, storage and languages. */
  context(options?: { locale?: string; width?: number; height?: number }): Promise<BrowserContext>;
  /** Saves a screenshot of the page under test-output/browser/. */
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the local stack on free ports in a temporary directory, puts `extra`, and Chromium;
 * `jwt` puts the stack's API behind a JWT authorizer, as on a `jwt` stage.
 */
export async function startBrowserStack(
  extra: Record<string, string>,
  { jwt }: Pick<LocalStackOptions, 'jwt'> = {},
): Promise<BrowserStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'search-page-'));
  const stack = await startLocalStack({
    dataDir,
    apiPort: 0,
    s3Port: 0,
    seedsDir: SEEDS_DIR,
    ...(jwt ? { jwt } : {}),
  });
  const s3 = new S3Client({
    endpoint: stack.s3Url,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: 'browser', secretAccessKey: 'browser' },
  });
  try {
    await stack.drained();
    for (const [key, body] of Object.entries(extra)) {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
    }
    await stack.drained();
  } finally {
    s3.destroy();
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // Containers and CI runners seldom allow Chromium's user-namespace sandbox.
    args: ['--no-sandbox'],
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    stack,
    browser,
    context: ({ locale = 'en-US', width = 1200, height = 900 } = {}) =>
      browser.newContext({ locale, viewport: { width, height }, baseURL: stack.apiUrl }),
    screenshot: async (page, name) => {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    stop: async () => {
      await browser.close();
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
