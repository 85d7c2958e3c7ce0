import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { displayPath } from '@/lib/content/content-paths';
import { checkContent } from '@/lib/checks/content-check';
import { recordTranslation, signOff } from '@/lib/checks/sign-off';
import { formatProblem } from '@/lib/content/problem';
import { parseReviewRecords } from '@/lib/content/review-records';
import { temporaryContent, type TemporaryContent } from '@/tests/fixtures/temporary-content';

const EXAMPLE_SITE = 'https://dryneedling.example.org';
const TODAY = '2025-03-10';

/** The reviews fixture with no review on record, as the real content starts. */
function unreviewedContent(): TemporaryContent {
  const content = temporaryContent('reviews');
  writeFileSync(path.join(content.dir, 'reviews.yaml'), 'clinical: {}\n');
  return content;
}

function recordsOf(content: TemporaryContent) {
  return parseReviewRecords(readFileSync(path.join(content.dir, 'reviews.yaml'), 'utf8'), 'reviews.yaml').records;
}

/**
 * What the check says about reviews and translations, read from a fresh copy of the folder: the
 * loaders keep what they read of a folder for the life of the process, as in a build.
 */
async function reviewErrorsAndWarnings(content: TemporaryContent, today = TODAY): Promise<string[]> {
  const copy = mkdtempSync(path.join(tmpdir(), 'content-signed-'));
  cpSync(content.dir, copy, { recursive: true });
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  const report = await checkContent({ contentDir: copy, today });
  return report.problems
    .filter((problem) => /review|translat/.test(problem.message) && !problem.message.includes('example'))
    .map(formatProblem)
    .map((line) => line.replaceAll(displayPath(copy), displayPath(content.dir)));
}

const options = (content: TemporaryContent, page: string, reviewer: string, translation = false) => ({
  contentDir: content.dir,
  page: content.shown(page),
  reviewer,
  translation,
  today: TODAY,
  siteUrl: EXAMPLE_SITE,
});

