import { describe, expect, it } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { catalogFixtureLines } from '@/tests/fixtures/fixture-lines';

describe('the check of the catalogs of messages', () => {
  it('names each fault of a translated catalog at its line, with what to do', async () => {
    expect(await catalogFixtureLines('faulty', 'es.json', [english, spanish])).toEqual([
      'tests/fixtures/catalogs/faulty/es.json:2: error: "statePage.title" does not have {state}, which the English message has. Put it where the sentence needs it.',
      'tests/fixtures/catalogs/faulty/es.json:2: error: "statePage.title" has {estado}, which the English message does not have. Use only {state}.',
      'tests/fixtures/catalogs/faulty/es.json:3: error: "statePage.noLocation" is missing. Add it after "stateList.offeredAt", translated from tests/fixtures/catalogs/faulty/en.json:4.',
      'tests/fixtures/catalogs/faulty/es.json:3: error: "stateList.offeredAt": the plural of {locations} has no "many {…}" form. Español (es-US) needs many, one, other: add "many {…}".',
      'tests/fixtures/catalogs/faulty/es.json:4: error: "footer.heading" is missing. Add it after "movedPage.text", translated from tests/fixtures/catalogs/faulty/en.json:6.',
      'tests/fixtures/catalogs/faulty/es.json:4: error: "movedPage.text" is not a valid ICU message: a closing tag such as </link> has no opening tag. Copy the braces, tags and "#" of the English message exactly; translate only the words.',
      'tests/fixtures/catalogs/faulty/es.json:5: error: "footer.heding" is not in tests/fixtures/catalogs/faulty/en.json, so no page shows it. Check its spelling against the English key, or delete it.',
    ]);
  });

  it('finds nothing wrong in the English catalog the others are compared with', async () => {
    expect(await catalogFixtureLines('faulty', 'en.json', [english, spanish])).toEqual([]);
  });

  it('says where a catalog stops being JSON', async () => {
    const lines = await catalogFixtureLines('not-json', 'es.json', [english, spanish]);
    expect(lines[0]).toMatch(/^tests\/fixtures\/catalogs\/not-json\/es\.json:3: error: is not valid JSON here \(.+\)\. A catalog is one object of "key": "message" pairs, each pair but the last followed by a comma\.$/);
  });

  it('asks a new language for its catalog', async () => {
    const { vietnamese } = await import('@/tests/fixtures/third-language');
    expect(await catalogFixtureLines('faulty', 'vi.json', [english, vietnamese])).toEqual([
      'tests/fixtures/catalogs/faulty/vi.json: error: is missing: every language of the site needs its catalog. Copy lib/i18n/messages/en.json here and translate each message.',
    ]);
  });
});
