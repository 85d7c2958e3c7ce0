import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClinic, parseClinicFile } from '@/lib/content/clinic';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const FILE = 'content/clinic.yaml';
const PUBLIC_DIR = contentFixture('public');

const RIVERBEND = 'name: Riverbend Physical Therapy\nwebsite: https://riverbend-clinic.org\nphone: (512) 555-2368\n';

function parsed(source: string) {
  return parseClinicFile(source, FILE, PUBLIC_DIR).clinic;
}

function refusal(source: string): Promise<readonly string[]> {
  return refusalOf(Promise.resolve().then(() => parsed(source)), 'the clinic file');
}

describe('content/clinic.yaml: the clinic that publishes the site', () => {
  it("reads the clinic's name, website and phone number, and knows the clinic wrote them", async () => {
    expect(await loadClinic(contentFixture('valid'))).toEqual({
      example: false,
      name: 'Riverbend Physical Therapy',
      website: 'https://riverbend-clinic.org',
      phone: '(512) 555-2368',
    });
  });

  it('knows the example clinic the site ships with for what it is', async () => {
    expect(await loadClinic()).toMatchObject({ example: true, name: 'Example Physical Therapy', website: 'https://clinic.example.org' });
  });

  it.each([
    ['a 555-01xx phone number', RIVERBEND.replace('(512) 555-2368', '512-555-0199')],
    ['a website on a domain reserved for examples', RIVERBEND.replace('riverbend-clinic.org', 'riverbend.example.com')],
  ])('counts as an example with %s, even without "example: true"', (_, source) => {
    expect(parsed(source).example).toBe(true);
  });

  it('reads an optional logo under public/ and a handle on X', () => {
    const clinic = parsed(`${RIVERBEND}logo: /images/needle-in-shoulder.jpg\ntwitter: "@riverbendpt"\n`);
    expect(clinic).toMatchObject({ logo: '/images/needle-in-shoulder.jpg', twitter: '@riverbendpt' });
  });

  it.each([
    ['no name', 'website: https://riverbend-clinic.org\nphone: (512) 555-2368\n', [`${FILE}:1: "name" is missing. Add a line like: name: Riverbend Physical Therapy`]],
    [
      'a website without https://',
      RIVERBEND.replace('https://riverbend-clinic.org', 'riverbend-clinic.org'),
      [`${FILE}:2: "website" must be the clinic's website, starting with https://, like https://yourclinic.org (got "riverbend-clinic.org").`],
    ],
    [
      'a phone number without its area code',
      RIVERBEND.replace('(512) 555-2368', '555-2368'),
      [`${FILE}:3: "phone" must be a US phone number with its area code, like 512-555-0142 or (512) 555-0142 (got "555-2368").`],
    ],
    [
      'a handle without its "@"',
      `${RIVERBEND}twitter: riverbendpt\n`,
      [`${FILE}:4: "twitter" must be the clinic's handle on X (Twitter): "@" and up to 15 letters, digits or underscores, in quotes, like twitter: "@yourclinic" (got "riverbendpt").`],
    ],
    [
      'a logo that is not there',
      `${RIVERBEND}logo: /images/logo.png\n`,
      [`${FILE}:4: "logo": the image "/images/logo.png" does not exist: there is no file tests/fixtures/content/public/images/logo.png. Check the spelling, or add the picture there (like /images/needle.jpg for the file public/images/needle.jpg).`],
    ],
    [
      'a field the file does not use',
      `${RIVERBEND}address: 1200 Example Avenue\n`,
      [`${FILE}:1: has a field this file does not use: "address". Use only example, name, website, phone, logo and twitter.`],
    ],
  ])('refuses %s, naming the line and what to write', async (_, source, messages) => {
    expect(await refusal(source)).toEqual(messages);
  });

  it('refuses a name longer than the header has room for, saying how long it is', async () => {
    const name = `Riverbend ${'Physical Therapy '.repeat(4)}`.trim();
    expect(await refusal(RIVERBEND.replace('Riverbend Physical Therapy', name))).toEqual([
      `${FILE}:1: "name" has ${name.length} characters; the header has room for 60. Write the name patients know the clinic by, shorter (got "${name}").`,
    ]);
  });

  it('says how to create the file when it is missing', async () => {
    const content = temporaryContent('valid');
    const empty = path.join(content.dir, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'notes.txt'), '');
    expect(await refusalOf(loadClinic(empty), 'a missing clinic file')).toEqual([
      `${content.shown('empty/clinic.yaml')}: the file naming the clinic that publishes the site is missing. Create it with the clinic's name, website and phone number, each on its own line (see docs/editors.md, "The clinic that publishes the site").`,
    ]);
  });
});
