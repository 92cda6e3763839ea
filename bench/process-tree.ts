import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Runs a command and measures its whole process tree from /proc: wall time, peak resident memory (summed over the
 * tree at each sample), CPU time (user + system of every process of the tree, as last seen, so that Pagefind and
 * the Markdown workers count too, which `/usr/bin/time` misses), and the load average before and after.
 */

export interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakRss: number;
  output: string;
  status: number | null;
  /** The 1-minute load average of the machine when the command started and when it ended. */
  load: [number, number];
}

const TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

/** Each process's parent, resident memory (bytes) and CPU time (seconds) from /proc. */
function processes(): Map<number, { parent: number; rss: number; cpu: number }> {
  const all = new Map<number, { parent: number; rss: number; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(entry), {
        parent: Number(fields[1]),
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        rss: Number(fields[21]) * PAGE_SIZE,
      });
    } catch {
      // the process ended while we looked
    }
  }
  return all;
}

/** The 1-minute load average. */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** Runs `command` with `env` added, sampling its process tree every 100 ms. */
export function measured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve) => {
    const loadBefore = loadAverage();
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakRss = 0;
    const cpuByPid = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const all = processes();
      const children = new Map<number, number[]>();
      for (const [pid, { parent }] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
      let rss = 0;
      const stack = [child.pid];
      for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
        const info = all.get(pid);
        if (info) {
          rss += info.rss;
          cpuByPid.set(pid, info.cpu);
        }
        stack.push(...(children.get(pid) ?? []));
      }
      peakRss = Math.max(peakRss, rss);
    };
    const sampler = setInterval(sample, 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      const cpuSeconds = [...cpuByPid.values()].reduce((sum, cpu) => sum + cpu, 0);
      resolve({
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpuSeconds,
        peakRss,
        output,
        status,
        load: [loadBefore, loadAverage()],
      });
    });
  });
}
