import { riverbendClinic } from '@/tests/fixtures/clinic';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AboutView } from '@/components/about-view';
import { AccessibilityStatement } from '@/components/accessibility-statement';
import { PrivacyStatement } from '@/components/privacy-statement';
import { ProblemReportInvitation } from '@/components/problem-report-invitation';
import { SiteFooter } from '@/components/site-footer';
import { english, spanish } from '@/lib/i18n/languages';
import { absoluteUrl } from '@/lib/routes/site-url';
import { clinicalReviewer, translationReviewer } from '../fixtures/articles';
import { englishChrome, spanishChrome } from '../fixtures/chrome';

const SOURCE = { title: 'Dry needling in physical therapy', published: '2024-07-22' };

/** The subject a mail program fills in from a mailto: link. */
function subjectOf(link: HTMLElement): string | null {
  return new URL(link.getAttribute('href') ?? '').searchParams.get('subject');
}

describe('the footer of every page', () => {
  it('links to the accessibility statement and the privacy page, and reports a problem with the page by email', () => {
    render(<SiteFooter chrome={englishChrome} />);
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Accessibility statement' })).toHaveAttribute('href', '/accessibility/');
    expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy/');
    const report = footer.getByRole('link', { name: 'Report a problem with this page' });
    expect(report.getAttribute('href')).toMatch(/^mailto:problems@example\.org\?subject=/);
    expect(subjectOf(report)).toBe(`Problem with the page ${absoluteUrl('/after-effects/')}`);
  });

  it('does all of it in Spanish on a Spanish page', () => {
    render(<SiteFooter chrome={spanishChrome} />);
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'Cómo se escriben y se revisan estas páginas' })).toHaveAttribute('href', '/es/sobre-esta-informacion/');
    expect(footer.getByRole('link', { name: 'Declaración de accesibilidad' })).toHaveAttribute('href', '/es/accesibilidad/');
    expect(footer.getByRole('link', { name: 'Privacidad' })).toHaveAttribute('href', '/es/privacidad/');
    const report = footer.getByRole('link', { name: 'Avisar de un problema en esta página' });
    expect(subjectOf(report)).toBe(`Problema en la página ${absoluteUrl('/es/efectos-de-la-puncion-seca/')}`);
  });
});

describe('the invitation to report a problem', () => {
  it('shows the address as the link, so it can be read, copied and printed, and points to the footer link', () => {
    render(<ProblemReportInvitation address="webteam@riverbend-clinic.org" pagePath="/accessibility/" language={english} />);
    const link = screen.getByRole('link', { name: 'webteam@riverbend-clinic.org' });
    expect(link.getAttribute('href')).toMatch(/^mailto:webteam@riverbend-clinic\.org\?/);
    expect(subjectOf(link)).toBe(`Problem with the page ${absoluteUrl('/accessibility/')}`);
    expect(screen.getByText(/^If you find a problem, email/)).toHaveTextContent('If you find a problem, email webteam@riverbend-clinic.org. Say which page it is on and what is wrong.');
    expect(screen.getByText('At the bottom of every page, the link "Report a problem with this page" starts an email about that page.')).toBeInTheDocument();
  });
});

