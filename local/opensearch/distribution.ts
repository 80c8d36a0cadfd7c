import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import {
  type JavaRuntime,
  NodeToolError,
  requireJava,
  requireJdkTools,
  requireMaven,
} from './prerequisites.ts';

const run = promisify(execFile);

/**
 * The OpenSearch the deployed domains run (`infra/constructs/search-domain.ts`: 2.19), newest
 * 2.19 patch whose runtime still accepts Java 17's security manager.
 */
export const OPENSEARCH_VERSION = '2.19.6';
const LUCENE_VERSION = '9.12.3';
const ICU4J_VERSION = '74.2';

/**
 * Bumped whenever what `install` lays out changes, so an older cached copy is rebuilt rather
 * than trusted.
 */
const LAYOUT = 1;

interface MavenArtifact {
  groupId: string;
  artifactId: string;
  version: string;
  type?: 'jar' | 'zip';
}

const os = (artifactId: string, groupId = 'org.opensearch.plugin'): MavenArtifact => ({
  groupId,
  artifactId,
  version: OPENSEARCH_VERSION,
});

/** The minimal runnable distribution, without a JDK and with only the netty transport. */
const DISTRIBUTION: MavenArtifact = {
  ...os('opensearch', 'org.opensearch.distribution.integ-test-zip'),
  type: 'zip',
};

/** A module the full distribution ships and the integ-test zip lacks, assembled from its jars. */
interface Module {
  name: string;
  description: string;
  classname: string;
  extends?: string;
  /** Its jar and the libraries it needs beyond the server's own `lib/`. */
  jars: MavenArtifact[];
  /** As upstream's plugin-security.policy. */
  policy?: string;
}

const httpClientJars: MavenArtifact[] = [
  os('opensearch-rest-client', 'org.opensearch.client'),
  os('opensearch-ssl-config', 'org.opensearch'),
  { groupId: 'org.apache.httpcomponents', artifactId: 'httpclient', version: '4.5.14' },
  { groupId: 'org.apache.httpcomponents', artifactId: 'httpcore', version: '4.4.16' },
  { groupId: 'org.apache.httpcomponents', artifactId: 'httpasyncclient', version: '4.1.5' },
  { groupId: 'org.apache.httpcomponents', artifactId: 'httpcore-nio', version: '4.4.16' },
  { groupId: 'commons-codec', artifactId: 'commons-codec', version: '1.18.0' },
  { groupId: 'commons-logging', artifactId: 'commons-logging', version: '1.2' },
];

const asm = (artifactId: string): MavenArtifact => ({
  groupId: 'org.ow2.asm',
  artifactId,
  version: '9.7',
});

// What the adapter needs: analysis-common (snowball, mapping, lowercase, asciifolding),
// reindex (`articles reindex`) and painless (which analysis-common extends, and a reindex
// that fills a new field uses).
const MODULES: Module[] = [
  {
    name: 'lang-painless',
    description: 'An easy, safe and fast scripting language for OpenSearch',
    classname: 'org.opensearch.painless.PainlessPlugin',
    jars: [
      os('lang-painless'),
      os('opensearch-scripting-painless-spi'),
      { groupId: 'org.antlr', artifactId: 'antlr4-runtime', version: '4.13.1' },
      asm('asm'),
      asm('asm-util'),
      asm('asm-tree'),
      asm('asm-commons'),
      asm('asm-analysis'),
    ],
    policy: [
      'grant {',
      '  permission java.lang.RuntimePermission "createClassLoader";',
      '  permission java.lang.RuntimePermission "getClassLoader";',
      '};',
    ].join('\n'),
  },
  {
    name: 'analysis-common',
    description: 'Adds "built in" analyzers to OpenSearch.',
    classname: 'org.opensearch.analysis.common.CommonAnalysisPlugin',
    extends: 'lang-painless',
    jars: [os('analysis-common')],
  },
  {
    name: 'reindex',
    description: 'The Reindex module adds APIs to reindex from one index to another.',
    classname: 'org.opensearch.index.reindex.ReindexPlugin',
    jars: [os('reindex-client'), ...httpClientJars],
    policy: ['grant {', '  permission java.net.SocketPermission "*", "connect";', '};'].join('\n'),
  },
];

