/**
 * Draws the committed PNG icons from app/icon.svg in Chromium, so the one drawing stays the
 * source: app/apple-icon.png (180 × 180, for iPhone home screens) and app/favicon.ico (32 × 32,
 * for browsers and tools that ask for /favicon.ico). Run `npm run icons` after editing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '@/harness/chromium';

const APP_DIR = path.join(process.cwd(), 'app');

/** An .ico file may hold a PNG as it is: a 6-byte header and one 16-byte directory entry in front. */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

async function main() {
  const svg = readFileSync(path.join(APP_DIR, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    const draw = async (size: number, cornerRadius: number) => {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px;border-radius:${cornerRadius}px}</style>${svg}`,
      );
      const png = await page.screenshot({ omitBackground: true });
      await page.close();
      return png;
    };
    // iPhones round the corners themselves and fill transparent ones with black: keep it square.
    writeFileSync(path.join(APP_DIR, 'apple-icon.png'), await draw(180, 0));
    // Rounded corners look right in a browser tab, and their transparency makes the PNG RGBA,
    // the only kind an .ico may hold.
    writeFileSync(path.join(APP_DIR, 'favicon.ico'), icoFromPng(await draw(32, 5), 32));
  } finally {
    await browser.close();
  }
  console.log('Wrote app/apple-icon.png and app/favicon.ico from app/icon.svg');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
