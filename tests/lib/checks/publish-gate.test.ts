import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishGate } from '@/lib/checks/publish-gate';
import { temporaryContent, type TemporaryContent } from '@/tests/fixtures/temporary-content';

const REAL_ADDRESS = 'https://riverbend-clinic.org';

const EXAMPLE_CLINIC = 'example: true\nname: Example Physical Therapy\nwebsite: https://clinic.example.org\nphone: (512) 555-0100\n';
const REVIEWERS = [
  'reviewers:',
  '  - name: Dana Example, PT, DPT',
  '    example: true',
  '  - name: Sam Rivera, PT',
  '    credentials: PT',
  '',
].join('\n');

/** The valid fixture (the clinic's own details and report address; example locations), with some files written over. */
function contentWith(files: Readonly<Record<string, string>>): TemporaryContent {
  const content = temporaryContent('valid');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content.dir, name), text);
  return content;
}

/** The valid fixture's locations, no longer marked as examples but keeping their 555-01xx numbers. */
function unmarkedLocations(content: TemporaryContent): void {
  const file = path.join(content.dir, 'locations.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('example: true', 'example: false'));
}

describe('the publish gate', () => {
  it('closes for a real address while any example is left, naming every one in one message with its file, line and what to write', async () => {
    const content = contentWith({ 'clinic.yaml': EXAMPLE_CLINIC, 'contact.yaml': 'problemReports: problems@example.org\n', 'reviewers.yaml': REVIEWERS });
    expect(await publishGate(REAL_ADDRESS, content.dir)).toEqual({
      open: false,
      message: [
        'SITE_URL is https://riverbend-clinic.org, a real address, but the site still has 4 examples that would mislead a patient. Replace each one before publishing (see docs/deployers.md, "Publishing checklist"):',
        `- ${content.shown('clinic.yaml')}:2: the clinic "Example Physical Therapy" is the example clinic (phone (512) 555-0100, website https://clinic.example.org). Write the name, website and phone number of the clinic that publishes the site, then set example: false.`,
        `- ${content.shown('locations.yaml')}:3: the locations are the example clinics (example: true). List the clinic's real locations, then set example: false.`,
        `- ${content.shown('contact.yaml')}:1: "problemReports" is an example address (problems@example.org): reports of a problem sent to it reach no one. Write the address of the person at the clinic who reads them.`,
        `- ${content.shown('reviewers.yaml')}:2: "Dana Example, PT, DPT" is an example reviewer. Write the name and credentials of the person who reviewed the pages, or remove the example.`,
      ].join('\n'),
    });
  });

  it('finds example locations by their 555-01xx numbers when "example: true" was taken out', async () => {
    const content = contentWith({});
    unmarkedLocations(content);
    const gate = await publishGate(REAL_ADDRESS, content.dir);
    expect(gate.open ? [] : gate.message.split('\n').slice(1)).toEqual([
      `- ${content.shown('locations.yaml')}:11: "Riverbend Physical Therapy" has the phone number (512) 555-0142, a 555-01xx number reserved for fiction. Write the location's real number, or remove the example location.`,
      `- ${content.shown('locations.yaml')}:19: "Harbor Physical Therapy" has the phone number 619-555-0180, a 555-01xx number reserved for fiction. Write the location's real number, or remove the example location.`,
      `- ${content.shown('locations.yaml')}:27: "Green Mountain Physical Therapy" has the phone number 802.555.0151, a 555-01xx number reserved for fiction. Write the location's real number, or remove the example location.`,
    ]);
  });

  it('names a file of reviewers marked as examples as a whole', async () => {
    const content = contentWith({ 'reviewers.yaml': 'example: true\nreviewers: []\n' });
    const gate = await publishGate(REAL_ADDRESS, content.dir);
    expect(gate.open ? '' : gate.message).toContain(
      `- ${content.shown('reviewers.yaml')}:1: the reviewers are examples (example: true). Write the name and credentials of the person who reviewed the pages, or remove the example.`,
    );
  });

  it('opens for a real address once every example is replaced', async () => {
    const content = contentWith({ 'locations.yaml': 'locations:\n  - name: Riverbend Physical Therapy\n    street: 1200 Lamar Boulevard\n    city: Austin\n    state: TX\n    zip: "78701"\n    phone: (512) 555-2368\n    offersDryNeedling: true\n' });
    expect(await publishGate(REAL_ADDRESS, content.dir)).toEqual({ open: true });
  });

  it('stays open on the example data without SITE_URL, and says in one line that the build uses the placeholder address', async () => {
    const content = contentWith({ 'clinic.yaml': EXAMPLE_CLINIC });
    expect(await publishGate(undefined, content.dir)).toEqual({
      open: true,
      notice:
        'Building with the placeholder address https://dryneedling.example.org: set SITE_URL to the site\'s real address to publish it (see docs/deployers.md, "Publishing checklist").',
    });
    expect(await publishGate(' ', content.dir)).toEqual(await publishGate(undefined, content.dir));
  });

  it('counts a single example in words', async () => {
    const content = contentWith({ 'locations.yaml': 'locations:\n  - name: Riverbend Physical Therapy\n    street: 1200 Lamar Boulevard\n    city: Austin\n    state: TX\n    zip: "78701"\n    phone: (512) 555-2368\n    offersDryNeedling: true\n', 'clinic.yaml': EXAMPLE_CLINIC });
    const gate = await publishGate(REAL_ADDRESS, content.dir);
    expect(gate.open ? '' : gate.message.split('\n')[0]).toBe(
      'SITE_URL is https://riverbend-clinic.org, a real address, but the site still has one example that would mislead a patient. Replace each one before publishing (see docs/deployers.md, "Publishing checklist"):',
    );
  });

  it('names an example reviewer without a name by its list and place, and passes over entries that are not reviewers', async () => {
    const reviewers = ['version: 1', 'reviewers:', '  -', '  - just a line', '  - credentials: PT', '    example: true', ''].join('\n');
    const content = contentWith({ 'reviewers.yaml': reviewers });
    const gate = await publishGate(REAL_ADDRESS, content.dir);
    expect(gate.open ? [] : gate.message.split('\n').slice(2)).toEqual([
      `- ${content.shown('reviewers.yaml')}:5: reviewers entry 3 is an example reviewer. Write the name and credentials of the person who reviewed the pages, or remove the example.`,
    ]);
  });

  it('leaves a content file it cannot read to the content check, and still names the examples in the others', async () => {
    const content = contentWith({ 'clinic.yaml': 'name: [unclosed\n', 'contact.yaml': 'problemReports: [\n', 'reviewers.yaml': 'reviewers: [\n', 'locations.yaml': 'locations: 3\n' });
    expect(await publishGate(REAL_ADDRESS, content.dir)).toEqual({ open: true });
    for (const empty of ['', 'just words\n']) {
      const withReviewers = contentWith({ 'reviewers.yaml': empty, 'clinic.yaml': EXAMPLE_CLINIC });
      const gate = await publishGate(REAL_ADDRESS, withReviewers.dir);
      expect(gate.open ? '' : gate.message, JSON.stringify(empty)).toContain('has 2 examples');
    }
  });

  it('has nothing to say about reviewers when the site has no file of them', async () => {
    const content = contentWith({});
    rmSync(path.join(content.dir, 'locations.yaml'));
    expect(existsSync(path.join(content.dir, 'reviewers.yaml'))).toBe(false);
    expect(await publishGate(REAL_ADDRESS, content.dir)).toEqual({ open: true });
  });

  it.each(['https://preview.example.org', 'https://example.com', 'https://clinic.example.net', 'https://site.example', 'https://site.test', 'https://site.invalid', 'https://site.localhost', 'https://localhost'])(
    'stays open on the example data for %s, a domain reserved for examples',
    async (address) => {
      const content = contentWith({ 'clinic.yaml': EXAMPLE_CLINIC });
      expect(await publishGate(address, content.dir)).toEqual({ open: true });
    },
  );
});
