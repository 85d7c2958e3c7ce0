import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { describeChanges } from '@/lib/checks/reviews';
import type { Block } from '@/lib/content/blocks';
import { formatProblem } from '@/lib/content/problem';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

// The fixture's reviews are of 2024-07-22: due again on 2025-07-22.
const BEFORE_DUE = '2025-01-15';

const CLINICAL_HOW_TO = (file: string) =>
  `Have a clinical reviewer check the page against the clinic's article on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${file} --reviewer <their id>.`;
const TRANSLATION_HOW_TO = (file: string) =>
  `Have a translation reviewer check this page against its English page on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${file} --reviewer <their id> --translation.`;

const EXAMPLE_WARNING =
  'reviewers.yaml: warning: Sam Example is an example reviewer ("example: true"), made up so the site works out of the box; a page reviewed by one says so. Replace them with the clinic\'s real reviewers.';

/**
 * The check's lines about reviews for the reviews fixture (every page reviewed on 2024-07-22 by
 * Ana Rivera, every translation by Lucía Méndez), with its files edited first. Paths are
 * relative to the fixture's copy.
 */
async function reviewLines(edits: Record<string, (text: string) => string> = {}, { today = BEFORE_DUE, build = false } = {}) {
  const content = temporaryContent('reviews');
  for (const [name, edit] of Object.entries(edits)) {
    const file = path.join(content.dir, name);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  const report = await checkContent({ contentDir: content.dir, today, build });
  const prefix = `${content.shown('x').slice(0, -1)}`;
  return report.problems
    .filter((problem) => !problem.message.startsWith('the page reads at') && !problem.message.includes('example address'))
    .map(formatProblem)
    .map((line) => line.replaceAll(prefix, ''));
}

const inventedClaim = (text: string) => text.replace('Most people feel fine after dry needling.', 'Most people feel fine after dry needling, and it can cure cancer.');

describe('checkContent: reviews bound to the text they covered', () => {
  it('says nothing but the example reviewer while every review covers its page as it is', async () => {
    expect(await reviewLines()).toEqual([EXAMPLE_WARNING]);
  });

  it('refuses a page whose words changed since its clinical review, naming the changed block; the translation is then out of date and its review lapsed', async () => {
    expect(await reviewLines({ 'after-effects.md': inventedClaim })).toEqual([
      // The invented claim has no source in the clinic's article either (lib/checks/trace-check.ts).
      expect.stringMatching(/^after-effects\.md:7: error: this paragraph has no source: /),
      `after-effects.md:7: error: the clinical review by Ana Rivera, PT, DPT on 2024-07-22 no longer covers this page: since then 1 block is new or changed (line 7 "Most people feel fine after dry …") and 1 block of the earlier text is no longer there as it was. ${CLINICAL_HOW_TO('after-effects.md')} Until then the page says that no named reviewer has checked it.`,
      `es/efectos.md: warning: this translation is out of date: since it was made, in after-effects.md 1 block is new or changed (after-effects.md:7 "Most people feel fine after dry …") and 1 block of the earlier text is no longer there as it was. Update the translation to say what the English page says now, then run npm run translated -- es/efectos.md.`,
      `es/efectos.md: error: the translation review by Lucía Méndez, certified translator on 2024-07-22 has lapsed: since then in after-effects.md 1 block is new or changed (after-effects.md:7 "Most people feel fine after dry …") and 1 block of the earlier text is no longer there as it was. ${TRANSLATION_HOW_TO('es/efectos.md')} Until then the page says that no qualified translator has reviewed it.`,
      EXAMPLE_WARNING,
      expect.stringMatching(/^sources\/after-effects\.yaml:2: error: entry 1 is for "Most people feel fine after dry needling\. /),
    ]);
  });

  it('only warns about it during a build: the page then says by itself that no named reviewer checked it', async () => {
    const lines = await reviewLines({ 'after-effects.md': inventedClaim }, { build: true });
    expect(lines.filter((line) => line.includes('no longer covers') || line.includes('has lapsed'))).toEqual([
      expect.stringMatching(/^after-effects\.md:7: warning: the clinical review/),
      expect.stringMatching(/^es\/efectos\.md: warning: the translation review/),
    ]);
  });

  it('counts a block taken out, with no line to name', async () => {
    const lines = await reviewLines({ 'after-effects.md': (text) => text.replace('- Tiredness\n', '') });
    expect(lines[0]).toBe(
      `after-effects.md: error: the clinical review by Ana Rivera, PT, DPT on 2024-07-22 no longer covers this page: since then 1 block of the earlier text is no longer there as it was. ${CLINICAL_HOW_TO('after-effects.md')} Until then the page says that no named reviewer has checked it.`,
    );
  });

  it('lapses a translation review when the Spanish page changes, naming its changed block, while its English page keeps its review', async () => {
    expect(await reviewLines({ 'es/efectos.md': (text) => text.replace('- Moretones', '- Moretones grandes') })).toEqual([
      `es/efectos.md:13: error: the translation review by Lucía Méndez, certified translator on 2024-07-22 has lapsed: since then in this page 1 block is new or changed (line 13 "Moretones grandes") and 1 block of the earlier text is no longer there as it was. ${TRANSLATION_HOW_TO('es/efectos.md')} Until then the page says that no qualified translator has reviewed it.`,
      EXAMPLE_WARNING,
    ]);
  });

  it('refuses a review signed by an id no reviewer has, by a translator for a clinical review, or by a translator who does not read the language', async () => {
    const records = (text: string) =>
      text
        .replace(/(after-effects:\n {4}reviewer:) ana-rivera/, '$1 ana-riviera')
        .replace(/(availability:\n {4}reviewer:) ana-rivera/, '$1 lucia-mendez')
        .replace(/(efectos:\n(?: .*\n)*? +reviewer:) lucia-mendez/, '$1 omar-haddad');
    expect(await reviewLines({ 'reviews.yaml': records })).toEqual([
      EXAMPLE_WARNING,
      'reviews.yaml:15: error: the clinical review of after-effects.md names the reviewer "ana-riviera", but reviewers.yaml has no reviewer with that id. Record the review with the id of the person who signed the sheet (clinical reviewers: ana-rivera, sam-example).',
      'reviews.yaml:20: error: the clinical review of availability.md is signed by Lucía Méndez, certified translator, whose role in reviewers.yaml is translation. A clinical review must be signed by a clinical reviewer (ana-rivera, sam-example): have one of them review the page.',
      'reviews.yaml:47: error: the translation review of es/efectos.md is signed by Omar Haddad, certified translator, who does not read Spanish ("languages" in reviewers.yaml). Have a translation reviewer who reads it review the page.',
    ]);
  });

  it('reminds the editor a review is due again one year after it, and fails once it is past, except in a build', async () => {
    const due = (lines: string[]) => lines.filter((line) => line.startsWith('after-effects.md'));
    expect(due(await reviewLines({}, { today: '2025-07-22' }))).toEqual([
      `after-effects.md: warning: the review of 2024-07-22 is due again today, on July 22, 2025. ${CLINICAL_HOW_TO('after-effects.md')}`,
    ]);
    expect(due(await reviewLines({}, { today: '2025-07-23' }))).toEqual([
      `after-effects.md: error: the review of 2024-07-22 was due again on July 22, 2025, 1 day ago. ${CLINICAL_HOW_TO('after-effects.md')}`,
    ]);
    expect(due(await reviewLines({}, { today: '2025-07-23', build: true }))).toEqual([expect.stringMatching(/^after-effects\.md: warning: the review of 2024-07-22 was due again/)]);
  });

  it('refuses a review dated after today, at its line', async () => {
    const lines = await reviewLines({ 'reviews.yaml': (text) => text.replace(/(after-effects:\n {4}reviewer: ana-rivera\n {4}date:) 2024-07-22/, '$1 2099-01-01') });
    expect(lines).toContain(
      'reviews.yaml:16: error: the review is dated 2099-01-01, after today (2025-01-15); a review cannot be in the future. Record it again with npm run sign-off on the day it is signed.',
    );
  });

  it('refuses a record for a page that does not exist', async () => {
    const lines = await reviewLines({ 'reviews.yaml': (text) => text.replace('clinical:\n  after-effects:', 'clinical:\n  after-effect:') });
    expect(lines).toContain(
      'reviews.yaml:15: error: has a record for the page "after-effect", which does not exist. If the page was renamed, it must be reviewed again under its new name; remove this record.',
    );
  });
});

describe('checkContent: pages with no review on record', () => {
  it('warns once for all the pages no named reviewer has checked, and once for the translations no translator has, not once per page', async () => {
    const lines = await reviewLines({ 'reviews.yaml': () => 'clinical: {}\n' });
    expect(lines).toEqual([
      'es/disponibilidad.md: warning: nothing records which text of availability.md this translation was made from, so a change to it cannot be noticed. Update the translation to say what the English page says now, then run npm run translated -- es/disponibilidad.md.',
      'es/efectos.md: warning: nothing records which text of after-effects.md this translation was made from, so a change to it cannot be noticed. Update the translation to say what the English page says now, then run npm run translated -- es/efectos.md.',
      'es/que-es-la-puncion-seca.md: warning: nothing records which text of what-is-dry-needling.md this translation was made from, so a change to it cannot be noticed. Update the translation to say what the English page says now, then run npm run translated -- es/que-es-la-puncion-seca.md.',
      EXAMPLE_WARNING,
      "reviews.yaml: warning: no named reviewer has checked these 3 pages against the clinic's article, and each says so: what-is-dry-needling.md, after-effects.md, availability.md. Print their review sheets (npm run review-sheets) for a clinical reviewer, then record each signature with npm run sign-off.",
      'reviews.yaml: warning: no qualified translator has reviewed these 3 translations, and each says so: es/que-es-la-puncion-seca.md, es/efectos.md, es/disponibilidad.md. Print their translation sheets (npm run review-sheets) for a translation reviewer, then record each signature with npm run sign-off -- <page> --reviewer <id> --translation.',
    ]);
  });
});

describe('describeChanges: the blocks a message names as changed', () => {
  const block = (line: number | undefined, text: string): Block => ({ kind: 'paragraph', text, line, fingerprint: '0000000000000000' });

  it('counts two or more blocks changed and removed in the plural, naming each by its line and words', () => {
    expect(describeChanges('after-effects.md', { changed: [block(3, 'Bruising'), block(5, 'Tiredness')], removed: 2 })).toBe(
      '2 blocks are new or changed (line 3 "Bruising", line 5 "Tiredness") and 2 blocks of the earlier text are no longer there as they were',
    );
  });

  it('quotes six words whole and cuts a seventh, and names the file with the line when asked', () => {
    expect(describeChanges('after-effects.md', { changed: [block(7, 'One two three four five six'), block(9, 'One two three four five six seven')], removed: 0 }, true)).toBe(
      '2 blocks are new or changed (after-effects.md:7 "One two three four five six", after-effects.md:9 "One two three four five six …")',
    );
  });

  it('says "line ?" for a block with no line, or the file alone when naming the file', () => {
    expect(describeChanges('after-effects.md', { changed: [block(undefined, 'Bruising')], removed: 0 })).toBe('1 block is new or changed (line ? "Bruising")');
    expect(describeChanges('after-effects.md', { changed: [block(undefined, 'Bruising')], removed: 0 }, true)).toBe('1 block is new or changed (after-effects.md "Bruising")');
  });

  it('says the blocks are in another order when none is new or gone', () => {
    expect(describeChanges('after-effects.md', { changed: [], removed: 0 })).toBe('the blocks are in another order');
  });
});

describe('checkContent: reviews, more cases', () => {
  it('lapses a clinical review when only the order of the blocks changed, at no line', async () => {
    const lines = await reviewLines({ 'after-effects.md': (text) => text.replace('- Bruising\n- Tiredness\n', '- Tiredness\n- Bruising\n') });
    expect(lines.filter((line) => line.startsWith('after-effects.md'))).toEqual([
      `after-effects.md: error: the clinical review by Ana Rivera, PT, DPT on 2024-07-22 no longer covers this page: since then the blocks are in another order. ${CLINICAL_HOW_TO('after-effects.md')} Until then the page says that no named reviewer has checked it.`,
    ]);
  });

  it('reminds the editor a translation review is due again, like a clinical one', async () => {
    const lines = await reviewLines({}, { today: '2025-07-22' });
    expect(lines.filter((line) => line.startsWith('es/efectos.md'))).toEqual([
      `es/efectos.md: warning: the review of 2024-07-22 is due again today, on July 22, 2025. ${TRANSLATION_HOW_TO('es/efectos.md')}`,
    ]);
  });

  it('refuses a translation review dated after today, at its line', async () => {
    const lines = await reviewLines({ 'reviews.yaml': (text) => text.replace(/(efectos:\n(?: .*\n)*? +reviewer: lucia-mendez\n +date:) 2024-07-22/, '$1 2099-01-01') });
    expect(lines).toEqual([
      EXAMPLE_WARNING,
      'reviews.yaml:48: error: the review is dated 2099-01-01, after today (2025-01-15); a review cannot be in the future. Record it again with npm run sign-off on the day it is signed.',
    ]);
  });

  it('refuses a record for a translated page that does not exist, naming it with its language, and counts one page left unreviewed in the singular', async () => {
    const lines = await reviewLines({ 'reviews.yaml': (text) => text.replace('    efectos:\n', '    efecto:\n') });
    expect(lines).toEqual([
      'es/efectos.md: warning: nothing records which text of after-effects.md this translation was made from, so a change to it cannot be noticed. Update the translation to say what the English page says now, then run npm run translated -- es/efectos.md.',
      EXAMPLE_WARNING,
      'reviews.yaml: warning: no qualified translator has reviewed this translation, and it says so: es/efectos.md. Print their translation sheets (npm run review-sheets) for a translation reviewer, then record each signature with npm run sign-off -- <page> --reviewer <id> --translation.',
      'reviews.yaml:43: error: has a record for the page "es/efecto", which does not exist. If the page was renamed, it must be reviewed again under its new name; remove this record.',
    ]);
  });

  it('warns about one English page with no clinical review in the singular', async () => {
    const lines = await reviewLines({ 'reviews.yaml': (text) => text.replace('  availability:\n    reviewer: ana-rivera', '  availabilities:\n    reviewer: ana-rivera') });
    expect(lines.filter((line) => line.includes('no named reviewer'))).toEqual([
      "reviews.yaml: warning: no named reviewer has checked this page against the clinic's article, and it says so: availability.md. Print their review sheets (npm run review-sheets) for a clinical reviewer, then record each signature with npm run sign-off.",
    ]);
  });

  it('names two example reviewers together, in the plural', async () => {
    const lines = await reviewLines({ 'reviewers.yaml': (text) => text.replace('    languages: [en]\n  - id: sam-example', '    languages: [en]\n    example: true\n  - id: sam-example') });
    expect(lines[0]).toBe(
      'reviewers.yaml: warning: Omar Haddad and Sam Example are example reviewers ("example: true"), made up so the site works out of the box; a page reviewed by one says so. Replace them with the clinic\'s real reviewers.',
    );
  });

  it('refuses a translation review signed by a clinical reviewer, and says when there is no translation reviewer to name', async () => {
    const records = (text: string) => text.replace(/(efectos:\n(?: .*\n)*? +reviewer:) lucia-mendez/, '$1 ana-rivera');
    const noTranslators = (text: string) => text.replace(/ {2}- id: lucia-mendez\n(?: {4}.*\n)*/, '').replace(/ {2}- id: omar-haddad\n(?: {4}.*\n)*/, '');
    expect((await reviewLines({ 'reviews.yaml': records })).filter((line) => line.startsWith('reviews.yaml:47'))).toEqual([
      'reviews.yaml:47: error: the translation review of es/efectos.md is signed by Ana Rivera, PT, DPT, whose role in reviewers.yaml is clinical. A translation review must be signed by a translation reviewer (lucia-mendez, omar-haddad): have one of them review the page.',
    ]);
    expect((await reviewLines({ 'reviewers.yaml': noTranslators })).filter((line) => line.startsWith('reviews.yaml:') && line.includes('disponibilidad'))).toEqual([
      'reviews.yaml:36: error: the translation review of es/disponibilidad.md names the reviewer "lucia-mendez", but reviewers.yaml has no reviewer with that id. Record the review with the id of the person who signed the sheet (translation reviewers: none yet: add them to reviewers.yaml).',
    ]);
  });
});
