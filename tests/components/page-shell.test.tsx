import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/components/language-switch';
import { NotFoundPage } from '@/components/not-found-page';
import { PageShell } from '@/components/page-shell';
import { english, spanish } from '@/lib/i18n/languages';
import { englishChrome, spanishChrome } from '../fixtures/chrome';

/** The whole document a page is, parsed as a browser reads it. */
function documentOf(markup: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html>${markup}`, 'text/html');
}

describe('PageShell', () => {
  it('marks the document with its language and makes main the target the skip link can move focus to', () => {
    const page = documentOf(renderToStaticMarkup(<PageShell chrome={spanishChrome}><p>Hola.</p></PageShell>));
    expect(page.documentElement.getAttribute('lang')).toBe('es');
    expect(page.querySelector('main')?.getAttribute('tabindex')).toBe('-1');
    expect(page.querySelector('main')?.textContent).toBe('Hola.');
  });

  it('opens main with the notice on a translation no qualified translator has reviewed, and shows none otherwise', () => {
    const unreviewed = { ...spanishChrome, unreviewedTranslationOf: { language: english, path: '/after-effects/' } };
    const notice = (chrome: typeof spanishChrome) =>
      documentOf(renderToStaticMarkup(<PageShell chrome={chrome}><p>Hola.</p></PageShell>)).querySelector('main a[hreflang="en"]')?.getAttribute('href');
    expect(notice(unreviewed)).toBe('/after-effects/');
    expect(notice(spanishChrome)).toBeUndefined();
    expect(notice(englishChrome)).toBeUndefined();
  });
});

describe('LanguageSwitch', () => {
  it('shows nothing on a page that exists in one language only', () => {
    render(<LanguageSwitch label="Language" intro="Read this page in:" translations={[]} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByText('Read this page in:')).not.toBeInTheDocument();
  });
});

describe('NotFoundPage', () => {
  it('says in the language of its folder that there is no page here, and links to all the topics in that language', () => {
    render(<NotFoundPage language={spanish} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No se encontró la página');
    expect(screen.getByRole('link', { name: 'Vea todos los temas sobre la punción seca' })).toHaveAttribute('href', '/es/#temas');
  });
});
