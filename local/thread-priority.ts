import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the CPU priority (raises the nice value) of the calling thread alone, where the system
 * gives each thread its own (Linux: `/proc/thread-self` names the thread, and `setpriority` on a
 * thread id changes only that thread). The local S3 server's thread calls it, so that on a busy
 * machine the thread answering searches and `/health` gets the CPU before a listing of the whole
 * bucket does. Anywhere else it changes nothing and says so: the stack works the same, only
 * without the preference.
 */
export function lowerThreadPriority(nice: number): boolean {
  let thread: number;
  try {
    thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
  } catch {
    return false;
  }
  if (!Number.isInteger(thread) || thread <= 0) return false;
  try {
    setPriority(thread, nice);
    return true;
  } catch {
    return false;
  }
}
