import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { TopicList } from '@/components/topic-list';
import { englishChrome, spanishChrome } from '../fixtures/chrome';
import { TranslationNotice } from '@/components/translation-notice';
import { english, spanish } from '@/lib/i18n/languages';

describe('site header, footer and skip link', () => {
  it('offers a skip link to the main content', () => {
    render(<SkipLink targetId="main-content" label="Skip to main content" />);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
  });

  it('names the site and lists the main navigation as plain links', () => {
    render(<SiteHeader chrome={englishChrome} />);
    expect(screen.getByRole('banner')).toHaveTextContent('Dry needling in physical therapy');
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    expect(nav.querySelectorAll('a')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Where dry needling is offered' })).toHaveAttribute('href', '/availability/');
  });

  it('names the clinic that publishes the site in the header, linking to its website', () => {
    render(<SiteHeader chrome={englishChrome} />);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Riverbend Physical Therapy' })).toHaveAttribute('href', 'https://riverbend-clinic.org');
  });

  it("shows the clinic's logo instead of its name when it has one, named by the clinic's name", () => {
    render(<SiteHeader chrome={{ ...englishChrome, clinic: { ...englishChrome.clinic, logo: '/images/clinic-logo.png' } }} />);
    const logo = within(screen.getByRole('banner')).getByRole('img', { name: 'Riverbend Physical Therapy' });
    expect(logo).toHaveAttribute('src', '/images/clinic-logo.png');
    expect(logo.closest('a')).toHaveAttribute('href', 'https://riverbend-clinic.org');
  });

  it('names the clinic that publishes the site in the footer, in the page language, with its website and phone number', () => {
    render(<SiteFooter chrome={spanishChrome} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Este sitio web lo publica Riverbend Physical Therapy.');
    expect(within(footer).getByRole('link', { name: 'https://riverbend-clinic.org' })).toHaveAttribute('href', 'https://riverbend-clinic.org');
    expect(within(footer).getByRole('link', { name: '(512) 555-2368' })).toHaveAttribute('href', 'tel:+15125552368');
  });

  it('carries the medical disclaimer in the footer', () => {
    render(<SiteFooter chrome={englishChrome} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('It is not medical advice');
  });

  it('says in short in the footer how the pages are written and reviewed, and links to the page that says it in full', () => {
    render(<SiteFooter chrome={englishChrome} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      "The topic pages are written in plain language for patients, from the clinic's own article. Each page says who checked it against that article, or that no one has yet.",
    );
    expect(screen.getByRole('link', { name: 'How these pages are written and checked' })).toHaveAttribute('href', '/about/');
  });

  it('links the page to its twin in the other language at the top, named and marked in that language', () => {
    render(<SiteHeader chrome={englishChrome} />);
    const languages = screen.getByRole('navigation', { name: 'Language' });
    const spanish = within(languages).getByRole('link', { name: 'Español' });
    expect(spanish).toHaveAttribute('href', '/es/efectos-de-la-puncion-seca/');
    expect(spanish).toHaveAttribute('lang', 'es');
    expect(spanish).toHaveAttribute('hreflang', 'es');
    expect(screen.getByRole('banner').firstElementChild?.firstElementChild).toContainElement(languages);
  });

  it('speaks Spanish on a Spanish page: site name, navigation, language link and footer', () => {
    render(
      <>
        <SiteHeader chrome={spanishChrome} />
        <SiteFooter chrome={spanishChrome} />
      </>,
    );
    expect(screen.getByRole('banner')).toHaveTextContent('La punción seca en la fisioterapia');
    expect(screen.getByRole('navigation', { name: 'Principal' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Idioma' })).getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('No es consejo médico.');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Enlaces para el personal' })).toHaveAttribute(
      'href',
      '/es/enlaces-para-el-personal/',
    );
  });

  it('lists topics in the order given, each with its summary', () => {
    render(
      <TopicList
        topics={[
          { path: '/what-is-dry-needling/', title: 'What is dry needling?', description: 'A thin needle with no medicine in it.' },
          { path: '/benefits/', title: 'Possible benefits of dry needling', description: 'Less pain and better movement.' },
        ]}
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/what-is-dry-needling/', '/benefits/']);
    expect(screen.getByText('A thin needle with no medicine in it.')).toBeInTheDocument();
  });
});

describe('the notice on a translation no qualified translator has reviewed', () => {
  it('says so in Spanish and links to the page in English, marked as English', () => {
    render(<TranslationNotice language={spanish} original={{ language: english, path: '/after-effects/' }} />);
    expect(screen.getByText(/un traductor humano calificado todavía no la ha revisado\./)).toHaveTextContent(
      /^Esta página se tradujo con ayuda de una máquina, y un traductor humano calificado todavía no la ha revisado\. Si algo no está claro, pregúntele a su fisioterapeuta o llame a la clínica\. Vea la página original en inglés\.$/,
    );
    const link = screen.getByRole('link', { name: 'Vea la página original en inglés' });
    expect(link).toHaveAttribute('href', '/after-effects/');
    expect(link).toHaveAttribute('hreflang', 'en');
  });
});
