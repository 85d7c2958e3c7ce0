import path from 'node:path';
import { loadClinicFile } from '@/lib/content/clinic';
import { loaded } from '@/lib/content/content-error';
import { CLINIC_FILE, displayPath } from '@/lib/content/content-paths';
import type { Problem } from '@/lib/content/problem';

/**
 * content/clinic.yaml: what stops the build (a missing file, a field that is wrong), and a
 * warning while it is still the example clinic the site ships with. A warning here, since
 * local work and the tests run on it; the publish gate refuses it in a build for a real address.
 */
export async function clinicCheck(contentDir: string): Promise<{ file: string; problems: readonly Problem[] }> {
  const file = displayPath(path.join(contentDir, CLINIC_FILE));
  const read = await loaded(() => loadClinicFile(contentDir));
  if (!read.value) return { file, problems: read.problems };
  const { clinic, lineOf } = read.value;
  if (!clinic.example) return { file, problems: [] };
  const message =
    `the clinic "${clinic.name}" is the example clinic the site ships with: every page names it as the publisher. ` +
    `Write the name, website and phone number of the clinic that publishes the site, then set example: false (see docs/editors.md, "The clinic that publishes the site").`;
  return { file, problems: [{ file, line: lineOf(['name']), severity: 'warning', message }] };
}
