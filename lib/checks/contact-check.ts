import path from 'node:path';
import { loadContactFile } from '@/lib/content/contact';
import { ContentError } from '@/lib/content/content-error';
import { CONTACT_FILE, displayPath } from '@/lib/content/content-paths';
import type { Problem } from '@/lib/content/problem';
/**
 * content/contact.yaml: what stops the build (a missing file, an address that is not one), and
 * a warning while the address is still the example one the site ships with, since reports sent
 * to it reach no one. A warning, not an error: the site works, and every page says where to
 * write, so a clinic can publish before it has chosen the address.
 */
export async function contactCheck(contentDir: string): Promise<{ file: string; problems: readonly Problem[] }> {
  const file = displayPath(path.join(contentDir, CONTACT_FILE));
  let read;
  try {
    read = await loadContactFile(contentDir);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: only a programming error is not a ContentError, and it still stops the check (reading its `problems` throws).
    if (!(error instanceof ContentError)) throw error;
    return { file, problems: error.problems };
  }
  const { contact, lineOf } = read;
  if (!contact.example) return { file, problems: [] };
  const line = lineOf(['problemReports']);
  const message =
    `"problemReports" is an example address (${contact.problemReports}): reports of a problem sent to it reach no one. ` +
    `Set it to the address of the person at the clinic who reads them (see docs/editors.md, "Where reports of a problem go").`;
  return { file, problems: [{ file, line, severity: 'warning', message }] };
}
