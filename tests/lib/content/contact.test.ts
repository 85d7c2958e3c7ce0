import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExampleAddress, loadContact, parseContact } from '@/lib/content/contact';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';
import { BILLION_LAUGHS, nestedLists } from '@/tests/fixtures/yaml-attacks';

const FILE = 'content/contact.yaml';

function refusal(source: string): Promise<readonly string[]> {
  return refusalOf(Promise.resolve().then(() => parseContact(source, FILE)), 'the contact file');
}

describe('content/contact.yaml: where reports of a problem go', () => {
  it('reads the address, and knows the clinic set it', async () => {
    expect(await loadContact(contentFixture('valid'))).toEqual({ problemReports: 'webteam@riverbend-clinic.org', example: false });
  });

  it('knows the example address the site ships with for what it is', async () => {
    expect(await loadContact(contentFixture('contact-example'))).toEqual({ problemReports: 'problems@example.org', example: true });
  });

  it('refuses two addresses on one line, naming the file, the line and the fix', async () => {
    expect(await refusalOf(loadContact(contentFixture('contact-bad-address')), 'two addresses')).toEqual([
      'tests/fixtures/content/contact-bad-address/contact.yaml:3: "problemReports" must be one email address, like problems@yourclinic.org (got "webteam@riverbend-clinic.org, front-desk@riverbend-clinic.org").',
    ]);
  });

  it.each([
    ['a name instead of an address', 'problemReports: Front desk', 'must be one email address, like problems@yourclinic.org (got "Front desk").'],
    ['a link instead of an address', 'problemReports: mailto:webteam@clinic.org', 'must be the email address alone, without "mailto:" (got "mailto:webteam@clinic.org").'],
    ['extra parts of a mail link', 'problemReports: webteam@clinic.org?subject=Hi', 'must be one email address, like problems@yourclinic.org (got "webteam@clinic.org?subject=Hi").'],
    ['a number', 'problemReports: 5125550142', 'must be one email address, like problems@yourclinic.org (got 5125550142).'],
  ])('refuses %s', async (_, source, message) => {
    expect(await refusal(`# Where reports go.\n${source}\n`)).toEqual([`${FILE}:2: "problemReports" ${message}`]);
  });

  it('says what to add when the address is missing, and which field is not used', async () => {
    expect(await refusal('problemReport: webteam@clinic.org\n')).toEqual([
      `${FILE}:1: "problemReports" is missing. Add a line like: problemReports: problems@yourclinic.org`,
      `${FILE}:1: has a field this file does not use: "problemReport". Use only problemReports.`,
    ]);
  });

  it('says what the file should hold when it is empty', async () => {
    expect(await refusal('')).toEqual([`${FILE}: must have one line, the address reports of a problem go to, like: problemReports: problems@yourclinic.org`]);
  });

  it('keeps the address as written, less the spaces around it', () => {
    expect(parseContact('problemReports: "  Web.Team+site@Clinic.org "', FILE).problemReports).toBe('Web.Team+site@Clinic.org');
  });

  it('is read with the same limits as every YAML file: no alias bombs, no deep nesting', async () => {
    expect(await refusal(`${BILLION_LAUGHS}\nproblemReports: webteam@clinic.org`)).toEqual([
      'content/contact.yaml:3: the YAML uses 72 aliases (*name, repeating the value marked &name); at most 10 are read. Write the values out in full.',
    ]);
    expect(await refusal(`${nestedLists(40)}\nproblemReports: webteam@clinic.org`)).toEqual([
      expect.stringMatching(/^content\/contact\.yaml:1: the YAML nests lists and fields \d+ levels deep/),
    ]);
  });

  it('says how to create the file when it is missing', async () => {
    expect(await refusalOf(loadContact(contentFixture('several-problems')), 'no contact file')).toEqual([
      'tests/fixtures/content/several-problems/contact.yaml: the file saying where reports of a problem go is missing. Create it with one line, like "problemReports: problems@yourclinic.org" (see docs/editors.md, "Where reports of a problem go").',
    ]);
  });

  it('refuses a file far larger than an address, before reading it as YAML', async () => {
    const content = temporaryContent('valid');
    writeFileSync(path.join(content.dir, 'contact.yaml'), `# ${'x'.repeat(70 * 1024)}\nproblemReports: webteam@clinic.org\n`);
    expect(await refusalOf(loadContact(content.dir), 'a huge file')).toEqual([
      `${content.shown('contact.yaml')}: is 71 KB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.`,
    ]);
  });
});

describe('isExampleAddress', () => {
  it.each(['problems@example.org', 'a@EXAMPLE.COM', 'a@mail.example.net', 'a@clinic.example', 'a@clinic.test', 'a@clinic.invalid', 'a@localhost'])(
    'knows %s reaches no one',
    (address) => {
      expect(isExampleAddress(address)).toBe(true);
    },
  );

  it.each(['webteam@riverbend-clinic.org', 'a@example.org.clinic.com', 'a@notexample.org', 'a@testing.org'])('takes %s for a real address', (address) => {
    expect(isExampleAddress(address)).toBe(false);
  });
});
