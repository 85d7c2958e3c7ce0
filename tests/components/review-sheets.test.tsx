import { within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CatalogSheet } from '@/components/review-sheets/catalog-sheet';
import { ClinicalSheet } from '@/components/review-sheets/clinical-sheet';
import { TranslationSheet } from '@/components/review-sheets/translation-sheet';
import type { Article } from '@/lib/content/articles';
import { pageBlocks } from '@/lib/content/blocks';
import { catalogFingerprints } from '@/lib/content/catalog-fingerprints';
import { parseMarkdown } from '@/lib/content/markdown';
import { alignBlocks } from '@/lib/content/review-sheets';
import { fingerprintsOf } from '@/lib/content/review-coverage';
import type { TraceFile } from '@/lib/content/traces';
import { afterEffectsArticle } from '../fixtures/articles';

function article(language: string, file: string, title: string, body: string): Article {
  const blocks = pageBlocks({ title, description: `${title}.` }, { title: 2, description: 3 }, parseMarkdown(body), (line) => (line === undefined ? undefined : line + 5));
  return { ...afterEffectsArticle, language, file, title, blocks };
}

const english = article('en', 'content/after-effects.md', 'After effects', 'Most people feel fine.\n\n## What you may feel\n\n- Soreness\n- Bruising\n');
const spanish = article('es', 'content/es/efectos.md', 'Efectos', 'Casi todos se sienten bien.\n\n## Lo que puede sentir\n\n- Dolor\n- Moretones\n- Cansancio\n');

const trace: TraceFile = {
  file: 'content/sources/after-effects.yaml',
  slug: 'after-effects',
  entries: [
    { label: 'entry 1', block: 'Most people feel fine.', line: 2, source: [{ text: 'Most patients tolerate it well.', line: 12 }] },
    { label: 'entry 2', block: 'Soreness', line: 5, source: [{ text: 'soreness at the site', line: 20 }] },
  ],
};

/** The sheet as a browser reads the file the script writes. */
function parsed(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html>${renderToStaticMarkup(element)}`, 'text/html');
}

/** The sheet's body in the test's window, where roles and styles can be read. */
function show(element: React.ReactElement): HTMLElement {
  document.body.replaceChildren(...[...parsed(element).body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

describe('the clinical review sheet', () => {
  it('lists every block with its line beside the passages its trace quotes, one tick box each, and the fingerprint the signature covers', () => {
    const sheet = show(<ClinicalSheet article={english} trace={trace} generated="2026-12-04" />);
    const rows = within(sheet).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(english.blocks.length);
    expect(rows[2]).toHaveTextContent('Paragraph · content/after-effects.md:6Most people feel fine.“Most patients tolerate it well.”');
    expect(rows[4]).toHaveTextContent('List item · content/after-effects.md:10Soreness“soreness at the site”');
    expect(rows[5]).toHaveTextContent('No source on record: npm run check:content names it. Do not sign.');
    expect(within(sheet).getByLabelText('Sign-off')).toHaveTextContent(`This signature covers the text with the fingerprint ${fingerprintsOf(english.blocks).text} only.`);
    expect(within(sheet).getByLabelText('Sign-off')).toHaveTextContent('npm run sign-off -- content/after-effects.md --reviewer <id>');
  });
});

describe('the translation review sheet', () => {
  it('puts each English block beside the Spanish block at the same place in the outline, and an extra one beside nothing', () => {
    expect(alignBlocks(english.blocks, spanish.blocks).map((row) => [row.english?.text, row.translated?.text])).toEqual([
      ['After effects', 'Efectos'],
      ['After effects.', 'Efectos.'],
      ['Most people feel fine.', 'Casi todos se sienten bien.'],
      ['What you may feel', 'Lo que puede sentir'],
      ['Soreness', 'Dolor'],
      ['Bruising', 'Moretones'],
      [undefined, 'Cansancio'],
    ]);
    const sheet = show(<TranslationSheet english={english} translated={spanish} generated="2026-12-04" />);
    expect(within(sheet).getAllByRole('row').at(-1)).toHaveTextContent('(nothing here)List item · content/es/efectos.md:12Cansancio');
    expect(within(sheet).getByLabelText('Sign-off')).toHaveTextContent(`${fingerprintsOf(spanish.blocks).text} (translation) with ${fingerprintsOf(english.blocks).text} (English)`);
  });
});

describe('the translation sheet of the interface catalog', () => {
  it('shows each English message beside the translated one by key, with a box to tick, and signs both catalogs\' fingerprints', () => {
    const englishMessages = { 'footer.heading': 'About this information', 'statePage.title': 'Dry needling in {state}' };
    const spanishMessages = { 'footer.heading': 'Sobre esta información' };
    const catalog = (file: string, code: string, messages: Record<string, string>) => ({ file, code, messages, fingerprints: catalogFingerprints(messages) });
    const sheet = show(
      <CatalogSheet
        english={catalog('lib/i18n/messages/en.json', 'en', englishMessages)}
        translated={catalog('lib/i18n/messages/es.json', 'es', spanishMessages)}
        generated="2026-12-04"
      />,
    );
    const rows = within(sheet).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'footer.headingAbout this informationfooter.headingSobre esta información',
      'statePage.titleDry needling in {state}(nothing here)',
    ]);
    expect(rows.every((row) => row.querySelector('.tick .box') !== null)).toBe(true);
    expect(within(sheet).getByLabelText('Sign-off')).toHaveTextContent(
      `${catalogFingerprints(spanishMessages).text} (translation) with ${catalogFingerprints(englishMessages).text} (English)`,
    );
    expect(within(sheet).getByLabelText('Sign-off')).toHaveTextContent('npm run sign-off -- lib/i18n/messages/es.json --reviewer <id> --translation');
  });
});

describe('a sheet as a document', () => {
  it('is a whole printable page in English, with its own print rules', () => {
    const sheet = parsed(<ClinicalSheet article={english} trace={undefined} generated="2026-12-04" />);
    expect(sheet.documentElement.lang).toBe('en');
    expect(sheet.title).toBe('Clinical review: content/after-effects.md');
    expect(sheet.querySelector('head style')?.textContent).toContain('@page { margin: 14mm 12mm; }');
  });
});
