import type { DeadLetter, DeadLetterFile } from './dead-letter.ts';
import { isTransientReason } from './failure-kind.ts';
import type { LocalQueue, MessageOutcome } from './local-queue.ts';

/** Which dead letters a redrive sends back: every one, or those whose failure may have passed. */
export type RedriveSelection = 'all' | 'transient';

/** What a redrive did. */
export interface RedriveResult {
  /** Letters taken out of the dead-letter file and sent back to the queue. */
  redriven: number;
  /** Letters left in the file because the selection did not take them. */
  kept: number;
  /** Lines of the file that are not dead letters; left as they were. */
  unreadable: number;
  /** The redriven letters by the kind of failure that had stopped them, e.g. `ECONNREFUSED`. */
  failures: Record<string, number>;
  /** What became of the redriven messages, when the redrive waited for them. */
  outcomes?: Record<MessageOutcome | 'pending', number>;
}

/** What a redrive works on. */
export interface RedriveDependencies {
  deadLetters: DeadLetterFile;
  queue: LocalQueue;
  select: RedriveSelection;
  /** Wait up to this long for the redriven messages to be delivered or dead-lettered again. */
  waitMs?: number;
}

/** Whether a letter's failure may pass with time; older letters are judged by their reason. */
export function isTransientLetter(letter: DeadLetter): boolean {
  return letter.transient ?? isTransientReason(letter.reason);
}

/** The kind of failure a reason names: its error name or code, for counting. */
export function failureKind(reason: string): string {
  return /\b(E[A-Z]{3,}|SQLITE_[A-Z_]+|\w+(?:Error|Exception))\b/.exec(reason)?.[1] ?? 'other';
}

/**
 * Moves dead letters back to the queue, as SQS's redrive moves messages from a dead-letter
 * queue to their source queue: each goes out as a new message with a fresh receive count, and
 * leaves the file. A message that fails again its five times is dead-lettered again. Replaying
 * an old event is safe: the index applies a write only if its sequencer is newer than what it
 * holds for the key, so an event overtaken by a later upload or deletion changes nothing.
 */
export async function redriveDeadLetters(deps: RedriveDependencies): Promise<RedriveResult> {
  const choose = deps.select === 'all' ? () => true : isTransientLetter;
  const { taken, kept, unreadable } = await deps.deadLetters.take(choose);
  const failures: Record<string, number> = {};
  const followed: Promise<MessageOutcome>[] = [];
  for (const letter of taken) {
    const kind = failureKind(letter.reason);
    failures[kind] = (failures[kind] ?? 0) + 1;
    followed.push(deps.queue.sendAndFollow(letter.message.body).outcome);
  }
  const result: RedriveResult = { redriven: taken.length, kept, unreadable, failures };
  if (deps.waitMs === undefined) return result;

  const outcomes: Record<MessageOutcome | 'pending', number> = {
    delivered: 0,
    'dead-lettered': 0,
    abandoned: 0,
    pending: followed.length,
  };
  const counted = followed.map((outcome) =>
    outcome.then((settled) => {
      outcomes[settled] += 1;
      outcomes.pending -= 1;
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(counted),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, deps.waitMs);
    }),
  ]);
  clearTimeout(timer);
  return { ...result, outcomes: { ...outcomes } };
}
