import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type Article, findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { english } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { allStatePagePaths } from '@/lib/routes/state-paths';

const articles = await loadArticles();

function bodyText(article: Article): string {
  return JSDOM.fragment(article.html).textContent?.replace(/\s+/g, ' ') ?? '';
}

function article(slug: string): Article {
  const found = articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`content/${slug}.md is missing`);
  return found;
}

// Each topic of the clinic's source article, and words a patient must find on its page.
const TOPICS: Record<string, readonly string[]> = {
  'what-is-dry-needling': ['no medicine', 'injury or overuse', 'Western medicine', 'connective tissue', 'Trigger points'],
  'dry-needling-and-acupuncture': ['meridians', 'flow of energy', 'far fewer needles', 'restore function', 'healing response'],
  'what-happens-at-a-visit': [
    'evaluation',
    'consent',
    'never forced',
    'length of the needle',
    'reset the muscle',
    'watch how you respond',
    'before-and-after',
    'will not continue',
  ],
  'after-effects': ['muscle tension', 'blood flow', 'nervous system', 'endorphins', 'Bruising', 'fatigue', 'Soreness'],
  'what-it-treats': ['elbow', 'Neck and back pain', 'Pinched nerves', 'alongside other therapies', 'smoke', 'fire'],
  benefits: ['less pain', 'flexibility', 'Range of motion', 'recovering from an injury'],
  'is-it-right-for-me': ['candidate', 'goals', 'work together', 'medical history', 'medicines', 'overall health'],
  'who-should-not-have-dry-needling': [
    'first trimester',
    'blood disorders or bleeding disorders',
    'active cancer treatment',
    'infections',
    'medical history',
  ],
  availability: ['not available in every state', 'Find your state', 'Ask your physical therapist', "the clinic's locations"],
};

describe('the real articles in content/', () => {
  it('all load: every file passes the front matter schema, the heading rules and the link check', () => {
    // loadArticles throws a ContentError naming every problem, which fails this file before any test runs.
    expect(articles.map((a) => a.slug).sort()).toEqual(Object.keys(TOPICS).sort());
  });

  it.each(Object.entries(TOPICS))('covers the topic of %s', (slug, phrases) => {
    const text = bodyText(article(slug)).toLowerCase();
    for (const phrase of phrases) expect(text, `${slug} should mention "${phrase}"`).toContain(phrase.toLowerCase());
  });

  it('compares dry needling and acupuncture side by side in a table', () => {
    const table = JSDOM.fragment(article('dry-needling-and-acupuncture').html).querySelector('table');
    expect([...(table?.querySelectorAll('th') ?? [])].map((th) => th.textContent)).toEqual(['Difference', 'Dry needling', 'Acupuncture']);
  });

  it('has one page that lists every state', () => {
    expect(articles.filter((a) => a.stateList).map((a) => a.slug)).toEqual(['availability']);
  });

  it('gives every article its own title and description, so search results tell them apart', () => {
    for (const field of ['title', 'description'] as const) {
      const values = articles.map((a) => a[field]);
      expect(new Set(values).size, `repeated ${field}`).toBe(values.length);
    }
  });

  it('resolves every link between articles to a real page and section', () => {
    const byPath = new Map(articles.map((a) => [a.path, a]));
    // Pages made from the data files: the built-site tests check them and their sections.
    const dataPages = new Set([fixedRoutes(english).locations, ...allStatePagePaths(findAvailabilityArticle(articles).path, english)]);
    let checked = 0;
    for (const source of articles) {
      for (const link of JSDOM.fragment(source.html).querySelectorAll('a[href^="/"]')) {
        const [path = '', hash] = (link.getAttribute('href') ?? '').split('#');
        if (dataPages.has(path)) {
          checked += 1;
          continue;
        }
        const target = byPath.get(path);
        expect(target, `${source.file} links to ${path}`).toBeDefined();
        if (hash) expect(target?.headings.map((h) => h.id), `${source.file} links to ${path}#${hash}`).toContain(hash);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
