import { within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import Page from '@/app/[[...path]]/page';
import { loadArticles } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { english, spanish } from '@/lib/i18n/languages';
import { site } from '@/lib/routes/site-url';

const articles = await loadArticles(undefined, english);
const spanishArticles = await loadArticles(undefined, spanish);
const availability = await loadAvailability();

function at(path: string) {
  return { params: Promise.resolve({ path: path.split('/').filter(Boolean) }) };
}

/** What an email app fills in from a mailto: link, line breaks back to "\n". */
function opened(href: string | null) {
  const url = new URL(href ?? '');
  const field = (name: string) => decodeURIComponent(new RegExp(`[?&]${name}=([^&]*)`).exec(url.search)?.[1] ?? '').replaceAll('\r\n', '\n');
  return { to: url.pathname, subject: field('subject'), body: field('body') };
}

const rendered = new Map<string, HTMLElement>();

/**
 * The staff page at an address, rendered once per file: it is long (a section per topic and a
 * line per state), and role queries over it are slow, so every test reads the same copy, which
 * stays in the document (Testing Library's cleanup removes only what render() mounted).
 */
async function staffPage(path: string): Promise<HTMLElement> {
  let page = rendered.get(path);
  if (!page) {
    page = document.createElement('div');
    page.innerHTML = renderToStaticMarkup(await Page(at(path)));
    rendered.set(path, page);
  }
  // One page in the document at a time: both languages' pages have the same ids.
  document.body.replaceChildren(page);
  return page;
}

/** The topic's section on the staff page: the one its h2 names. */
function topicSection(page: HTMLElement, title: string): HTMLElement {
  const section = [...page.querySelectorAll('section')].find((candidate) => candidate.querySelector('h2')?.textContent === title);
  if (!section) throw new Error(`no section for ${title}`);
  return section;
}

/** The copyable text of the emails in a part of the page, as [subject, body]. */
function shownEmails(container: HTMLElement): [string, string][] {
  return [...container.querySelectorAll('dl')].map((list) => {
    const [subject, body] = [...list.querySelectorAll('dd')].map((dd) => dd.textContent ?? '');
    return [subject ?? '', body ?? ''];
  });
}

describe('the emails on the English staff page', { timeout: 60_000 }, () => {
  it('shows under each topic an email to copy, with its title, description and address, and a link that opens the same email', async () => {
    const page = await staffPage('/links-for-staff/');
    for (const article of articles) {
      const section = topicSection(page, article.title);
      const [[subject, body] = ['', '']] = shownEmails(section);
      expect(subject).toBe(article.title);
      expect(body.split('\n')).toEqual([
        'Hello,',
        '',
        'Here is a page from Example Physical Therapy:',
        '',
        article.title,
        article.description,
        '',
        `${site.url}${article.path}`,
        '',
        'If you have questions, ask your physical therapist.',
      ]);
      const link = within(section).getByRole('link', { name: `Open in your email app: ${article.title}` });
      expect(opened(link.getAttribute('href'))).toEqual({ to: '', subject, body });
    }
  });

  it('offers each topic’s email in Spanish too, marked as Spanish, with its own link', async () => {
    const page = await staffPage('/links-for-staff/');
    const [first] = articles;
    const twin = spanishArticles.find((article) => article.translationOf === first?.slug);
    const section = topicSection(page, first?.title ?? '');
    expect(within(section).getByRole('heading', { level: 3, name: 'This email in: Español' })).toBeInTheDocument();
    const link = within(section).getByRole('link', { name: `Abrir en su programa de correo: ${twin?.title}` });
    expect(link).toHaveAttribute('hreflang', 'es');
    expect(link.closest('[lang]')).toHaveAttribute('lang', 'es');
    const [, [subject, body] = ['', '']] = shownEmails(section);
    expect(subject).toBe(twin?.title);
    expect(body).toContain(`\n${twin?.description}\n\n${site.url}${twin?.path}\n\nSi tiene dudas, pregunte a su fisioterapeuta.`);
    expect(opened(link.getAttribute('href'))).toEqual({ to: '', subject, body });
  });

  it('groups the state pages in three, each group with its email to copy and each state with its address and email link', async () => {
    const page = await staffPage('/links-for-staff/');
    const states = within(page).getByRole('region', { name: 'Emails about each state' });
    expect(within(states).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Not available: the clinic's article says so",
      "Offered at the clinic's locations",
      "Not stated in the clinic's article",
    ]);
    expect(shownEmails(states).map(([subject]) => subject)).toEqual(['Dry needling in [state]', 'Dry needling in [state]', 'Dry needling in [state]']);
    const emailLinks = within(states).getAllByRole('link', { name: /^Email about / });
    expect(emailLinks).toHaveLength(availability.states.length);

    // The offered group's template has a blank for the count of locations: each line gives it.
    expect(within(states).getByRole('link', { name: 'Email about Texas' }).closest('li')).toHaveTextContent(/Offered at \d+ locations?/);

    const california = within(states).getByRole('link', { name: 'Email about California' });
    expect(within(states).getByRole('link', { name: `${site.url}/availability/california/` })).toBeInTheDocument();
    expect(opened(california.getAttribute('href'))).toEqual({
      to: '',
      subject: 'Dry needling in California',
      body: expect.stringContaining(
        `\nThe clinic's article says dry needling is not available in California. See what to do instead.\n\n${site.url}/availability/california/\n`,
      ),
    });
  });

  it('links from the top of the page to the emails about each state', async () => {
    const page = await staffPage('/links-for-staff/');
    expect(within(page).getByText('Emails about each state', { selector: 'a' })).toHaveAttribute('href', '#emails-about-each-state');
    expect(page.querySelector('#emails-about-each-state')).toHaveTextContent('Emails about each state');
  });
});

describe('the emails on the Spanish staff page', { timeout: 60_000 }, () => {
  it('gives each topic its Spanish email first, then the English one marked as English', async () => {
    const page = await staffPage('/es/enlaces-para-el-personal/');
    for (const article of spanishArticles) {
      const section = topicSection(page, article.title);
      const [[subject, body] = ['', ''], [englishSubject] = ['']] = shownEmails(section);
      expect(subject).toBe(article.title);
      expect(body.startsWith('Hola:\n\nLe enviamos una página de Example Physical Therapy:\n')).toBe(true);
      expect(opened(within(section).getByRole('link', { name: `Abrir en su programa de correo: ${article.title}` }).getAttribute('href'))).toEqual({
        to: '',
        subject,
        body,
      });
      const original = articles.find((candidate) => candidate.slug === article.translationOf);
      expect(englishSubject).toBe(original?.title);
      expect(within(section).getByRole('link', { name: `Open in your email app: ${original?.title}` })).toHaveAttribute('hreflang', 'en');
    }
  });

  it('groups the states with Spanish words and Spanish emails', async () => {
    const page = await staffPage('/es/enlaces-para-el-personal/');
    const states = within(page).getByRole('region', { name: 'Correos sobre cada estado' });
    const newYork = within(states).getByRole('link', { name: 'Correo sobre Nueva York' });
    expect(opened(newYork.getAttribute('href'))).toMatchObject({
      subject: 'La punción seca en Nueva York',
      body: expect.stringContaining(`${site.url}/es/disponibilidad/nueva-york/\n\nSi tiene dudas, pregunte a su fisioterapeuta.`),
    });
  });
});
