import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevPreview, type DevPreview } from '@/harness/dev-server';
import { attributeOf, elementsOf } from '@/lib/hosting/page-html';

// One `npm run dev` for the whole file, in a throwaway copy of the project: the tests edit its
// content/ the way an editor does, and never the real one.
let preview: DevPreview;

beforeAll(async () => {
  preview = await startDevPreview();
}, 120_000);

afterAll(async () => {
  await preview?.close();
});

interface Answer {
  readonly status: number;
  readonly type: string;
  readonly html: string;
}

async function get(urlPath: string): Promise<Answer> {
  const response = await fetch(`${preview.url}${urlPath}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() };
}

/** A request as a page elsewhere makes it once it has pointed its own name at this computer (DNS rebinding): fetch cannot set Host. */
function getAs(host: string, urlPath: string, headers: Readonly<Record<string, string>> = {}): Promise<Answer & { readonly upgraded: boolean }> {
  const { port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: urlPath, headers: { ...headers, Host: host } });
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, type: '', html: '', upgraded: true });
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', html: body, upgraded: false }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** What a live-reload connection from a page of the preview asks for. */
const LIVE_RELOAD = { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' };

/** No stack frame and no path on this computer: what Next's development error page shows. */
function expectNothingOfTheMachine(answer: Answer, label: string) {
  expect(answer.html, label).not.toMatch(/^\s*at /m);
  expect(answer.html, label).not.toContain('stack');
  expect(answer.html, label).not.toContain('/work/');
  expect(answer.html, label).not.toContain(preview.dir);
  expect(answer.html, label).not.toContain('<script');
}

function contentFile(name: string): string {
  return path.join(preview.dir, 'content', name);
}

/** Rewrites a file of the copy's content/ as an editor's save does, and returns a way to put it back. */
function edit(name: string, change: (source: string) => string): () => void {
  const file = contentFile(name);
  const original = readFileSync(file, 'utf8');
  const changed = change(original);
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);
  return () => writeFileSync(file, original);
}

function heading(html: string): string | undefined {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/** The text of each item of the problem page's list, as a reader sees it. */
function listedProblems(html: string): string[] {
  return [...html.matchAll(/<li>(.*?)<\/li>/gs)].map(([, item = '']) =>
    item.replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity),
  );
}

/** The problem lines `npm run check:content` prints for the copy, as the build runs it. */
function checkContentLines(): string[] {
  const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/check-content.ts', '--build'], { cwd: preview.dir, encoding: 'utf8' });
  // The problems alone: not the count after them, nor the line about the placeholder address.
  return run.stdout.split('\n').filter((line) => /: (error|warning): /.test(line));
}

describe('npm run dev, the editors\' live preview', () => {
  it('shows an edited article on the next reload, with no restart', async () => {
    const before = await get('/after-effects/');
    expect(before.status).toBe(200);
    expect(heading(before.html)).toMatch(/\S/);

    const restore = edit('after-effects.md', (source) => source.replace(/^title: .*$/m, 'title: "After dry needling: edited in the preview"'));
    try {
      const after = await get('/after-effects/');
      expect(after.status).toBe(200);
      expect(heading(after.html)).toBe('After dry needling: edited in the preview');
      expect(after.html).toContain('<title>After dry needling: edited in the preview');
    } finally {
      restore();
    }
    expect(heading((await get('/after-effects/')).html)).toBe(heading(before.html));
  });

  it('shows an edited data file on the next reload', async () => {
    const note = 'A note added in the preview for Alabama.';
    expect((await get('/availability/alabama/')).html).not.toContain(note);
    const restore = edit('availability.yaml', (source) =>
      source.replace('- { code: AL, status: not-stated }', `- { code: AL, status: not-stated, note: "${note}" }`),
    );
    try {
      const after = await get('/availability/alabama/');
      expect(after.status).toBe(200);
      expect(after.html).toContain(note);
    } finally {
      restore();
    }
  });

  it('shows content errors as npm run check:content prints them, never a stack trace, and the page again once they are fixed', async () => {
    const restoreArticle = edit('after-effects.md', (source) => source.replace(/^title: .*$/m, 'title: [After dry needling'));
    const restoreData = edit('availability.yaml', (source) => source.replace('code: AL,', 'code: XX,'));
    try {
      const broken = await get('/after-effects/');
      expect(broken.status).toBe(500);
      expect(broken.type).toBe('text/html; charset=utf-8');
      const listed = listedProblems(broken.html);
      expect(listed).toEqual(checkContentLines());
      expect(listed).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^content\/after-effects\.md:\d+: error: the YAML cannot be read/),
          expect.stringMatching(/^content\/availability\.yaml:\d+: error: .*"XX" is not a US state code/),
        ]),
      );
      expect(broken.html).toContain('Fix the file, save it, and reload this page.');
      // No stack frame, no path into the framework, no script: an editor's page, not a developer's.
      expect(broken.html).not.toMatch(/^\s*at /m);
      expect(broken.html).not.toContain('node_modules');
      expect(broken.html).not.toContain('<script');
      // Every page says so, not only the one with the mistake.
      expect((await get('/')).status).toBe(500);
    } finally {
      restoreArticle();
      restoreData();
    }
    const fixed = await get('/after-effects/');
    expect(fixed.status).toBe(200);
    expect(heading(fixed.html)).toMatch(/\S/);
  });

  it('shows a new article at its address without a restart, and says there is no page there once it is removed', async () => {
    const english = readFileSync(contentFile('benefits.md'), 'utf8').replace(/^title: .*$/m, 'title: "A new page made in the preview"');
    const spanish = readFileSync(contentFile('es/beneficios.md'), 'utf8').replace(/^title: .*$/m, 'title: "Una página nueva hecha en la vista previa"');
    const newOrder = (source: string) => source.replace(/^order: .*$/m, 'order: 99').replace(/^description: "/m, 'description: "New. ');
    writeFileSync(contentFile('made-in-preview.md'), newOrder(english));
    // The same statements as the page it is copied from, so the same sources.
    writeFileSync(contentFile('sources/made-in-preview.yaml'), readFileSync(contentFile('sources/benefits.yaml'), 'utf8'));
    writeFileSync(contentFile('es/hecha-en-la-vista-previa.md'), newOrder(spanish).replace(/^translationOf: .*$/m, 'translationOf: made-in-preview'));

    // Next's development server checks generateStaticParams in the background and answers from
    // its previous list meanwhile, so the first requests for a new address may still be a 404:
    // asked again until it is there, however long a busy machine takes (the test's timeout ends a hang).
    let answer = await get('/made-in-preview/');
    while (answer.status === 404) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await get('/made-in-preview/');
    }
    expect(answer.status, listedProblems(answer.html).join('\n')).toBe(200);
    expect(heading(answer.html)).toBe('A new page made in the preview');
    expect(heading((await get('/es/hecha-en-la-vista-previa/')).html)).toBe('Una página nueva hecha en la vista previa');

    rmSync(contentFile('made-in-preview.md'));
    rmSync(contentFile('sources/made-in-preview.yaml'));
    rmSync(contentFile('es/hecha-en-la-vista-previa.md'));
    const removed = await get('/made-in-preview/');
    expect(removed.status).toBe(404);
    expect(heading(removed.html)).toBe('No page at this address');
    expect(removed.html).not.toMatch(/^\s*at /m);
    expect(removed.html).not.toContain('node_modules');
  });

  it('answers only localhost, only at the site\'s addresses, and never with Next\'s error page', async () => {
    // Another site's name pointed at this computer gets no page, and no live-reload connection.
    const page = await get('/after-effects/');
    expect(page.status).toBe(200);
    expect(heading(page.html)).toMatch(/\S/);
    const rebound = await getAs('evil.example', '/after-effects/');
    expect(rebound.status).toBe(421);
    expect(rebound.type).toBe('text/plain; charset=utf-8');
    expect(rebound.html).not.toContain(heading(page.html));
    expect((await getAs(`evil.example:${new URL(preview.url).port}`, '/')).status).toBe(421);
    expect(await getAs('evil.example', '/_next/hmr', LIVE_RELOAD)).toMatchObject({ status: 421, upgraded: false });
    expect(await getAs(new URL(preview.url).host, '/_next/hmr', { ...LIVE_RELOAD, Origin: 'http://evil.example' })).toMatchObject({ status: 421, upgraded: false });
    // The preview's own pages keep their live-reload connection.
    expect(await getAs(new URL(preview.url).host, '/_next/hmr', { ...LIVE_RELOAD, Origin: preview.url })).toMatchObject({ status: 101, upgraded: true });
    expect((await getAs(`localhost:${new URL(preview.url).port}`, '/after-effects/')).status).toBe(200);

    // The project's own files are no page of the site.
    for (const file of ['/package.json', '/.env', '/content/after-effects.md', '/node_modules/next/package.json']) {
      const answer = await get(file);
      expect(answer.status, file).toBe(404);
      expect(heading(answer.html), file).toBe('No page at this address');
      expectNothingOfTheMachine(answer, file);
    }

    // The site's files besides its pages are all there, and the page's style.
    for (const [file, type] of [['/icon.svg', 'image/svg+xml'], ['/favicon.ico', 'image/x-icon'], ['/apple-icon.png', 'image/png'], ['/og/after-effects.png', 'image/png'], ['/sitemap.xml', 'application/xml'], ['/robots.txt', 'text/plain']]) {
      const response = await fetch(`${preview.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toContain(type);
    }
    const stylesheets = [...elementsOf(parse(page.html))]
      .filter((element) => element.tagName === 'link' && attributeOf(element, 'rel') === 'stylesheet')
      .map((element) => attributeOf(element, 'href') ?? '');
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const href of stylesheets) {
      const response = await fetch(new URL(href, preview.url));
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toContain('text/css');
    }
  });

  it('shows a plain page, and the terminal the error, when a page cannot be made for an unexpected reason', async () => {
    // A mistake in the code, not the content: the content check cannot see it.
    const template = path.join(preview.dir, 'app', '[[...path]]', '_pages', 'privacy-page.tsx');
    const original = readFileSync(template, 'utf8');
    const broken = original.replace(/^export function PrivacyPage\(.*\{$/m, (line) => `${line}\n  throw new Error('A mistake made on purpose in the preview');`);
    expect(broken).not.toBe(original);
    writeFileSync(template, broken);
    try {
      // Next recompiles in the background: asked again until the change is in, however long a busy machine takes.
      let answer = await get('/privacy/');
      while (answer.status === 200) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        answer = await get('/privacy/');
      }
      expect(answer.status).toBe(500);
      expect(answer.type).toBe('text/html; charset=utf-8');
      expect(heading(answer.html)).toBe('The preview could not show this page');
      expect(answer.html).toContain('The terminal running <code>npm run dev</code> says why.');
      expect(answer.html).not.toContain('A mistake made on purpose');
      expectNothingOfTheMachine(answer, '/privacy/');
      expect(preview.output()).toContain('A mistake made on purpose in the preview');
      expect(preview.output()).toContain('The preview could not show /privacy/');
      // The rest of the site is unaffected.
      expect((await get('/after-effects/')).status).toBe(200);
    } finally {
      writeFileSync(template, original);
    }
    let fixed = await get('/privacy/');
    while (fixed.status === 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      fixed = await get('/privacy/');
    }
    expect(fixed.status).toBe(200);
  });
});
