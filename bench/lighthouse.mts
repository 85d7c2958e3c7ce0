import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '@/harness/chromium';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
}

type Figure = keyof LighthouseFigures;
const FIGURES: Figure[] = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'totalBytes'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function lighthouseOnce(url: string): Promise<LighthouseFigures> {
  // nginx serves the site over HTTPS with a certificate made for the run, which no browser trusts.
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--ignore-certificate-errors'] });
  try {
    // No config: Lighthouse's mobile defaults (emulated phone, simulated slow 4G and CPU).
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      totalBytes: value('total-byte-weight'),
    };
  } finally {
    chrome.kill();
  }
}

/** Each figure is the median of three runs, each in a fresh browser. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  const samples: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await lighthouseOnce(url));
  return Object.fromEntries(FIGURES.map((figure) => [figure, median(samples.map((sample) => sample[figure]))])) as unknown as LighthouseFigures;
}

export function printLighthouseHeader(): void {
  console.log(`${'page'.padEnd(40)} perf  a11y  best   seo   LCP ms  TBT ms    CLS  total kB`);
}

export function printLighthouse(page: string, figures: LighthouseFigures): void {
  const n = (value: number, width: number, digits = 0) => value.toFixed(digits).padStart(width);
  console.log(
    page.padEnd(40),
    n(figures.performance, 4),
    n(figures.accessibility, 5),
    n(figures.bestPractices, 5),
    n(figures.seo, 5),
    n(figures.lcpMs, 8),
    n(figures.tbtMs, 7),
    n(figures.cls, 6, 3),
    n(figures.totalBytes / 1024, 9, 1),
  );
}
