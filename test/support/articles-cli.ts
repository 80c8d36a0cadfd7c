import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { program } from '../../cli/main.ts';
import { redirectSdkNodeVersionWarning } from '../../functions/commons/node-warnings.ts';

/** What one run of `articles` printed, and how it exited. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a run of `articles` reads besides its arguments. */
export interface CliInput {
  /** Text on standard input. @default nothing (an empty stream) */
  readonly stdin?: string;
  /** The whole environment of the run, as a child process would get it. @default this process's */
  readonly env?: NodeJS.ProcessEnv;
}

let running = false;

/**
 * Runs `articles <args>` inside this process, as `bin/articles.js` would in a child: the same
 * commander program and commands, with standard input, output, error, the environment and the
 * exit code swapped for the run's own. Starting a Node process with tsx for every case cost
 * about a second each; one subprocess smoke test (`bin.test.ts`) keeps the real entry honest.
 */
export async function articles(args: readonly string[], input: CliInput = {}): Promise<CliResult> {
  if (running) throw new Error('articles runs one command at a time in process');
  running = true;
  let stdout = '';
  let stderr = '';
  const write = {
    out: process.stdout.write,
    err: process.stderr.write,
  };
  const stdinDescriptor = Object.getOwnPropertyDescriptor(process, 'stdin');
  const env = process.env;
  const exitCode = process.exitCode;
  process.stdout.write = capture((text) => {
    stdout += text;
  });
  process.stderr.write = capture((text) => {
    stderr += text;
  });
  Object.defineProperty(process, 'stdin', {
    value: Readable.from(input.stdin === undefined ? [] : [input.stdin]),
    configurable: true,
  });
  if (input.env !== undefined) process.env = { ...input.env };
  process.exitCode = undefined;
  redirectSdkNodeVersionWarning(() => {});
  try {
    exitOnError(program);
    await program.parseAsync(['node', 'articles', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } catch (error) {
    // Commander's own refusals (unknown option, missing argument) arrive here, already printed.
    const code = (error as { exitCode?: unknown }).exitCode;
    if (typeof code !== 'number') throw error;
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    if (stdinDescriptor) Object.defineProperty(process, 'stdin', stdinDescriptor);
    process.env = env;
    process.exitCode = exitCode;
    running = false;
  }
}

/** Throws commander's exit instead of ending the test worker. */
function exitOnError(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) exitOnError(sub);
}

/** A `write` that hands the text to `sink` and reports it written, as a stream would. */
function capture(sink: (text: string) => void): typeof process.stdout.write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
}
