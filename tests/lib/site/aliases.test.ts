import { describe, expect, it } from 'vitest';
import { listAliases } from '@/lib/site/aliases';
import { loadArticles } from '@/lib/content/articles';
import { listRedirects, redirectsFile } from '@/lib/hosting/redirects';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';

function problemsOf(contentDir: string): Promise<readonly string[]> {
  return refusalOf(loadArticles(contentDir), contentDir);
}

describe('aliases: old addresses of an article', () => {
  it('lists every old address with the article it leads to', async () => {
    const aliases = listAliases(await loadArticles(contentFixture('aliases')));
    expect(aliases.map((alias) => [alias.path, alias.target.path])).toEqual([
      ['/dry-needling-explained/', '/what-is-dry-needling/'],
      ['/about-dry-needling/', '/what-is-dry-needling/'],
    ]);
  });

  it('refuses an old address that is not written as a page address', async () => {
    expect(await problemsOf(contentFixture('alias-not-a-page-address'))).toEqual([
      'tests/fixtures/content/alias-not-a-page-address/what-is-dry-needling.md:5: "aliases.0" has "/Dry_Needling/", which is not a page address. Write the old address without slashes, in lowercase letters, numbers and single hyphens, like dry-needling-vs-acupuncture.',
    ]);
  });

  it('refuses old addresses that would hide a page or lead to two articles', async () => {
    const file = 'tests/fixtures/content/alias-clashes/what-is-dry-needling.md';
    expect(await problemsOf(contentFixture('alias-clashes'))).toEqual([
      `${file}: "aliases" lists "what-is-dry-needling", which is this article's own address. Remove it from the list.`,
      `${file}: "aliases" lists "after-effects", but /after-effects/ is the address of tests/fixtures/content/alias-clashes/after-effects.md. An old address cannot point away from a page that exists; remove it.`,
      `${file}: "aliases" lists "links-for-staff", but that name belongs to the links for staff (/links-for-staff/), which the site makes itself. Remove it.`,
      `${file}: "aliases" lists "old-dry-needling-page", which tests/fixtures/content/alias-clashes/after-effects.md also lists. An old address can lead to one article only; remove it from one of them.`,
      `${file}: "aliases" lists "first-visit" twice. Keep one.`,
    ]);
  });

  it('refuses an article whose file name is an address the site uses itself', async () => {
    expect(await problemsOf(contentFixture('reserved-file-name'))).toEqual([
      'tests/fixtures/content/reserved-file-name/links-for-staff.md: the name "links-for-staff" belongs to the links for staff (/links-for-staff/), which the site makes itself. Give the file another name.',
    ]);
  });
});

describe('sections whose lists describe dry needling for search engines', () => {
  it('reads the list items of the named sections, as plain text, and what each section says around them', async () => {
    const articles = await loadArticles(contentFixture('aliases'));
    expect(articles.map((article) => [article.slug, article.contraindications, article.adverseEffects])).toEqual([
      [
        'what-is-dry-needling',
        {
          items: ['People with bleeding disorders', 'People with infections'],
          text: 'Dry needling is not recommended for: People with bleeding disorders; People with infections.',
        },
        undefined,
      ],
      [
        'after-effects',
        undefined,
        {
          items: ['Soreness where the needle went in', 'Bruising'],
          text: 'Soreness where the needle went in; Bruising. If you have questions, ask your physical therapist.',
        },
      ],
      ['availability', undefined, undefined],
    ]);
  });

  it('names a section that does not exist, and one that has no list', async () => {
    const file = 'tests/fixtures/content/section-lists-not-found/after-effects.md';
    expect(await problemsOf(contentFixture('section-lists-not-found'))).toEqual([
      `${file}:6: "contraindicationsSection" names the section "when-to-call", but it has no bulleted list. Search engines read the list from there: add one, or name the section that has it.`,
      `${file}:5: "adverseEffectsSection" names a section "side-effects" that this article does not have. Its sections: what-you-may-feel-afterwards, when-to-call.`,
    ]);
  });
});

describe('redirects for hosts that can send a permanent redirect', () => {
  it('moves each old address, with or without its last slash, to its article', async () => {
    const redirects = listRedirects(await loadArticles(contentFixture('aliases')));
    expect(redirectsFile(redirects)).toBe(
      [
        '/dry-needling-explained/ /what-is-dry-needling/ 301',
        '/dry-needling-explained /what-is-dry-needling/ 301',
        '/about-dry-needling/ /what-is-dry-needling/ 301',
        '/about-dry-needling /what-is-dry-needling/ 301',
        '/404 /_not-found 200',
        '/es/404 /es/_not-found 200',
        '/es/*.gz /es/_not-found 200',
        '/*.gz /_not-found 200',
        '',
      ].join('\n'),
    );
  });
});
