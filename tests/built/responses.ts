import type { IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import type { Header } from '@/lib/hosting/security-headers';

/** A response as the server sent it, with the header lines in order. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Name, value, name, value…: Node joins a header sent twice in `headers`, which would hide it. */
  rawHeaders: string[];
  body: Buffer;
}

/** Every value of one header, one entry per header line the server sent. */
export function headerLines(response: RawResponse, name: string): string[] {
  const lines: string[] = [];
  for (let index = 0; index < response.rawHeaders.length; index += 2) {
    if (response.rawHeaders[index]?.toLowerCase() === name.toLowerCase()) lines.push(response.rawHeaders[index + 1] ?? '');
  }
  return lines;
}

/** Each expected header on exactly one line with exactly its value: not missing, not sent twice, not joined with a second rule's value. */
export function expectEachHeaderOnce(response: RawResponse, expected: readonly Header[]): void {
  for (const [name, value] of expected) expect(headerLines(response, name), name).toEqual([value]);
}
