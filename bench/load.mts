import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const WRK_PATH = process.env.WRK_PATH ?? '/usr/bin/wrk';

export interface LoadResult {
  requestsPerSecond: number;
  p99: string;
  /** Socket errors plus responses that were neither 2xx nor 3xx. */
  errors: number;
}

/** 10 seconds, 2 threads, 50 connections, asking for gzip as browsers do. */
export function loadRun(url: string): LoadResult {
  if (!existsSync(WRK_PATH)) throw new Error(`wrk is not installed at ${WRK_PATH}: install it with \`apt-get install -y wrk\`.`);
  const output = execFileSync(WRK_PATH, ['-t2', '-c50', '-d10s', '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN),
    p99: /^\s+99%\s+(\S+)/m.exec(output)?.[1] ?? '?',
    errors:
      Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0) +
      (socketErrors?.slice(1).reduce((sum, count) => sum + Number(count), 0) ?? 0),
  };
}

export function printLoadRun(server: string, url: string, result: LoadResult): void {
  console.log(
    `${server.padEnd(24)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${result.p99.padStart(8)}   errors ${result.errors}   ${url}`,
  );
}
