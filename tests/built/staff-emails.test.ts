import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageId } from '@/lib/i18n/page-ids';
import { english, spanish } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { MAILTO_MAX_LENGTH } from '@/lib/content/mailto';
import { absoluteUrl, site } from '@/lib/routes/site-url';
import { loadSitePages } from '@/lib/site/site-pages';
import { assertBuilt, fileForPath, readPage } from './out-dir';

assertBuilt();
const sitePages = await loadSitePages();

/** What an email app fills in from a mailto: link. */
function opened(href: string) {
  const url = new URL(href);
  const field = (name: string) => decodeURIComponent(new RegExp(`[?&]${name}=([^&]*)`).exec(url.search)?.[1] ?? '');
  return { to: url.pathname, subject: field('subject'), body: field('body') };
}

describe.each([english, spanish])('the staff page in $name', (language) => {
  const staffPath = fixedRoutes(language).staffLinks;
  const document = readPage(staffPath);
  const mailtos = [...document.querySelectorAll('main a[href^="mailto:"]')].map((link) => link.getAttribute('href') ?? '');
  const bodies = mailtos.map((href) => opened(href).body);
  const ofLanguage = sitePages.filter((page) => page.language === language);

  it('has an email link for every topic, in its own language and in the other, and for every state', () => {
    const topics = ofLanguage.filter((page) => page.kind === 'article');
    const states = ofLanguage.filter((page) => page.kind === 'state');
    const twins = topics.flatMap((page) => page.translations.filter((twin) => twin.language !== language));
    for (const page of [...topics, ...states, ...twins]) {
      expect(bodies.filter((body) => body.includes(`\r\n${absoluteUrl(page.path)}\r\n`)), page.path).toHaveLength(1);
    }
    expect(mailtos).toHaveLength(topics.length + twins.length + states.length);
  });

  it('is under 100 kB as the host sends it before compression, with every email on it', () => {
    expect(statSync(fileForPath(staffPath) ?? '').size).toBeLessThan(100_000);
  });

  it('opens each email with no recipient, a subject and a body with CRLF line breaks', () => {
    for (const href of mailtos) {
      const { to, subject, body } = opened(href);
      expect(to).toBe('');
      expect(subject.length).toBeGreaterThan(0);
      expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
  });

  it(`keeps every email link under ${MAILTO_MAX_LENGTH} characters, which some email apps cut`, () => {
    const longest = Math.max(...mailtos.map((href) => href.length));
    console.info(`${staffPath}: the longest email link has ${longest} characters`);
    expect(longest).toBeLessThan(MAILTO_MAX_LENGTH);
  });

  it('links only to pages of this site that exist in out/, in the emails and in the text to copy', () => {
    const shown = [...document.querySelectorAll('main dd')].map((dd) => dd.textContent ?? '');
    const addresses = [...bodies, ...shown].flatMap((text) => text.match(/https?:\/\/\S+/g) ?? []);
    expect(addresses.length).toBeGreaterThan(mailtos.length - 1);
    for (const address of new Set(addresses)) {
      const url = new URL(address);
      expect(url.origin, address).toBe(site.url);
      expect(fileForPath(url.pathname), address).toBeDefined();
    }
  });

  it('shows each topic’s email as text to copy, the same words its link opens', () => {
    // The state groups show templates with blanks instead; their own tests are the component tests.
    const blocks = [...document.querySelectorAll('main dl')].filter((list) => !list.closest(`section[aria-labelledby="${pageId('stateEmails', language)}"]`));
    const shownEmails = blocks.map((list) => [...list.querySelectorAll('dd')].map((dd) => dd.textContent ?? ''));
    const topics = ofLanguage.filter((page) => page.kind === 'article');
    expect(shownEmails).toHaveLength(topics.length * 2);
    for (const [subject = '', body = ''] of shownEmails) {
      expect(mailtos.map(opened), subject).toContainEqual({ to: '', subject, body: body.replaceAll('\n', '\r\n') });
    }
  });
});
