import type { Language } from '@/lib/i18n/language';
import { pageIdsOf } from '@/lib/i18n/page-ids';
import { RESERVED_IDS } from '@/lib/routes/page-ids';
import type { FormerSectionIds, SectionHeading } from './markdown';
import { errorAt, type Problem } from './problem';
import { clipped } from './text-rules';

const FIELD = '"formerSectionIds"';

/**
 * An old id must name a section that is there and lead to it alone: never to a section of the
 * page as it is now, never to a part of the page the template makes, and never to two sections.
 */
export function findFormerSectionIdProblems(
  file: string,
  formerIds: FormerSectionIds | undefined,
  headings: readonly SectionHeading[],
  language: Language,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  if (formerIds === undefined) return [];
  const currentIds = new Set(headings.map((heading) => heading.id));
  const reserved = new Set([...RESERVED_IDS, ...pageIdsOf(language)]);
  const claimed = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [current, olds] of Object.entries(formerIds)) {
    if (!currentIds.has(current)) {
      const ids = [...currentIds].join(', ') || 'none';
      problems.push(errorAt(file, lineOf(['formerSectionIds', current]), `${FIELD} names a section "${clipped(current)}" that this article does not have. Name a section by its address now; its sections: ${ids}.`));
      continue;
    }
    olds.forEach((old, index) => {
      const report = (message: string) => problems.push(errorAt(file, lineOf(['formerSectionIds', current, index]), message));
      const earlier = claimed.get(old);
      if (currentIds.has(old)) {
        report(`${FIELD} lists "${clipped(old)}" for "${clipped(current)}", but "${clipped(old)}" is the address of a section of this article now. An old address cannot point away from a section that exists; remove it.`);
      } else if (reserved.has(old)) {
        report(`${FIELD} lists "${clipped(old)}" for "${clipped(current)}", but that address belongs to a part of the page the site makes itself. Remove it.`);
      } else if (earlier !== undefined) {
        report(
          earlier === current
            ? `${FIELD} lists "${clipped(old)}" twice for "${clipped(current)}". Keep one.`
            : `${FIELD} lists "${clipped(old)}" for "${clipped(current)}" and for "${clipped(earlier)}". An old address can lead to one section only; remove it from one of them.`,
        );
      } else {
        claimed.set(old, current);
      }
    });
  }
  return problems;
}