/**
 * `icu_folding`, as analysis-icu provides it. OpenSearch does not publish its core plugins'
 * zips on Maven Central (opensearch-project/OpenSearch#16656), so the plugin is compiled here
 * from one small file around Lucene's own ICUFoldingFilter.
 */
const ICU_PLUGIN = {
  name: 'analysis-icu-folding',
  description: 'icu_folding (Lucene ICUFoldingFilter), as analysis-icu registers it',
  classname: 'org.articlesearch.opensearch.icu.IcuFoldingPlugin',
  source: fileURLToPath(new URL('./icu-folding/IcuFoldingPlugin.java', import.meta.url)),
  jars: [
    { groupId: 'org.apache.lucene', artifactId: 'lucene-analysis-icu', version: LUCENE_VERSION },
    { groupId: 'com.ibm.icu', artifactId: 'icu4j', version: ICU4J_VERSION },
  ] satisfies MavenArtifact[],
};

/** Where downloads and the unpacked node live: outside the repository, shared by checkouts. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ARTICLE_SEARCH_CACHE) return env.ARTICLE_SEARCH_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'article-search');
}

/** A node ready to run: its home directory and the Java it runs on. */
export interface Installation {
  home: string;
  java: JavaRuntime;
  version: string;
}

const jarName = (a: MavenArtifact) => `${a.artifactId}-${a.version}.${a.type ?? 'jar'}`;

function artifactItem(a: MavenArtifact, outputDirectory: string): string {
  return [
    '<artifactItem>',
    `<groupId>${a.groupId}</groupId><artifactId>${a.artifactId}</artifactId>`,
    `<version>${a.version}</version><type>${a.type ?? 'jar'}</type>`,
    `<outputDirectory>${outputDirectory}</outputDirectory>`,
    '</artifactItem>',
  ].join('');
}

