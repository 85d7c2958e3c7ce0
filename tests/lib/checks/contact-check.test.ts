import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactCheck } from '@/lib/checks/contact-check';
import { formatProblem } from '@/lib/content/problem';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

/** What the check says about contact.yaml in a copy of the valid fixture, after `edit`. */
async function contactLines(edit: (file: string) => void = () => undefined): Promise<{ file: string; lines: string[] }> {
  const content = temporaryContent('valid');
  edit(path.join(content.dir, 'contact.yaml'));
  const { file, problems } = await contactCheck(content.dir);
  return { file: file.replace(content.shown(''), 'content'), lines: problems.map(formatProblem).map((line) => line.replaceAll(content.shown(''), 'content')) };
}

describe('contactCheck: content/contact.yaml', () => {
  it("says nothing about the clinic's own address, and names the file it checked", async () => {
    expect(await contactLines()).toEqual({ file: 'content/contact.yaml', lines: [] });
  });

  it('warns at the address while it is an example one, saying whom it should reach', async () => {
    const { lines } = await contactLines((file) => writeFileSync(file, '# The example address.\n\nproblemReports: problems@example.org\n'));
    expect(lines).toEqual([
      'content/contact.yaml:3: warning: "problemReports" is an example address (problems@example.org): reports of a problem sent to it reach no one. Set it to the address of the person at the clinic who reads them (see docs/editors.md, "Where reports of a problem go").',
    ]);
  });

  it('passes on the error of a missing file rather than stopping', async () => {
    const { lines } = await contactLines((file) => rmSync(file));
    expect(lines).toEqual([
      'content/contact.yaml: error: the file saying where reports of a problem go is missing. Create it with one line, like "problemReports: problems@yourclinic.org" (see docs/editors.md, "Where reports of a problem go").',
    ]);
  });
});
