import { execFile } from 'node:child_process';
import { access, constants, realpath } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Something the developer has to fix before a node can run; its message is one line. */
export class NodeToolError extends Error {
  override name = 'NodeToolError';
}

const DOCKER_HINT = 'or run OpenSearch in Docker as functions/adapters/opensearch/README.md shows';

/** The Java a node runs on, and the JDK tools that build its ICU plugin once. */
export interface JavaRuntime {
  home: string;
  major: number;
  javac: string;
  jar: string;
}

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The first executable of this name on PATH. */
export async function onPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && (await executable(join(dir, name)))) return join(dir, name);
  }
  return undefined;
}

// OpenSearch 2.x needs the Java security manager, which Java 24 removed.
const SUPPORTED = { min: 11, max: 23 };

/**
 * The JDK for the node: OPENSEARCH_JAVA_HOME, else JAVA_HOME, else the `java` on PATH (its
 * real path, so /usr/bin/java leads to the JDK behind the alternatives link).
 */
export async function requireJava(env: NodeJS.ProcessEnv): Promise<JavaRuntime> {
  let home = env.OPENSEARCH_JAVA_HOME || env.JAVA_HOME;
  if (!home) {
    const java = await onPath('java', env);
    if (!java) {
      throw new NodeToolError(
        `java not found: install a JDK ${SUPPORTED.min}–${SUPPORTED.max} (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME, ${DOCKER_HINT}`,
      );
    }
    home = dirname(dirname(await realpath(java)));
  }
  const java = join(home, 'bin', 'java');
  if (!(await executable(java))) {
    throw new NodeToolError(`no java at ${java}: point JAVA_HOME at a JDK, ${DOCKER_HINT}`);
  }
  const { stderr } = await run(java, ['-version']);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
  const first = Number(match?.[1] ?? 0);
  const major = first === 1 ? Number(match?.[2] ?? 0) : first;
  if (major < SUPPORTED.min || major > SUPPORTED.max) {
    throw new NodeToolError(
      `OpenSearch 2.19 needs Java ${SUPPORTED.min}–${SUPPORTED.max} (it relies on the security manager Java 24 removed); ${java} is Java ${major}: set OPENSEARCH_JAVA_HOME to a JDK 17, ${DOCKER_HINT}`,
    );
  }
  return { home, major, javac: join(home, 'bin', 'javac'), jar: join(home, 'bin', 'jar') };
}

/** Maven, needed only for the first download. */
export async function requireMaven(env: NodeJS.ProcessEnv): Promise<string> {
  const mvn = await onPath('mvn', env);
  if (!mvn) {
    throw new NodeToolError(
      `mvn not found: the first run downloads OpenSearch through Maven (apt-get install maven), ${DOCKER_HINT}`,
    );
  }
  return mvn;
}

/** The JDK tools that compile the ICU plugin, needed only at installation. */
export async function requireJdkTools(java: JavaRuntime): Promise<void> {
  for (const tool of [java.javac, java.jar]) {
    if (!(await executable(tool))) {
      throw new NodeToolError(
        `${tool} not found: ${java.home} is a JRE; the first run needs a JDK (e.g. openjdk-17-jdk-headless) to build the ICU folding plugin, ${DOCKER_HINT}`,
      );
    }
  }
}
