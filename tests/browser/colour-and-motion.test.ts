import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { brightness } from '@/tests/browser/brightness';
import { sampleArticle } from '@/tests/browser/pages';
import { openPage, chromiumForThisFile } from '@/tests/browser/session';

const chromium = chromiumForThisFile();
const contexts: Record<'reduced' | 'dark' | 'light', BrowserContext> = {} as never;
const home = '/';
const article = sampleArticle();

beforeAll(async () => {
  contexts.reduced = await chromium.context({ javaScriptEnabled: false, reducedMotion: 'reduce' });
  contexts.dark = await chromium.context({ javaScriptEnabled: false, colorScheme: 'dark', reducedMotion: 'no-preference' });
  contexts.light = await chromium.context({ javaScriptEnabled: false, colorScheme: 'light', reducedMotion: 'no-preference' });
});

/** Page and text colours as the reader sees them. */
function colours(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { background: body.backgroundColor, text: body.color, scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior };
  });
}

describe('reader preferences', () => {
  it('moves nothing for a reader who asks for reduced motion: no smooth scrolling, transitions or animations', async ({ expect }) => {
    for (const urlPath of [home, article]) {
      const page = await openPage(contexts.reduced, urlPath);
      const moving = await page.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll('body *')].flatMap((element) => {
          const style = getComputedStyle(element);
          const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
          const motion = [
            style.scrollBehavior === 'smooth' ? 'smooth scrolling' : '',
            seconds(style.transitionDuration) > 0.001 ? `a ${style.transitionDuration} transition` : '',
            style.animationName !== 'none' && seconds(style.animationDuration) > 0.001 ? `a ${style.animationDuration} animation` : '',
          ].filter(Boolean);
          return motion.map((what) => `<${element.tagName.toLowerCase()}> has ${what}`);
        }),
      );
      await page.close();
      expect(moving, urlPath).toEqual([]);
    }
  });

  it('scrolls smoothly to a section for a reader who has not asked for reduced motion', async ({ expect }) => {
    const page = await openPage(contexts.light, home);
    expect((await colours(page)).scrollBehavior).toBe('smooth');
    await page.close();
  });

  it('follows a dark colour scheme with light text on a dark page, and a light one with dark text on white', async ({ expect }) => {
    const [dark, light] = await Promise.all([openPage(contexts.dark, article), openPage(contexts.light, article)]);
    const [darkColours, lightColours] = await Promise.all([colours(dark), colours(light)]);
    await Promise.all([dark.close(), light.close()]);
    expect(brightness(lightColours.background), 'light page').toBeGreaterThan(0.9);
    expect(brightness(lightColours.text), 'dark text').toBeLessThan(0.2);
    expect(brightness(darkColours.background), 'dark page').toBeLessThan(0.1);
    expect(brightness(darkColours.text), 'light text').toBeGreaterThan(0.8);
  });
});
