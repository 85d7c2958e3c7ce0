import { render, screen, within } from '@testing-library/react';
import { message } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import Page, { generateMetadata } from '@/app/[[...path]]/page';
import { loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { english, spanish } from '@/lib/i18n/languages';
import { absoluteUrl } from '@/lib/routes/site-url';

const articles = await loadArticles(CONTENT_DIR, english);
const spanishArticles = await loadArticles(CONTENT_DIR, spanish);

function at(path: string) {
  return { params: Promise.resolve({ path: path.split('/').filter(Boolean) }) };
}

/** Each topic of the guide, a region named by its title. */
function topics(): HTMLElement[] {
  return screen.getAllByRole('region');
}

describe('the printable guide', () => {
  it('says it is made for printing, and lists every topic in reading order with the address of its page', async () => {
    render(await Page(at('/guide/')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Printable guide');
    expect(screen.getByText(/It is made for printing/)).toBeInTheDocument();
    const contents = within(screen.getByRole('list', { name: 'In this guide' }));
    expect(contents.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual(
      articles.map((article) => [article.title, article.path]),
    );
  });

  it('has every topic in the order of the home page, each under its title with its summary', async () => {
    render(await Page(at('/guide/')));
    expect(topics().map((topic) => within(topic).getByRole('heading', { level: 2 }).textContent)).toEqual(articles.map((article) => article.title));
    for (const [index, article] of articles.entries()) expect(topics()[index]).toHaveTextContent(article.description);
  });

  it("gives each topic a QR code, and prints under it the address of the topic's page", async () => {
    render(await Page(at('/guide/')));
    for (const [index, article] of articles.entries()) {
      const topic = topics()[index] as HTMLElement;
      const code = within(topic).getByRole('figure');
      expect(code.querySelectorAll('svg path')).toHaveLength(1);
      // A screen reader gets the address as text, not a picture of it.
      expect(code.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(code).toHaveTextContent(`Scan the code to open this topic on the website, or type: ${absoluteUrl(article.path)}`);
    }
  });

  it('draws each code as a square with a different pattern for each address, and no inline style', async () => {
    const { container } = render(await Page(at('/guide/')));
    const codes = [...container.querySelectorAll('figure svg')];
    expect(codes).toHaveLength(articles.length);
    for (const code of codes) expect(code.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
    expect(new Set(codes.map((code) => code.querySelector('path')?.getAttribute('d'))).size).toBe(articles.length);
    expect(container.querySelector('[style]')).toBeNull();
  });

  it("gives each topic the availability notice, the clinic's article, that no named reviewer has checked it yet, and the disclaimer", async () => {
    render(await Page(at('/guide/')));
    expect(topics()).toHaveLength(articles.length);
    for (const topic of topics()) {
      expect(topic).toHaveTextContent("The clinic's article says dry needling is not available in California, Hawaii, New York, and Oregon.");
      expect(within(topic).getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute('href', '/availability/');
      expect(topic).toHaveTextContent('This page is based on the clinic\'s article "Dry needling in physical therapy" of July 22, 2024.');
      // No review of the real content is on record yet.
      expect(topic).toHaveTextContent(message(english, 'review.notReviewed'));
      expect(topic).not.toHaveTextContent('Reviewed by');
      expect(topic).toHaveTextContent(message(english, 'disclaimer'));
    }
  });

  it("puts each topic's sections under its title, one heading level down", async () => {
    render(await Page(at('/guide/')));
    const [first] = articles;
    const sections = within(topics()[0] as HTMLElement).getAllByRole('heading', { level: 3 });
    expect(sections.map((heading) => heading.textContent)).toEqual(first?.headings.filter((heading) => heading.depth === 2).map((heading) => heading.text));
  });

  it('says where the list of states is, on the topic whose page has it, and only there', async () => {
    render(await Page(at('/guide/')));
    const withList = topics().filter((topic) => topic.textContent?.includes("The list of every state is on this topic's page on the website."));
    expect(withList.map((topic) => within(topic).getByRole('heading', { level: 2 }).textContent)).toEqual(
      articles.filter((article) => article.stateList).map((article) => article.title),
    );
  });

  it('in Spanish, has every Spanish topic, each saying no qualified translator has reviewed it, so a topic handed out alone says so too', async () => {
    render(await Page(at('/es/guia/')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Guía para imprimir');
    expect(topics().map((topic) => within(topic).getByRole('heading', { level: 2 }).textContent)).toEqual(spanishArticles.map((article) => article.title));
    for (const [index, article] of spanishArticles.entries()) {
      const topic = topics()[index] as HTMLElement;
      expect(topic).toHaveTextContent(message(spanish, 'translationNotice.text'));
      expect(within(topic).getByRole('figure')).toHaveTextContent(absoluteUrl(article.path));
      expect(topic).toHaveTextContent(message(spanish, 'disclaimer'));
    }
  });

  it('says no more about translation on the English guide', async () => {
    render(await Page(at('/guide/')));
    expect(screen.queryByText(message(english, 'translationNotice.text'))).not.toBeInTheDocument();
  });

  it('is kept out of search engines, and names its twin in the other language', async () => {
    const metadata = await generateMetadata(at('/guide/'));
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates?.languages).toEqual({ en: absoluteUrl('/guide/'), es: absoluteUrl('/es/guia/'), 'x-default': absoluteUrl('/guide/') });
  });
});

describe('links to the printable guide', () => {
  it.each([
    ['/', 'Print every topic as one guide', '/guide/'],
    ['/es/', 'Imprimir todos los temas en una guía', '/es/guia/'],
    ['/links-for-staff/', 'Printable guide with every topic', '/guide/'],
    ['/es/enlaces-para-el-personal/', 'Guía para imprimir con todos los temas', '/es/guia/'],
  ])('%s links to the guide', async (path, name, guide) => {
    render(await Page(at(path)));
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', guide);
  });
});
