import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { recordTranslation, signOff } from '@/lib/checks/sign-off';
import { catalogFingerprints } from '@/lib/content/catalog-fingerprints';
import { displayPath } from '@/lib/content/content-paths';
import { loadSiteReviews } from '@/lib/content/page-reviews';
import { formatProblem } from '@/lib/content/problem';
import { parseReviewRecords } from '@/lib/content/review-records';
import { LANGUAGES, english, spanish } from '@/lib/i18n/languages';
import { temporaryContent, type TemporaryContent } from '@/tests/fixtures/temporary-content';

const TODAY = '2025-03-10';
const EXAMPLE_SITE = 'https://dryneedling.example.org';

/** A copy of the site's two catalogs, to change without touching the real ones. */
function temporaryCatalogs(): { dir: string; shown: (name: string) => string; edit: (name: string, key: string, text: string) => number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalogs-'));
  for (const name of ['en.json', 'es.json']) cpSync(path.join('lib/i18n/messages', name), path.join(dir, name));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    shown: (name) => displayPath(path.join(dir, name)),
    // Changes one message and gives the line its key is on.
    edit: (name, key, text) => {
      const file = path.join(dir, name);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      messages[key] = text;
      writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
      return Object.keys(messages).indexOf(key) + 2;
    },
  };
}

/** Text to match literally inside a regular expression. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function recordsOf(content: TemporaryContent) {
  return parseReviewRecords(readFileSync(path.join(content.dir, 'reviews.yaml'), 'utf8'), 'reviews.yaml').records;
}

function unreviewedContent(): TemporaryContent {
  const content = temporaryContent('reviews');
  writeFileSync(path.join(content.dir, 'reviews.yaml'), 'clinical: {}\n');
  return content;
}

/** What the check says about the Spanish catalog, from a fresh copy of the content folder (the loaders keep what they read). */
async function catalogLines(content: TemporaryContent, catalogDir: string): Promise<string[]> {
  const copy = mkdtempSync(path.join(tmpdir(), 'content-catalog-'));
  cpSync(content.dir, copy, { recursive: true });
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  const report = await checkContent({ contentDir: copy, catalogDir, today: TODAY });
  return report.problems.filter((problem) => problem.file?.endsWith('es.json')).map(formatProblem);
}

describe('npm run translated -- lib/i18n/messages/es.json', () => {
  it('records the English messages the catalog was made from, by key, and the check then names each English message changed since, with its line', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    const outcome = await recordTranslation({ contentDir: content.dir, catalogDir: catalogs.dir, page: catalogs.shown('es.json'), today: TODAY });
    expect(outcome).toEqual({
      recorded: expect.stringMatching(
        new RegExp(`^Recorded in ${escaped(content.shown('reviews.yaml'))}: ${escaped(catalogs.shown('es.json'))} was translated from the English catalog as it is today \\(fingerprint [0-9a-f]{16}\\)\\. This is not a review; have a translation reviewer sign its sheet\\.$`),
      ),
    });
    const record = parseReviewRecords(readFileSync(path.join(content.dir, 'reviews.yaml'), 'utf8'), 'reviews.yaml').records.catalogs.es;
    expect(record?.madeFrom?.messages['footer.heading']).toMatch(/^[0-9a-f]{16}$/);
    expect(record).not.toHaveProperty('review');
    expect(await catalogLines(content, catalogs.dir)).toEqual([]);
    const line = catalogs.edit('en.json', 'footer.heading', 'About these pages');
    expect(await catalogLines(content, catalogs.dir)).toEqual([
      `${catalogs.shown('es.json')}: warning: this catalog is out of date: since it was translated, in ${catalogs.shown('en.json')} 1 message is new or changed ("footer.heading" at ${catalogs.shown('en.json')}:${line}). Update the messages to say what ${catalogs.shown('en.json')} says now, then run npm run translated -- ${catalogs.shown('es.json')}.`,
    ]);
  });

  it('refuses the English catalog', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    expect(await recordTranslation({ contentDir: content.dir, catalogDir: catalogs.dir, page: catalogs.shown('en.json'), today: TODAY })).toEqual({
      refused: `${catalogs.shown('en.json')} is the English catalog, not a translation. Name a translated one, like ${catalogs.shown('es.json')}.`,
    });
  });
});

