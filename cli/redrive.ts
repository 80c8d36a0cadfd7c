import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { moveDeadLetters } from './aws/dead-letter-queue.ts';
import { cloudFormationOutputs, stageResources } from './aws/stage-outputs.ts';
import { progressBar } from './progress.ts';

interface RedriveOptions {
  api: string;
  stage?: string;
  deadLetterQueue?: string;
  transientOnly?: boolean;
  maxPerSecond?: string;
  wait: boolean;
  json?: boolean;
}

// What the local stack answers (see local/redrive.ts).
const LocalRedrive = z.object({
  redriven: z.number(),
  kept: z.number(),
  unreadable: z.number(),
  failures: z.record(z.string(), z.number()),
  outcomes: z
    .object({
      delivered: z.number(),
      'dead-lettered': z.number(),
      abandoned: z.number(),
      pending: z.number(),
    })
    .optional(),
});

const say = (line: string) => process.stderr.write(`articles redrive: ${line}\n`);

/**
 * `articles redrive`: sends dead letters back to be ingested again. Locally (the default) the
 * running stack takes them out of its dead-letter file and follows them; for a deployed stage
 * (`--stage` or `--dead-letter-queue`) SQS moves them back to the ingest queue.
 */
export async function redriveCommand(options: RedriveOptions): Promise<void> {
  try {
    if (options.stage !== undefined || options.deadLetterQueue !== undefined) {
      await redriveDeployed(options);
    } else {
      await redriveLocal(options);
    }
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

async function redriveLocal(options: RedriveOptions): Promise<void> {
  const url = new URL('/_local/redrive', options.api);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        select: options.transientOnly ? 'transient' : 'all',
        waitMs: options.wait ? 60_000 : 0,
      }),
    });
  } catch {
    throw new Error(
      `no local stack answers at ${options.api}: start it with npm start (it retries dead letters that failed for a passing reason by itself), or give --api, or --stage for a deployed stage`,
    );
  }
  if (!response.ok) {
    throw new Error(`the local stack answered ${response.status}: ${await response.text()}`);
  }
  const result = LocalRedrive.parse(await response.json());
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const lines: string[] = [];
  if (result.redriven === 0) {
    lines.push('no dead letters to redrive');
  } else {
    const kinds = Object.entries(result.failures)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    lines.push(`redrove ${result.redriven} dead letters (they had failed with ${kinds})`);
  }
  const outcomes = result.outcomes;
  if (outcomes && result.redriven > 0) {
    lines.push(
      `  ${outcomes.delivered} ingested, ${outcomes['dead-lettered']} dead-lettered again` +
        (outcomes.pending > 0 ? `, ${outcomes.pending} still being retried` : ''),
    );
  }
  if (result.kept > 0) lines.push(`${result.kept} left in the dead-letter file`);
  if (result.unreadable > 0) {
    lines.push(`${result.unreadable} unreadable lines left in the dead-letter file`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (outcomes && outcomes['dead-lettered'] > 0) process.exitCode = 1;
}

async function redriveDeployed(options: RedriveOptions): Promise<void> {
  const maxPerSecond =
    options.maxPerSecond === undefined ? undefined : Number(options.maxPerSecond);
  if (maxPerSecond !== undefined && !(Number.isInteger(maxPerSecond) && maxPerSecond >= 1)) {
    throw new Error(
      `--max-per-second must be a whole number from 1, got "${options.maxPerSecond}"`,
    );
  }
  let deadLetterQueue = options.deadLetterQueue;
  if (deadLetterQueue === undefined) {
    const stage = options.stage ?? '';
    const cloudFormation = new CloudFormationClient({});
    deadLetterQueue = (await stageResources(stage, cloudFormationOutputs(cloudFormation)))
      .deadLetterQueueUrl;
    cloudFormation.destroy();
  }
  const sqs = new SQSClient({});
  const bar = progressBar('moved', 'messages');
  try {
    const report = await moveDeadLetters({
      sqs,
      deadLetterQueue,
      ...(maxPerSecond ? { maxPerSecond } : {}),
      wait: options.wait,
      progress: (moved, toMove) => bar.update(moved, toMove),
    });
    bar.stop();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(report)}\n`);
    } else if (report.status === 'nothing-to-move') {
      process.stdout.write(`the dead-letter queue ${report.deadLetterQueue} is empty\n`);
    } else if (report.status === 'started') {
      process.stdout.write(
        `moving ${report.toMove} messages from ${report.deadLetterQueue} back to the ingest queue (task ${report.taskHandle})\n`,
      );
    } else {
      process.stdout.write(
        `${report.status.toLowerCase()}: moved ${report.moved} of ${report.toMove} messages from ${report.deadLetterQueue} back to the ingest queue` +
          (report.failureReason ? ` (${report.failureReason})` : '') +
          '\n',
      );
    }
    if (report.status === 'FAILED' || report.status === 'CANCELLED') process.exitCode = 1;
  } finally {
    bar.stop();
    sqs.destroy();
  }
}
