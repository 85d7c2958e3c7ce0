import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkCatalogs } from '@/lib/checks/catalog-check';
import { displayPath } from '@/lib/content/content-paths';
import { formatProblem } from '@/lib/content/problem';
import { english, spanish } from '@/lib/i18n/languages';
import { catalogFixtureLines } from '@/tests/fixtures/fixture-lines';

/** What the check says about an English and a Spanish catalog written as given (undefined: no file), with the folder shown as "messages". */
async function catalogLines(catalogs: { en?: string; es?: string }): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogs-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [code, text] of Object.entries(catalogs)) writeFileSync(path.join(dir, `${code}.json`), text);
  const { problems } = await checkCatalogs([english, spanish], dir);
  return problems.map(formatProblem).map((line) => line.replaceAll(displayPath(dir), 'messages'));
}

/** A catalog of the messages given, one a line as JSON writes them (the first key on line 2). */
function catalog(messages: Record<string, string>): string {
  return `${JSON.stringify(messages, null, 2)}\n`;
}

const EN = catalog({ 'footer.heading': 'About this information', 'statePage.title': 'Dry needling in {state}' });

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
      'tests/fixtures/catalogs/faulty/vi.json: error: is missing: every language of the site needs its catalog. Copy tests/fixtures/catalogs/faulty/en.json here and translate each message.',
    ]);
  });

  it('names the file of each language it checked, and gives back the catalogs it could read, English first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalogs-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'en.json'), EN);
    const { files, problems, catalogs } = await checkCatalogs([english, spanish], dir);
    expect(files).toEqual([displayPath(path.join(dir, 'en.json')), displayPath(path.join(dir, 'es.json'))]);
    expect(problems).toHaveLength(1);
    expect(catalogs.map((read) => [read.language.code, [...read.entries]])).toEqual([
      [
        'en',
        [
          ['footer.heading', { text: 'About this information', line: 2 }],
          ['statePage.title', { text: 'Dry needling in {state}', line: 3 }],
        ],
      ],
    ]);
  });

  it('refuses a catalog too large to hold only interface messages', async () => {
    const es = catalog({ 'footer.heading': 'a'.repeat(64 * 1024), 'statePage.title': 'Punción seca en {state}' });
    expect(await catalogLines({ en: EN, es })).toEqual([
      'messages/es.json: error: is 65 KB; a file in messages/ may be at most 64 KB. A catalog holds short interface messages: check that nothing else was pasted into it.',
    ]);
  });

  it('finds nothing wrong with a translation that has every key, placeholder and plural form', async () => {
    expect(await catalogLines({ en: EN, es: catalog({ 'footer.heading': 'Acerca de esta información', 'statePage.title': 'Punción seca en {state}' }) })).toEqual([]);
  });

  it('refuses a catalog that is JSON but not one object, at its first line', async () => {
    expect(await catalogLines({ en: EN, es: '["Acerca de esta información"]\n' })).toEqual(['messages/es.json:1: error: must be one JSON object of "key": "message" pairs, in { }.']);
  });

  it('names a key written twice at its second line, with the line of the first, and a message not in quotes', async () => {
    expect(await catalogLines({ en: EN, es: '{\n  "footer.heading": "Acerca",\n  "statePage.title": 3,\n  "footer.heading": "Sobre"\n}\n' })).toEqual([
      'messages/es.json:3: error: "statePage.title" must be a message in double quotes.',
      'messages/es.json:4: error: "footer.heading" is here twice (also line 2). Keep one of them.',
    ]);
  });

  it('asks for a missing first key at the start of the translation, at its line 1', async () => {
    expect(await catalogLines({ en: EN, es: catalog({ 'statePage.title': 'Punción seca en {state}' }) })).toEqual([
      'messages/es.json:1: error: "footer.heading" is missing. Add it at the start, translated from messages/en.json:2.',
    ]);
  });

  it('compares nothing with an English catalog it cannot read, and checks each message of the translation by itself', async () => {
    expect(await catalogLines({ es: catalog({ 'statePage.title': 'Punción seca en {estado}', 'footer.heading': '{n, plural, one {# página} other {# páginas}}' }) })).toEqual([
      "messages/en.json: error: is missing: it holds the site's words in English, which every other catalog translates. Put it back, for example with git restore messages/en.json.",
      'messages/es.json:3: error: "footer.heading": the plural of {n} has no "many {…}" form. Español (es-US) needs many, one, other: add "many {…}".',
    ]);
  });

  it('says a translation may use no placeholders when the English message has none', async () => {
    expect(await catalogLines({ en: EN, es: catalog({ 'footer.heading': 'Acerca de {clinic}', 'statePage.title': 'Punción seca en {state}' }) })).toEqual([
      'messages/es.json:2: error: "footer.heading" has {clinic}, which the English message does not have. The English message has no placeholders: write the words in place of {clinic}.',
    ]);
  });

  it('names every placeholder missing or extra in one message, and every plural form missing, joined with "and"', async () => {
    const en = catalog({ 'statePage.title': '{count, plural, one {# place in {state} near {city}} other {# places in {state} near {city}}}' });
    expect(await catalogLines({ en, es: catalog({ 'statePage.title': '{count, plural, other {# lugares en {estado} cerca de {ciudad}}}' }) })).toEqual([
      'messages/es.json:2: error: "statePage.title": the plural of {count} has no "many {…}" and "one {…}" forms. Español (es-US) needs many, one, other: add "many {…}" and "one {…}".',
      'messages/es.json:2: error: "statePage.title" does not have {state}, {city}, which the English message has. Put it where the sentence needs it.',
      'messages/es.json:2: error: "statePage.title" has {estado}, {ciudad}, which the English message does not have. Use only {count}, {state}, {city}.',
    ]);
  });

  it('says in words what is wrong with a message ICU cannot read', async () => {
    const es = (message: string) => catalog({ 'footer.heading': message, 'statePage.title': 'Punción seca en {state}' });
    const advice = async (message: string) => (await catalogLines({ en: EN, es: es(message) })).map((line) => line.replace(/^.*is not a valid ICU message: (.*)\. Copy the braces.*$/, '$1'));
    expect(await advice('Acerca de {estado')).toEqual(['a { has no matching }']);
    expect(await advice('Acerca de <link>esto')).toEqual(['a tag such as <link> is not closed with </link>']);
    expect(await advice('{n, plural, one {# página}}')).toEqual(['a plural or select has no "other {…}" form']);
    expect(await advice('Acerca de {}')).toEqual(['a placeholder is empty: {}']);
    expect(await advice('{n, plural, one {# página} one {# páginas} other {#}}')).toEqual(['the ICU parser says DUPLICATE_PLURAL_ARGUMENT_SELECTOR']);
  });

  it('leaves a translated message uncompared when its English message is not valid ICU, and names the English one', async () => {
    const en = catalog({ 'footer.heading': 'About {', 'statePage.title': 'Dry needling in {state}' });
    expect(await catalogLines({ en, es: catalog({ 'footer.heading': 'Acerca de {clinic}', 'statePage.title': 'Punción seca en {state}' }) })).toEqual([
      'messages/en.json:2: error: "footer.heading" is not a valid ICU message: a { has no matching }. Copy the braces, tags and "#" of the English message exactly; translate only the words.',
    ]);
  });
});
