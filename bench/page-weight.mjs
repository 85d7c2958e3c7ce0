// Prints what each exported page costs a patient's phone to download: the HTML, the CSS
// and the JavaScript it references, raw and gzipped. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

const outDir = path.resolve('out');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error('out/ is missing: run `npm run build` first.');
  process.exit(1);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

function weigh(files) {
  const bytes = files.map((file) => readFileSync(file));
  return {
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

const asset = (href) => path.join(outDir, href.split('?')[0]);
const rows = htmlFiles(outDir)
  .sort()
  .map((file) => {
    const document = new JSDOM(readFileSync(file, 'utf8')).window.document;
    const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => asset(l.getAttribute('href')));
    // nomodule scripts are polyfills that current browsers never download.
    const js = [...document.querySelectorAll('script[src]:not([nomodule])')].map((s) => asset(s.getAttribute('src')));
    const page = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    return { page, html: weigh([file]), css: weigh(css), js: weigh(js), scripts: js.length };
  });

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log('page'.padEnd(40), 'HTML raw', ' HTML gz', ' CSS raw', '  CSS gz', '  JS raw', '   JS gz', 'HTML+CSS gz (kB)');
for (const { page, html, css, js } of rows) {
  console.log(page.padEnd(40), kb(html.raw), kb(html.gzip), kb(css.raw), kb(css.gzip), kb(js.raw), kb(js.gzip), kb(html.gzip + css.gzip));
}