describe('the about page', () => {
  it('lists each reviewer with their credentials and what they check, and says which are examples', () => {
    render(<AboutView language={english} source={SOURCE} clinic={riverbendClinic} reviewers={[clinicalReviewer, { ...translationReviewer, example: true }]} report={null} />);
    const items = within(screen.getByRole('heading', { name: 'Who checks the pages' }).closest('section') as HTMLElement).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      "Ana Rivera, PT, DPT: checks pages against the clinic's article.",
      'Lucía Méndez, certified translator: checks translations. This name is an example, not a real person: the clinic has not named its reviewers yet.',
    ]);
  });

  it("names the clinic's article and its date, the reading-level rule and how a review is made and lapses", () => {
    render(<AboutView language={english} source={SOURCE} clinic={riverbendClinic} reviewers={[]} report={null} />);
    expect(screen.getByText(`Every medical fact on these pages comes from the clinic's own article "Dry needling in physical therapy" of July 22, 2024.`)).toBeInTheDocument();
    expect(screen.getByText(/The English pages aim for a US school reading level of grade 6 or lower on the Flesch-Kincaid scale, and are never above grade 8\./)).toBeInTheDocument();
    expect(screen.getByText(/If the words of the page change after that, the page stops showing the review until someone checks it again\. A page is checked again within one year\./)).toBeInTheDocument();
    expect(screen.getByText('The clinic has not named its reviewers yet. Until it does, each page says that no named reviewer has checked it.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Who publishes this website' })).toBeInTheDocument();
  });

  it('names the clinic that publishes the site, with its website and a phone number to tap', () => {
    render(<AboutView language={english} source={SOURCE} clinic={riverbendClinic} reviewers={[]} report={null} />);
    expect(screen.getByText('Riverbend Physical Therapy publishes this website for its patients. It explains dry needling in physical therapy in plain words.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://riverbend-clinic.org' })).toHaveAttribute('href', 'https://riverbend-clinic.org');
    expect(screen.getByRole('link', { name: '(512) 555-2368' })).toHaveAttribute('href', 'tel:+15125552368');
  });

  it('says which pages are unreviewed translations, only while some are', () => {
    const { unmount } = render(<AboutView language={english} source={SOURCE} clinic={riverbendClinic} unreviewedLanguages="Spanish" reviewers={[]} report={null} />);
    expect(screen.getByRole('heading', { name: 'Translations' })).toBeInTheDocument();
    expect(screen.getByText(/^The pages in Spanish were translated from the English pages with the help of a machine\. A qualified human translator has not yet checked them\./)).toBeInTheDocument();
    unmount();
    render(<AboutView language={english} source={SOURCE} clinic={riverbendClinic} reviewers={[]} report={null} />);
    expect(screen.queryByRole('heading', { name: 'Translations' })).toBeNull();
  });

  it('gives the Spanish reading rule and the date the Spanish way on the Spanish page', () => {
    render(<AboutView language={spanish} source={SOURCE} clinic={riverbendClinic} unreviewedLanguages="español" reviewers={[]} report={null} />);
    expect(screen.getByText(/del propio artículo de la clínica «Dry needling in physical therapy» \(en inglés\), del 22 de julio de 2024\./)).toBeInTheDocument();
    expect(screen.getByText(/Las páginas en español buscan 70 puntos o más en la escala de lectura de Fernández-Huerta, .* y nunca tienen menos de 60\./)).toBeInTheDocument();
    expect(screen.getByText(/^Las páginas en español se tradujeron de las páginas en inglés con ayuda de una máquina\./)).toBeInTheDocument();
  });
});

describe('the accessibility statement', () => {
  it('names the standard, lists what the tests check, the known limits and how to report a problem', () => {
    render(<AccessibilityStatement language={english} unreviewedLanguages="Spanish" report={<p>Email us.</p>} />);
    expect(screen.getByText(/aims to meet the Web Content Accessibility Guidelines \(WCAG\) version 2\.2, at level AA\./)).toBeInTheDocument();
    const testing = screen.getByRole('heading', { name: 'How we test it' }).closest('section');
    expect(within(testing ?? document.body).getAllByRole('listitem')).toHaveLength(6);
    const limits = screen.getByRole('heading', { name: 'What does not work well yet' }).closest('section');
    expect(within(limits ?? document.body).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'The pages in Spanish were translated with the help of a machine, and a qualified human translator has not yet checked them. Some words may not be clear.',
      'Automatic tests find many problems, but not all of them. If something on this website does not work for you, please tell us.',
    ]);
    const report = screen.getByRole('heading', { name: 'Tell us about a problem' }).closest('section');
    expect(report).toHaveTextContent('Email us.');
  });
});

describe('the privacy page', () => {
  it('says what the site does not do, what may be kept, and how it is checked', () => {
    render(<PrivacyStatement language={english} />);
    const notDone = screen.getByRole('heading', { name: 'What this website does not do' }).closest('section');
    expect(within(notDone ?? document.body).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'It sets no cookies.',
      'It uses no analytics or other tools that track what you read.',
      'It loads nothing from other websites: no fonts, scripts, images or videos. Your browser gets every part of a page from this website only.',
      'It runs no JavaScript: the pages are plain web pages.',
      'When you follow a link from this website to another one, your browser does not tell the other website which page you came from.',
    ]);
    expect(screen.getByText(/may keep a record of each visit/)).toBeInTheDocument();
    expect(screen.getByText(/the clinic gets your email address and what you write/)).toBeInTheDocument();
  });
});
