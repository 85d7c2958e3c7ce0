import path from 'node:path';
import { loadContact } from '@/lib/content/contact';
import { ContentError, splitProblem } from '@/lib/content/content-error';
import { readContentFile } from '@/lib/content/content-files';
import { CONTACT_FILE, displayPath } from '@/lib/content/content-paths';
import type { ContentProblem } from './content-check';
import { fieldLine } from './field-line';

/**
 * content/contact.yaml: what stops the build (a missing file, an address that is not one), and
 * a warning while the address is still the example one the site ships with, since reports sent
 * to it reach no one. A warning, not an error: the site works, and every page says where to
 * write, so a clinic can publish before it has chosen the address.
 */
export async function contactCheck(contentDir: string): Promise<{ file: string; problems: ContentProblem[] }> {
  const filePath = path.join(contentDir, CONTACT_FILE);
  const file = displayPath(filePath);
  let contact;
  try {
    contact = await loadContact(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { file, problems: error.problems.map((problem) => ({ ...splitProblem(problem), severity: 'error' })) };
  }
  if (!contact.example) return { file, problems: [] };
  const read = await readContentFile(filePath);
  const line = 'source' in read ? fieldLine(read.source, 'problemReports') : undefined;
  const message =
    `"problemReports" is an example address (${contact.problemReports}): reports of a problem sent to it reach no one. ` +
    `Set it to the address of the person at the clinic who reads them (see docs/editors.md, "Where reports of a problem go").`;
  return { file, problems: [{ file, line, severity: 'warning', message }] };
}
