import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicCheck } from '@/lib/checks/clinic-check';
import { formatProblem } from '@/lib/content/problem';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

/** What the check says about clinic.yaml in a copy of the valid fixture, after `edit`. */
async function clinicLines(edit: (file: string) => void = () => undefined): Promise<{ file: string; lines: string[] }> {
  const content = temporaryContent('valid');
  edit(path.join(content.dir, 'clinic.yaml'));
  const { file, problems } = await clinicCheck(content.dir);
  return { file: file.replace(content.shown(''), 'content'), lines: problems.map(formatProblem).map((line) => line.replaceAll(content.shown(''), 'content')) };
}

describe('clinicCheck: content/clinic.yaml', () => {
  it('says nothing about the clinic that publishes the site, and names the file it checked', async () => {
    expect(await clinicLines()).toEqual({ file: 'content/clinic.yaml', lines: [] });
  });

  it('warns at the name while it is still the example clinic, saying what to write', async () => {
    const { lines } = await clinicLines((file) => writeFileSync(file, 'example: true\n\nname: Example Physical Therapy\nwebsite: https://clinic.example.org\nphone: (512) 555-0100\n'));
    expect(lines).toEqual([
      'content/clinic.yaml:3: warning: the clinic "Example Physical Therapy" is the example clinic the site ships with: every page names it as the publisher. Write the name, website and phone number of the clinic that publishes the site, then set example: false (see docs/editors.md, "The clinic that publishes the site").',
    ]);
  });

  it('passes on the error of a missing file rather than stopping', async () => {
    const { lines } = await clinicLines((file) => rmSync(file));
    expect(lines).toEqual([
      `content/clinic.yaml: error: the file naming the clinic that publishes the site is missing. Create it with the clinic's name, website and phone number, each on its own line (see docs/editors.md, "The clinic that publishes the site").`,
    ]);
  });
});
