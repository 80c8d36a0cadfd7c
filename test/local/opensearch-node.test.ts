import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureInstalled } from '../../local/opensearch/distribution.ts';
import { parseHeap, parsePort, startNode } from '../../local/opensearch/node.ts';
import { requireJava, requireMaven } from '../../local/opensearch/prerequisites.ts';

// `npm run opensearch` on a machine that is not ready for it: each problem is one line saying
// what to do, and that Docker is the other way. (Starting a real node is the cluster suites'.)
describe('the local OpenSearch node, before it starts', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'node-tool-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** A folder holding one executable script. */
  async function fakeTool(name: string, script: string): Promise<string> {
    const bin = join(dir, `${name}-bin`, 'bin');
    await mkdir(bin, { recursive: true });
    await writeFile(join(bin, name), `#!/bin/sh\n${script}\n`);
    await chmod(join(bin, name), 0o755);
    return bin;
  }

  it('says how to get Java when there is none', async () => {
    const lookup = requireJava({ PATH: join(dir, 'nothing') });

    await expect(lookup).rejects.toThrow(/^java not found: install a JDK .*Docker/);
  });

  it('refuses a Java without the security manager OpenSearch 2 needs, naming OPENSEARCH_JAVA_HOME', async () => {
    const bin = await fakeTool('java', 'echo \'openjdk version "25.0.1" 2025-10-21\' >&2');

    const lookup = requireJava({ PATH: '', JAVA_HOME: join(bin, '..') });

    await expect(lookup).rejects.toThrow(
      /is Java 25: set OPENSEARCH_JAVA_HOME to a JDK 17.*Docker/,
    );
  });

  it('says how to get Maven when the first download needs it', async () => {
    await expect(requireMaven({ PATH: join(dir, 'nothing') })).rejects.toThrow(
      /^mvn not found: .*apt-get install maven.*Docker/,
    );
  });

  it('reports a failed download in one line, with what Maven said', async () => {
    const mvn = await fakeTool(
      'mvn',
      'echo "[ERROR] Failed to execute goal: Could not transfer artifact org.opensearch:x"; exit 1',
    );

    const install = ensureInstalled({
      env: {
        ...process.env,
        PATH: `${mvn}${delimiter}${process.env.PATH}`,
        ARTICLE_SEARCH_CACHE: join(dir, 'cache'),
      },
    });

    await expect(install).rejects.toThrow(
      /^could not download OpenSearch 2\.19\.6 through Maven: Failed to execute goal: Could not transfer artifact org\.opensearch:x; check that Maven Central is reachable .*Docker/,
    );
  });

  it('refuses a port already in use before downloading or starting anything', async () => {
    const busy: Server = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;

    const start = startNode({ port, dataDir: dir, heap: '512m', env: { PATH: '' } });

    await expect(start).rejects.toThrow(
      `port ${port} on 127.0.0.1 is in use (another OpenSearch?): stop it or set OPENSEARCH_PORT to a free port`,
    );
    await new Promise((done) => busy.close(done));
  });

  it('keeps the heap within 1 GiB and the port a port', () => {
    expect(parseHeap('512m')).toBe('512m');
    expect(parseHeap('1g')).toBe('1024m');
    expect(() => parseHeap('2g')).toThrow(
      'OPENSEARCH_HEAP must be from 256m to 1g (e.g. 512m), got "2g"',
    );
    expect(parsePort('9201')).toBe(9201);
    expect(() => parsePort('http')).toThrow('OPENSEARCH_PORT must be a port number, got "http"');
  });
});
