import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GET, generateStaticParams } from '@/app/og/[image]/route';
import { blockNetwork } from '@/tests/fixtures/no-network';

const networkAttempts = blockNetwork();

/** The image route's answer for one image name, as `next build` asks for it. */
async function image(name: string): Promise<Response> {
  return GET(new Request(`http://localhost/og/${name}`), { params: Promise.resolve({ image: name }) });
}

async function sha256(name: string): Promise<string> {
  return createHash('sha256').update(Buffer.from(await (await image(name)).arrayBuffer())).digest('hex');
}

describe("every page's link-preview image, drawn with the network blocked", () => {
  it('draws each image from the repository font alone, without reaching the network', { timeout: 300_000 }, async () => {
    const names = (await generateStaticParams()).map((params) => params.image);
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) {
      const response = await image(name);
      expect(response.headers.get('content-type'), name).toBe('image/png');
      expect((await response.arrayBuffer()).byteLength, name).toBeGreaterThan(1000);
    }
    expect(networkAttempts).toEqual([]);
  });

  it('gives the same PNG bytes when another process, as another build would, draws the same page', { timeout: 120_000 }, async () => {
    const name = 'es_beneficios.png';
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'tests/fixtures/draw-link-preview.ts', name]);
    expect(stdout).toBe(await sha256(name));
  });
});
