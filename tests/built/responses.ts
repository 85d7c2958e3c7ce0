import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
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

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** The certificate to trust for an https: URL (the test's own, self-signed). */
  ca?: Buffer;
}

/** One request, no redirect followed and nothing added: the test sees exactly what the server sent. */
export function requestRaw(url: string, { ca, ...options }: RawRequest = {}): Promise<RawResponse> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    send(url, { ...options, ...(ca && { ca }) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}