describe('a translation review of the interface catalog', () => {
  const signing = (content: TemporaryContent, catalogs: ReturnType<typeof temporaryCatalogs>, reviewer: string, translation = true) => ({
    contentDir: content.dir,
    catalogDir: catalogs.dir,
    page: catalogs.shown('es.json'),
    reviewer,
    translation,
    today: TODAY,
    siteUrl: EXAMPLE_SITE,
  });

  it('is recorded with both catalogs, covers them as they are, and lapses when a Spanish message changes, naming it at its line', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    expect(await signOff(signing(content, catalogs, 'lucia-mendez'))).toEqual({
      recorded: expect.stringMatching(
        new RegExp(`^Recorded in ${escaped(content.shown('reviews.yaml'))}: Lucía Méndez, certified translator, reviewed ${escaped(catalogs.shown('es.json'))} with the English catalog on 2025-03-10 \\(fingerprint [0-9a-f]{16}\\)\\.$`),
      ),
    });
    expect(await catalogLines(content, catalogs.dir)).toEqual([]);
    const line = catalogs.edit('es.json', 'footer.heading', 'Acerca de estas páginas');
    expect(await catalogLines(content, catalogs.dir)).toEqual([
      expect.stringMatching(
        new RegExp(`es\\.json:${line}: error: the translation review by Lucía Méndez, .* on 2025-03-10 has lapsed: since then in this catalog 1 message is new or changed \\("footer\\.heading" at .*es\\.json:${line}\\)\\. .* Until then every page in Spanish says that no qualified translator has reviewed it\\.$`),
      ),
    ]);
  });

  it('is signed by a translation reviewer only, with --translation', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    expect(await signOff(signing(content, catalogs, 'lucia-mendez', false))).toEqual({
      refused: `${catalogs.shown('es.json')} is an interface catalog: only a translation reviewer signs it. Add --translation.`,
    });
    expect(await signOff(signing(content, catalogs, 'ana-rivera'))).toEqual({
      refused: 'Nothing was recorded: "ana-rivera" is a clinical reviewer, not a translation one. Translation reviewers: lucia-mendez, omar-haddad.',
    });
  });
});

describe('signing and recording the interface catalog: what is refused and what is kept', () => {
  const signing = (content: TemporaryContent, catalogs: ReturnType<typeof temporaryCatalogs>, reviewer: string, siteUrl = EXAMPLE_SITE) => ({
    contentDir: content.dir,
    catalogDir: catalogs.dir,
    page: catalogs.shown('es.json'),
    reviewer,
    translation: true,
    today: TODAY,
    siteUrl,
  });

  it('refuses an unknown reviewer or one who does not review in Spanish, saying which, and naming the translation reviewers, or "none" when there is none', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    expect(await signOff(signing(content, catalogs, 'lucia'))).toEqual({
      refused: `Nothing was recorded: ${content.shown('reviewers.yaml')} has no reviewer "lucia". Translation reviewers: lucia-mendez, omar-haddad.`,
    });
    expect(await signOff(signing(content, catalogs, 'omar-haddad'))).toEqual({
      refused: 'Nothing was recorded: "omar-haddad" does not review in the language "es". Translation reviewers: lucia-mendez, omar-haddad.',
    });
    expect(recordsOf(content)).toEqual({ clinical: {}, translations: {}, catalogs: {} });
    // A fresh folder: the loaders keep what they read of one.
    const clinicalOnly = unreviewedContent();
    writeFileSync(path.join(clinicalOnly.dir, 'reviewers.yaml'), 'reviewers:\n  - id: ana-rivera\n    name: Ana Rivera\n    credentials: PT, DPT\n    role: clinical\n    languages: [en]\n');
    expect(await signOff(signing(clinicalOnly, catalogs, 'lucia-mendez'))).toEqual({
      refused: `Nothing was recorded: ${clinicalOnly.shown('reviewers.yaml')} has no reviewer "lucia-mendez". Translation reviewers: none.`,
    });
  });

  it('refuses an example translation reviewer once the site has its real address', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    const reviewers = path.join(content.dir, 'reviewers.yaml');
    writeFileSync(reviewers, readFileSync(reviewers, 'utf8').replace('    languages: [en, es]\n', '    languages: [en, es]\n    example: true\n'));
    expect(await signOff(signing(content, catalogs, 'lucia-mendez', 'https://dryneedling.clinic.org'))).toEqual({
      refused: "Nothing was recorded: Lucía Méndez is an example reviewer, and the site is published at https://dryneedling.clinic.org. Only a real person's signature may stand there.",
    });
    expect(await signOff(signing(content, catalogs, 'lucia-mendez'))).toHaveProperty('recorded');
  });

  it('refuses a catalog that cannot be read as one', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    writeFileSync(path.join(catalogs.dir, 'es.json'), '["not", "a", "catalog"]\n');
    expect(await recordTranslation({ contentDir: content.dir, catalogDir: catalogs.dir, page: catalogs.shown('es.json'), today: TODAY })).toEqual({
      refused: `${catalogs.shown('es.json')} or its English catalog cannot be read as a catalog. Run npm run check:content and fix what it finds first.`,
    });
  });

  it('keeps the review on record when recording again what the catalog was made from', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    expect(await signOff(signing(content, catalogs, 'lucia-mendez'))).toHaveProperty('recorded');
    expect(await recordTranslation({ contentDir: content.dir, catalogDir: catalogs.dir, page: catalogs.shown('es.json'), today: TODAY })).toHaveProperty('recorded');
    expect(recordsOf(content).catalogs.es?.review).toMatchObject({ reviewer: 'lucia-mendez', date: TODAY });
  });
});

