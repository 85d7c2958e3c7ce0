import type { IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import type { RawResponse } from '@/tests/built/responses';

const END_OF_HEADERS = '\r\n\r\n';

function parseHead(head: string, body: Buffer): RawResponse {
  const [statusLine = '', ...lines] = head.split('\r\n');
  const rawHeaders = lines.flatMap((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  const headers: IncomingHttpHeaders = {};
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] ?? '').toLowerCase();
    const value = rawHeaders[index + 1] ?? '';
    headers[name] = headers[name] === undefined ? value : `${String(headers[name])}, ${value}`;
  }
  return { status: Number(statusLine.split(' ')[1]), headers, rawHeaders, body };
}

/**
 * Sends a request byte for byte as given, which no HTTP client would write (TRACE, `/../`, an
 * address over 8 kB, a made-up protocol version), and reads the status and header lines of the
 * answer. It resolves as soon as the headers are complete: a server that refuses a large body
 * answers before the body is sent. `open` opens the connection (TCP or TLS) and calls back once
 * it is ready.
 */
export function exchange(open: (ready: () => void) => Socket, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const socket = open(() => socket.write(request, 'latin1'));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf(END_OF_HEADERS);
      if (end === -1) return;
      socket.destroy();
      resolve(parseHead(received.subarray(0, end).toString('latin1'), received.subarray(end + END_OF_HEADERS.length)));
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`The server closed the connection before it sent a complete answer:\n${received.toString('latin1')}`)));
  });
}
