// Start-up memory of the local stack, several starts on one data directory: the peak resident
// memory while starting (VmHWM at the moment it serves), what the resident set is made of then
// (anonymous memory, file pages), the CPU time it took, and the same a few seconds later. Each start is `npm start`'s
// (compiled, `scripts/start.mjs`), stopped before the next.
//
//   npx tsx bench/scale/start-memory.ts DIR [STARTS]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startStackProcess } from './stack-process.ts';

const [dir, startsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: start-memory.ts DIR [STARTS]');
const starts = Number(startsArg ?? 3);

function status(pid: number): Record<string, number> {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mib = (name: string) =>
    Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
  return {
    hwm: mib('VmHWM'),
    rss: mib('VmRSS'),
    anon: mib('RssAnon'),
    file: mib('RssFile'),
    threads: Number(/Threads:\s+(\d+)/.exec(text)?.[1] ?? 0),
  };
}

/** CPU seconds the process has used, every thread included (utime + stime of /proc/PID/stat). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const fmt = (s: Record<string, number>) =>
  `peak ${s.hwm?.toFixed(0)} MiB, RSS ${s.rss?.toFixed(0)} (anon ${s.anon?.toFixed(0)}, file ${s.file?.toFixed(0)}), ${s.threads} threads`;

console.log(
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`,
);
for (let i = 0; i < starts; i++) {
  const stack = await startStackProcess(dir, {});
  const pid = stack.pid;
  const atStart = status(pid);
  const cpu = cpuSeconds(pid);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const later = status(pid);
  console.log(
    `start ${i + 1}: ${(stack.startMs / 1000).toFixed(2)} s, ${cpu.toFixed(2)} s of CPU; at serving: ${fmt(atStart)}; 3 s later: ${fmt(later)}`,
  );
  await stack.stop();
}
console.log(
  `load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}`,
);