describe('what the site shows about the interface words', () => {
  it('counts the Spanish interface words as reviewed only while a review on record covers both catalogs as they are', async () => {
    const content = unreviewedContent();
    const messages = (code: string) => JSON.parse(readFileSync(`lib/i18n/messages/${code}.json`, 'utf8')) as Record<string, string>;
    const englishNow = catalogFingerprints(messages('en'));
    const spanishNow = catalogFingerprints(messages('es'));
    const record = (translation: typeof spanishNow) =>
      `clinical: {}\ncatalogs:\n  es:\n    review:\n      reviewer: lucia-mendez\n      date: 2025-03-01\n      english: ${JSON.stringify(englishNow)}\n      translation: ${JSON.stringify(translation)}\n`;
    writeFileSync(path.join(content.dir, 'reviews.yaml'), record(spanishNow));
    const covered = await loadSiteReviews(content.dir, LANGUAGES);
    expect(covered.catalogReviewed(spanish)).toBe(true);
    expect(covered.catalogReviewed(english)).toBe(true);
    const lapsed = temporaryContent('reviews');
    writeFileSync(path.join(lapsed.dir, 'reviews.yaml'), record(catalogFingerprints({ ...messages('es'), 'site.name': 'Otro nombre' })));
    expect((await loadSiteReviews(lapsed.dir, LANGUAGES)).catalogReviewed(spanish)).toBe(false);
    expect((await loadSiteReviews(unreviewedContent().dir, LANGUAGES)).catalogReviewed(spanish)).toBe(false);
  });
});

