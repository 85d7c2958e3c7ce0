import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { listFiles, urlPathOf } from '@/lib/hosting/build-paths';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

function weigh(files: string[]): Bytes {
  const contents = files.map((file) => readFileSync(file));
  return {
    raw: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzip: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

/** What each page of an export costs a phone to download: its HTML and the CSS and JavaScript it loads. */
export function pageWeights(outDir: string): PageWeight[] {
  const asset = (href: string) => path.join(outDir, href.split('?')[0] ?? '');
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const fullPath = path.join(outDir, file);
      const document = new JSDOM(readFileSync(fullPath, 'utf8')).window.document;
      const assets = (selector: string, attribute: string) =>
        [...document.querySelectorAll(selector)].map((element) => asset(element.getAttribute(attribute) ?? ''));
      return {
        page: urlPathOf(file),
        html: weigh([fullPath]),
        css: weigh(assets('link[rel="stylesheet"]', 'href')),
        // nomodule scripts are polyfills that current browsers never download.
        js: weigh(assets('script[src]:not([nomodule])', 'src')),
      };
    });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);

export function printPageWeights(weights: PageWeight[]): void {
  console.log(`${'page'.padEnd(40)} HTML raw  HTML gz  CSS raw   CSS gz   JS raw    JS gz  HTML+CSS gz (kB)`);
  for (const { page, html, css, js } of weights) {
    console.log(page.padEnd(40), kb(html.raw), kb(html.gzip), kb(css.raw), kb(css.gzip), kb(js.raw), kb(js.gzip), kb(html.gzip + css.gzip));
  }
}