/** A throwaway POM whose only job is `dependency:copy` of every artifact into its folder. */
function downloadPom(downloads: string): string {
  const items = [
    artifactItem(DISTRIBUTION, downloads),
    ...MODULES.flatMap((m) => m.jars.map((a) => artifactItem(a, join(downloads, m.name)))),
    ...ICU_PLUGIN.jars.map((a) => artifactItem(a, join(downloads, ICU_PLUGIN.name))),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.article-search</groupId>
  <artifactId>opensearch-node</artifactId>
  <version>${OPENSEARCH_VERSION}</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId>
    <artifactId>maven-dependency-plugin</artifactId>
    <version>3.8.1</version>
    <configuration><artifactItems>${items.join('\n')}</artifactItems></configuration>
  </plugin></plugins></build>
</project>
`;
}

async function download(mvn: string, work: string): Promise<string> {
  const downloads = join(work, 'downloads');
  const pom = join(work, 'pom.xml');
  await writeFile(pom, downloadPom(downloads));
  try {
    await run(mvn, ['-B', '-q', '-f', pom, 'dependency:copy'], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : '';
    const first = output.split('\n').find((line) => line.includes('[ERROR]')) ?? String(error);
    throw new NodeToolError(
      `could not download OpenSearch ${OPENSEARCH_VERSION} through Maven: ${first.replace('[ERROR] ', '').trim()}; check that Maven Central is reachable (mvn -v, ~/.m2/settings.xml) or run the Docker command in functions/adapters/opensearch/README.md`,
    );
  }
  return downloads;
}

/** Unpacks the zip, keeping the executable bits `bin/` needs. */
async function unpack(zipFile: string, into: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(zipFile));
  const root = `opensearch-${OPENSEARCH_VERSION}/`;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !entry.name.startsWith(root)) continue;
    const target = join(into, entry.name.slice(root.length));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
    const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions & 0o777 : 0;
    if (mode & 0o111 || entry.name.startsWith(`${root}bin/`)) await chmod(target, 0o755);
  }
  return into;
}

function descriptor(p: { name: string; description: string; classname: string; extends?: string }) {
  return [
    `description=${p.description}`,
    `version=${OPENSEARCH_VERSION}`,
    `name=${p.name}`,
    `classname=${p.classname}`,
    'java.version=11',
    `opensearch.version=${OPENSEARCH_VERSION}`,
    'custom.foldername=',
    `extended.plugins=${p.extends ?? ''}`,
    'has.native.controller=false',
    '',
  ].join('\n');
}

async function addModules(home: string, downloads: string): Promise<void> {
  for (const module of MODULES) {
    const dir = join(home, 'modules', module.name);
    await rename(join(downloads, module.name), dir);
    await writeFile(join(dir, 'plugin-descriptor.properties'), descriptor(module));
    if (module.policy) await writeFile(join(dir, 'plugin-security.policy'), `${module.policy}\n`);
  }
}

async function addIcuPlugin(home: string, downloads: string, java: JavaRuntime): Promise<void> {
  const dir = join(home, 'plugins', ICU_PLUGIN.name);
  await mkdir(dirname(dir), { recursive: true });
  await rename(join(downloads, ICU_PLUGIN.name), dir);
  const libs = ICU_PLUGIN.jars.map((a) => join(dir, jarName(a)));
  const classes = join(downloads, 'icu-classes');
  const classpath = [join(home, 'lib', '*'), ...libs].join(':');
  await run(java.javac, ['--release', '11', '-d', classes, '-cp', classpath, ICU_PLUGIN.source]);
  await run(java.jar, ['cf', join(dir, `${ICU_PLUGIN.name}.jar`), '-C', classes, '.']);
  await writeFile(join(dir, 'plugin-descriptor.properties'), descriptor(ICU_PLUGIN));
}

/**
 * Settings the local node needs whatever it runs: heap comes from the caller (the stock
 * options pin 1 GiB both ways), and GC logs and heap dumps go to the node's own log folder.
 */
async function localJvmOptions(home: string): Promise<void> {
  const file = join(home, 'config', 'jvm.options');
  const kept = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => !/^-Xm[sx]|Xlog:gc|HeapDumpPath|ErrorFile/.test(line));
  await writeFile(file, `${kept.join('\n')}\n`);
}

interface Marker {
  layout: number;
  version: string;
}

async function isInstalled(home: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(join(home, '.installed.json'), 'utf8')) as Marker;
    return marker.layout === LAYOUT && marker.version === OPENSEARCH_VERSION;
  } catch {
    return false;
  }
}

/**
 * The node's home, downloading and laying it out on first use (Maven fetches into ~/.m2, and
 * the unpacked node lives in the cache). Later calls only check the marker file.
 */
export async function ensureInstalled(
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): Promise<Installation> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const java = await requireJava(env);
  const home = join(cacheDir(env), `opensearch-${OPENSEARCH_VERSION}`);
  if (await isInstalled(home)) return { home, java, version: OPENSEARCH_VERSION };

  const mvn = await requireMaven(env);
  await requireJdkTools(java);
  log(`downloading OpenSearch ${OPENSEARCH_VERSION} through Maven (once; cached in ${home})`);
  const work = `${home}.partial-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    const downloads = await download(mvn, work);
    const staged = await unpack(join(downloads, jarName(DISTRIBUTION)), join(work, 'home'));
    await addModules(staged, downloads);
    await addIcuPlugin(staged, downloads, java);
    await localJvmOptions(staged);
    const marker: Marker = { layout: LAYOUT, version: OPENSEARCH_VERSION };
    await writeFile(join(staged, '.installed.json'), `${JSON.stringify(marker)}\n`);
    await rm(home, { recursive: true, force: true });
    await rename(staged, home);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  log(`installed OpenSearch ${OPENSEARCH_VERSION} in ${home}`);
  return { home, java, version: OPENSEARCH_VERSION };
}

/**
 * A home that shares the installation's server, modules and configuration but has no plugins:
 * a cluster like the stock Docker image or a self-run one without analysis-icu, for testing
 * what the adapter does there. Built once, of symbolic links, beside the installation.
 */
export async function homeWithoutPlugins(installation: Installation): Promise<string> {
  const view = `${installation.home}-without-plugins`;
  if (await exists(join(view, 'plugins'))) return view;
  await rm(view, { recursive: true, force: true });
  await mkdir(join(view, 'plugins'), { recursive: true });
  for (const part of ['bin', 'lib', 'modules', 'config']) {
    await symlink(join(installation.home, part), join(view, part));
  }
  return view;
}

/** True when the path exists (a file or a folder). */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