describe('the check of the interface catalog against its records', () => {
  const messages = (code: string) => JSON.parse(readFileSync(`lib/i18n/messages/${code}.json`, 'utf8')) as Record<string, string>;
  /** The reviews file of the content folder, with the Spanish catalog's record as given. */
  const recordCatalog = (content: TemporaryContent, record: Record<string, unknown>) =>
    writeFileSync(path.join(content.dir, 'reviews.yaml'), `clinical: {}\ncatalogs:\n  es:\n${Object.entries(record).map(([name, value]) => `    ${name}: ${JSON.stringify(value)}\n`).join('')}`);

  /** What the check says about the Spanish catalog and any review dated in the future, wherever it says it (the catalog or reviews.yaml), with the content folder shown as "content". */
  async function catalogMessages(content: TemporaryContent, catalogDir: string, today = TODAY): Promise<string[]> {
    const copy = mkdtempSync(path.join(tmpdir(), 'content-catalog-'));
    cpSync(content.dir, copy, { recursive: true });
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    const report = await checkContent({ contentDir: copy, catalogDir, today });
    return report.problems
      .filter((problem) => problem.file?.endsWith('es.json') || problem.message.includes('es.json') || problem.message.startsWith('the review is dated'))
      .map(formatProblem)
      .map((line) => line.replaceAll(displayPath(copy), 'content'));
  }

  it('names every English message changed or gone since the catalog was translated, in the plural', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    const en = messages('en');
    recordCatalog(content, { madeFrom: catalogFingerprints({ ...en, 'site.name': 'Old name', therapyName: 'Old therapy', 'old.one': 'x', 'old.two': 'y' }) });
    const englishFile = catalogs.shown('en.json');
    const spanishFile = catalogs.shown('es.json');
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `${spanishFile}: warning: this catalog is out of date: since it was translated, in ${englishFile} 2 messages are new or changed ("site.name" at ${englishFile}:3, "therapyName" at ${englishFile}:5) and 2 messages are no longer there ("old.one", "old.two"). Update the messages to say what ${englishFile} says now, then run npm run translated -- ${spanishFile}.`,
    ]);
    recordCatalog(content, { madeFrom: catalogFingerprints({ ...en, 'old.one': 'x' }) });
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `${spanishFile}: warning: this catalog is out of date: since it was translated, in ${englishFile} 1 message is no longer there ("old.one"). Update the messages to say what ${englishFile} says now, then run npm run translated -- ${spanishFile}.`,
    ]);
    recordCatalog(content, { madeFrom: { ...catalogFingerprints(en), text: '0000000000000000' } });
    // Messages decide: a whole-catalog fingerprint edited by hand explains no change.
    expect(await catalogMessages(content, catalogs.dir)).toEqual([]);
  });

  it('holds no record to an English catalog it cannot read', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    recordCatalog(content, { madeFrom: catalogFingerprints({ ...messages('en'), 'site.name': 'Old name' }) });
    rmSync(path.join(catalogs.dir, 'en.json'));
    expect(await catalogMessages(content, catalogs.dir)).toEqual([]);
  });

  it('lapses a review for changes to both catalogs, at the line of the first Spanish message changed, and at no line for English changes alone', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    const en = messages('en');
    const es = messages('es');
    const englishNow = catalogFingerprints(en);
    recordCatalog(content, {
      madeFrom: englishNow,
      review: { reviewer: 'lucia-mendez', date: '2025-03-01', english: catalogFingerprints({ ...en, 'site.name': 'Old name' }), translation: catalogFingerprints({ ...es, therapyName: 'Antes' }) },
    });
    const englishFile = catalogs.shown('en.json');
    const spanishFile = catalogs.shown('es.json');
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `${spanishFile}:5: error: the translation review by Lucía Méndez, certified translator on 2025-03-01 has lapsed: since then in ${englishFile} 1 message is new or changed ("site.name" at ${englishFile}:3); in this catalog 1 message is new or changed ("therapyName" at ${spanishFile}:5). Have a translation reviewer check this catalog against ${englishFile} on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${spanishFile} --reviewer <their id> --translation. Until then every page in Spanish says that no qualified translator has reviewed it.`,
    ]);
    recordCatalog(content, {
      madeFrom: englishNow,
      review: { reviewer: 'lucia-mendez', date: '2025-03-01', english: catalogFingerprints({ ...en, 'site.name': 'Old name' }), translation: catalogFingerprints(es) },
    });
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `${spanishFile}: error: the translation review by Lucía Méndez, certified translator on 2025-03-01 has lapsed: since then in ${englishFile} 1 message is new or changed ("site.name" at ${englishFile}:3). Have a translation reviewer check this catalog against ${englishFile} on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${spanishFile} --reviewer <their id> --translation. Until then every page in Spanish says that no qualified translator has reviewed it.`,
    ]);
  });

  it('refuses a catalog review signed by a clinical reviewer, at its line, and reminds the editor when a review is due or dated in the future', async () => {
    const content = unreviewedContent();
    const catalogs = temporaryCatalogs();
    const review = (reviewer: string, date: string) => ({ reviewer, date, english: catalogFingerprints(messages('en')), translation: catalogFingerprints(messages('es')) });
    const englishFile = catalogs.shown('en.json');
    const spanishFile = catalogs.shown('es.json');
    recordCatalog(content, { review: review('ana-rivera', '2025-03-01') });
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `content/reviews.yaml:4: error: the translation review of ${spanishFile} is signed by Ana Rivera, PT, DPT, whose role in content/reviewers.yaml is clinical. A translation review must be signed by a translation reviewer (lucia-mendez, omar-haddad): have one of them review the page.`,
    ]);
    recordCatalog(content, { review: review('lucia-mendez', '2024-03-10') });
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      `${spanishFile}: warning: the review of 2024-03-10 is due again today, on March 10, 2025. Have a translation reviewer check this catalog against ${englishFile} on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${spanishFile} --reviewer <their id> --translation.`,
    ]);
    recordCatalog(content, { review: review('lucia-mendez', '2025-03-11') });
    expect(await catalogMessages(content, catalogs.dir)).toEqual([
      'content/reviews.yaml:4: error: the review is dated 2025-03-11, after today (2025-03-10); a review cannot be in the future. Record it again with npm run sign-off on the day it is signed.',
    ]);
  });
});
