import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { fixedRoutes, reservedNames } from '@/lib/routes/fixed-routes';
import { refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

describe('the addresses of the pages about the site', () => {
  it('are plain words in each language', () => {
    const { about, accessibility, privacy } = fixedRoutes(english);
    expect([about, accessibility, privacy]).toEqual(['/about/', '/accessibility/', '/privacy/']);
    const spanishRoutes = fixedRoutes(spanish);
    expect([spanishRoutes.about, spanishRoutes.accessibility, spanishRoutes.privacy]).toEqual([
      '/es/sobre-esta-informacion/',
      '/es/accesibilidad/',
      '/es/privacidad/',
    ]);
  });

  it('cannot be taken by an article in either language', () => {
    expect([...reservedNames(spanish).keys()]).toEqual(expect.arrayContaining(['sobre-esta-informacion', 'accesibilidad', 'privacidad']));
    expect(reservedNames(english).get('privacy')).toBe('the privacy page (/privacy/)');
  });

  it('refuses an article file named like one of them, saying what has the name', async () => {
    const content = temporaryContent('reserved-file-name');
    renameSync(path.join(content.dir, 'links-for-staff.md'), path.join(content.dir, 'accessibility.md'));
    expect(await refusalOf(loadArticles(content.dir, english, [english]), 'accessibility.md')).toEqual([
      `${content.shown('accessibility.md')}: the name "accessibility" belongs to the accessibility statement (/accessibility/), which the site makes itself. Give the file another name.`,
    ]);
  });
});
