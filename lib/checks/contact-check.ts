import path from 'node:path';
import { loadContactFile } from '@/lib/content/contact';
import { loaded } from '@/lib/content/content-error';
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
  const read = await loaded(() => loadContactFile(contentDir));
  if (!read.value) return { file, problems: read.problems };
  const { contact, lineOf } = read.value;
  if (!contact.example) return { file, problems: [] };
  const line = lineOf(['problemReports']);
  const message =
    `"problemReports" is an example address (${contact.problemReports}): reports of a problem sent to it reach no one. ` +
    `Set it to the address of the person at the clinic who reads them (see docs/editors.md, "Where reports of a problem go").`;
  return { file, problems: [{ file, line, severity: 'warning', message }] };
}
