import { describe, expect, it } from 'vitest';
import { spanish } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { assertBuilt, readPage } from './out-dir';

assertBuilt();

/** Section links staff sent before the Spanish headings were reworded, and the section's id now. */
const REWORDED = [
  ['/es/puncion-seca-y-acupuntura/', 'comparacion-lado-a-lado', 'tabla-comparativa'],
  ['/es/para-que-se-usa/', 'parte-de-un-plan-mas-grande', 'parte-de-un-plan-mas-amplio'],
  ['/es/disponibilidad/', 'como-revisar-su-estado', 'como-buscar-el-estado-donde-vive'],
] as const;

describe('links to a section whose heading was reworded', () => {
  it.each(REWORDED)('%s#%s lands on the section now at #%s', (urlPath, oldId, currentId) => {
    const document = readPage(urlPath);
    const mark = document.getElementById(oldId);
    expect(mark?.tagName).toBe('SPAN');
    expect(mark?.childNodes).toHaveLength(0);
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    // Just before the heading and its "link to this section" anchor, so the browser scrolls to the heading.
    const next = mark?.nextElementSibling;
    expect(next?.querySelector(':scope > h2')?.id).toBe(currentId);
    expect(document.querySelectorAll(`[id="${oldId}"]`)).toHaveLength(1);
  });

  it('leaves the old ids out of the printable guide, where every topic is on one page', () => {
    const guide = readPage(fixedRoutes(spanish).guide);
    for (const [, oldId, currentId] of REWORDED) {
      expect(guide.getElementById(oldId), oldId).toBeNull();
      expect(guide.getElementById(currentId)?.tagName, currentId).toBe('H3');
    }
  });
});