describe('npm run sign-off', () => {
  it('records a clinical review of the page as it is today, which the check then accepts and a change undoes', async () => {
    const content = unreviewedContent();
    const outcome = await signOff(options(content, 'after-effects.md', 'ana-rivera'));
    expect(outcome).toEqual({ recorded: expect.stringMatching(/^Recorded in .*reviews\.yaml: Ana Rivera, PT, DPT, reviewed .*after-effects\.md on 2025-03-10 \(fingerprint [0-9a-f]{16}\)\.$/) });
    expect(recordsOf(content).clinical['after-effects']).toMatchObject({ reviewer: 'ana-rivera', date: TODAY, text: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect((await reviewErrorsAndWarnings(content)).filter((line) => line.includes('after-effects.md:'))).toEqual([]);
    const page = path.join(content.dir, 'after-effects.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Bruising', 'Bruising and swelling'));
    expect((await reviewErrorsAndWarnings(content)).filter((line) => line.includes('no longer covers'))).toEqual([
      expect.stringMatching(/after-effects\.md:12: error: the clinical review by Ana Rivera, PT, DPT on 2025-03-10 no longer covers this page: since then 1 block is new or changed \(line 12 "Bruising and swelling"\) and 1 block of the earlier text is no longer there as it was\./),
    ]);
  });

  it('records a translation review with both texts, which also records what the translation was made from', async () => {
    const content = unreviewedContent();
    expect(await signOff(options(content, 'es/efectos.md', 'lucia-mendez', true))).toHaveProperty('recorded');
    const record = recordsOf(content).translations.es?.efectos;
    expect(record?.review).toMatchObject({ reviewer: 'lucia-mendez', date: TODAY });
    expect(record?.madeFrom).toEqual(record?.review?.english);
  });

  it('refuses an unknown reviewer, a translator on a clinical review and a translator who does not read Spanish, writing nothing', async () => {
    const content = unreviewedContent();
    expect(await signOff(options(content, 'after-effects.md', 'ana'))).toEqual({
      refused: `Nothing was recorded: ${content.shown('reviewers.yaml')} has no reviewer "ana". Clinical reviewers: ana-rivera, sam-example.`,
    });
    expect(await signOff(options(content, 'after-effects.md', 'lucia-mendez'))).toEqual({
      refused: 'Nothing was recorded: "lucia-mendez" is a translation reviewer, not a clinical one. Clinical reviewers: ana-rivera, sam-example.',
    });
    expect(await signOff(options(content, 'es/efectos.md', 'omar-haddad', true))).toEqual({
      refused: 'Nothing was recorded: "omar-haddad" does not review in the language "es". Translation reviewers: lucia-mendez, omar-haddad.',
    });
    expect(recordsOf(content)).toEqual({ clinical: {}, translations: {}, catalogs: {} });
  });

  it('refuses an example reviewer once the site has its real address, and accepts one on the example address', async () => {
    const content = unreviewedContent();
    expect(await signOff({ ...options(content, 'after-effects.md', 'sam-example'), siteUrl: 'https://dryneedling.clinic.org' })).toEqual({
      refused: 'Nothing was recorded: Sam Example is an example reviewer, and the site is published at https://dryneedling.clinic.org. Only a real person\'s signature may stand there.',
    });
    expect(await signOff(options(content, 'after-effects.md', 'sam-example'))).toHaveProperty('recorded');
  });

  it('refuses a page the check finds errors in, and lists them', async () => {
    const content = unreviewedContent();
    const page = path.join(content.dir, 'after-effects.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('[trigger points](/what-is-dry-needling/#trigger-points)', '[trigger points](/what-is-dry-needling/#trigger-point)'));
    const outcome = await signOff(options(content, 'after-effects.md', 'ana-rivera'));
    expect(outcome).toEqual({ refused: expect.stringMatching(/^The review was not recorded: npm run check:content finds (an error|\d+ errors) to fix first\.\n.*after-effects\.md:\d+: error: the link/) });
    expect(recordsOf(content).clinical).toEqual({});
  });

  it('refuses a clinical review of a translation, and a translation review of an English page', async () => {
    const content = unreviewedContent();
    expect(await signOff(options(content, 'es/efectos.md', 'ana-rivera'))).toEqual({
      refused: `${content.shown('es/efectos.md')} is a translation: its clinical review is the one of ${content.shown('after-effects.md')}. Sign this page with --translation if a translator checked it.`,
    });
    expect(await signOff(options(content, 'after-effects.md', 'lucia-mendez', true))).toEqual({
      refused: `${content.shown('after-effects.md')} is an English page: a translation review is signed on a translated page, like content/es/….md.`,
    });
  });
});

describe('npm run translated', () => {
  it('records what a translation was made from, so a later English change makes it out of date, and is no review', async () => {
    const content = unreviewedContent();
    const outcome = await recordTranslation({ contentDir: content.dir, page: content.shown('es/efectos.md'), today: TODAY });
    expect(outcome).toEqual({ recorded: expect.stringMatching(/was translated from .*after-effects\.md as it is today \(fingerprint [0-9a-f]{16}\)\. This is not a review; have a translation reviewer sign its sheet\.$/) });
    expect(recordsOf(content).translations.es?.efectos).not.toHaveProperty('review');
    const stale = (lines: string[]) => lines.filter((line) => line.includes('out of date') || line.includes('nothing records which text of') && line.includes('efectos'));
    expect(stale(await reviewErrorsAndWarnings(content))).toEqual([]);
    const page = path.join(content.dir, 'after-effects.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Tiredness', 'Feeling tired'));
    expect(stale(await reviewErrorsAndWarnings(content))).toEqual([
      expect.stringMatching(/efectos\.md: warning: this translation is out of date: since it was made, in .*after-effects\.md 1 block is new or changed \(.*after-effects\.md:13 "Feeling tired"\) and 1 block of the earlier text is no longer there as it was\./),
    ]);
  });

  it('refuses an English page', async () => {
    const content = unreviewedContent();
    expect(await recordTranslation({ contentDir: content.dir, page: content.shown('after-effects.md'), today: TODAY })).toEqual({
      refused: `${content.shown('after-effects.md')} is an English page, not a translation. Name the translated page, like content/es/after-effects.md.`,
    });
  });
});

describe('npm run sign-off and npm run translated: what they refuse and what they keep', () => {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('names the pages it could read when the one named is not among them', async () => {
    const content = unreviewedContent();
    const outcome = await signOff(options(content, 'after-effect.md', 'ana-rivera'));
    expect(outcome).toEqual({
      refused: `${content.shown('after-effect.md')} is not a page that could be read. Name one of: ${['after-effects.md', 'availability.md', 'what-is-dry-needling.md', 'es/disponibilidad.md', 'es/efectos.md', 'es/que-es-la-puncion-seca.md'].map((name) => content.shown(name)).join(', ')}. Run npm run check:content if a page is missing.`,
    });
    expect(await recordTranslation({ contentDir: content.dir, page: content.shown('es/efecto.md'), today: TODAY })).toHaveProperty('refused', expect.stringMatching(/es\/efecto\.md is not a page that could be read\./));
  });

  it('refuses a .json file that is not one of the interface catalogs', async () => {
    const content = unreviewedContent();
    expect(await recordTranslation({ contentDir: content.dir, page: content.shown('es.json'), today: TODAY })).toEqual({
      refused: `${content.shown('es.json')} is not an interface catalog of the site. Name one like lib/i18n/messages/es.json.`,
    });
  });

  it('records a translation review with the words of the outcome, and keeps what was recorded of the other pages', async () => {
    const content = unreviewedContent();
    expect(await signOff(options(content, 'after-effects.md', 'ana-rivera'))).toHaveProperty('recorded');
    expect(await signOff(options(content, 'es/efectos.md', 'lucia-mendez', true))).toEqual({
      recorded: expect.stringMatching(
        new RegExp(`^Recorded in ${escaped(content.shown('reviews.yaml'))}: Lucía Méndez, certified translator, reviewed ${escaped(content.shown('es/efectos.md'))} with ${escaped(content.shown('after-effects.md'))} on 2025-03-10 \\(fingerprint [0-9a-f]{16}\\)\\.$`),
      ),
    });
    expect(await signOff(options(content, 'availability.md', 'ana-rivera'))).toHaveProperty('recorded');
    expect(await signOff(options(content, 'es/disponibilidad.md', 'lucia-mendez', true))).toHaveProperty('recorded');
    const records = recordsOf(content);
    expect(Object.keys(records.clinical)).toEqual(['after-effects', 'availability']);
    expect(Object.keys(records.translations.es ?? {})).toEqual(['disponibilidad', 'efectos']);
    expect(records.translations.es?.efectos?.review).toMatchObject({ reviewer: 'lucia-mendez' });
  });

  it('keeps the review of a translation when recording what it was made from, and writes reviews.yaml when there is none', async () => {
    const content = unreviewedContent();
    rmSync(path.join(content.dir, 'reviews.yaml'));
    expect(await signOff(options(content, 'es/efectos.md', 'lucia-mendez', true))).toHaveProperty('recorded');
    expect(existsSync(path.join(content.dir, 'reviews.yaml'))).toBe(true);
    expect(await recordTranslation({ contentDir: content.dir, page: content.shown('es/efectos.md'), today: TODAY })).toEqual({
      recorded: expect.stringMatching(new RegExp(`^Recorded in ${escaped(content.shown('reviews.yaml'))}: ${escaped(content.shown('es/efectos.md'))} was translated from ${escaped(content.shown('after-effects.md'))} as it is today`)),
    });
    expect(recordsOf(content).translations.es?.efectos?.review).toMatchObject({ reviewer: 'lucia-mendez', date: TODAY });
  });

  it('refuses to record a translation while the check finds an error in it, counting one error as "an error" and more as errors', async () => {
    // A fresh copy for each edit: the loaders keep what they read of a folder.
    const refusal = async (edit: (text: string) => string) => {
      const content = unreviewedContent();
      const page = path.join(content.dir, 'es/efectos.md');
      writeFileSync(page, edit(readFileSync(page, 'utf8')));
      const outcome = await recordTranslation({ contentDir: content.dir, page: content.shown('es/efectos.md'), today: TODAY });
      expect(recordsOf(content).translations).toEqual({});
      return { outcome, shown: content.shown('es/efectos.md') };
    };
    const error = (shown: string, line: number, anchor: string) =>
      `${shown}:${line}: error: the link "/es/que-es-la-puncion-seca/#${anchor}" points to a section "#${anchor}" that /es/que-es-la-puncion-seca/ does not have. Sections there: #como-funciona, #puntos-gatillo, #contenido-principal, #main-content, #hable-con-su-fisioterapeuta, #talk-to-your-physical-therapist.`;
    const brokenAnchor = (text: string) => text.replace('(/es/que-es-la-puncion-seca/#puntos-gatillo)', '(/es/que-es-la-puncion-seca/#punto-gatillo)');
    const one = await refusal(brokenAnchor);
    expect(one.outcome).toEqual({ refused: `The translation was not recorded: npm run check:content finds an error to fix first.\n${error(one.shown, 18, 'punto-gatillo')}` });
    const two = await refusal((text) => `${brokenAnchor(text)}\nVea [los puntos](/es/que-es-la-puncion-seca/#puntos).\n`);
    expect(two.outcome).toEqual({
      refused: `The translation was not recorded: npm run check:content finds 2 errors to fix first.\n${error(two.shown, 18, 'punto-gatillo')}\n${error(two.shown, 22, 'puntos')}`,
    });
  });

  it('records a review while another page has an error', async () => {
    const content = unreviewedContent();
    const other = path.join(content.dir, 'availability.md');
    writeFileSync(other, `${readFileSync(other, 'utf8')}\nSee [the effects](/after-effects/#no-such-section).\n`);
    expect(await signOff(options(content, 'after-effects.md', 'ana-rivera'))).toHaveProperty('recorded');
    expect(recordsOf(content).clinical['after-effects']).toMatchObject({ reviewer: 'ana-rivera', date: TODAY });
  });

  it('signs again a page whose changes undid its review', async () => {
    const content = temporaryContent('reviews');
    const page = path.join(content.dir, 'after-effects.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('- Bruising\n- Tiredness\n', '- Tiredness\n- Bruising\n'));
    expect(await signOff(options(content, 'after-effects.md', 'ana-rivera'))).toHaveProperty('recorded');
    expect(recordsOf(content).clinical['after-effects']).toMatchObject({ reviewer: 'ana-rivera', date: TODAY });
  });

  it('says there are no reviewers of the role to name when the reviewers file has none', async () => {
    const content = unreviewedContent();
    writeFileSync(path.join(content.dir, 'reviewers.yaml'), 'reviewers:\n  - id: lucia-mendez\n    name: Lucía Méndez\n    credentials: certified translator\n    role: translation\n    languages: [en, es]\n');
    expect(await signOff(options(content, 'after-effects.md', 'ana-rivera'))).toEqual({
      refused: `Nothing was recorded: ${content.shown('reviewers.yaml')} has no reviewer "ana-rivera". Clinical reviewers: none.`,
    });
  });
});
