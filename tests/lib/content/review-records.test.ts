import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaded } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { EMPTY_RECORDS, loadReviewsFile, parseReviewRecords, serializeReviewRecords, type ReviewRecords } from '@/lib/content/review-records';
import { refusalOf } from '@/tests/fixtures/content-fixture';

const FILE = 'content/reviews.yaml';
const REWRITE = 'This file is written by npm run sign-off and npm run translated; run them again rather than editing a fingerprint.';
const A = '0123456789abcdef';
const B = 'fedcba9876543210';

/** What an editor reads when content/reviews.yaml is refused: one line per problem. */
function refusal(text: string): Promise<readonly string[]> {
  return refusalOf(Promise.resolve().then(() => parseReviewRecords(text, FILE)), 'content/reviews.yaml');
}

const clinicalEntry = (fields: readonly string[]) => ['clinical:', '  after-effects:', ...fields.map((field) => `    ${field}`), ''].join('\n');
const ANA_REVIEW = ['reviewer: ana-rivera', 'date: 2024-07-22', `text: "${A}"`, `blocks: [ "${B}" ]`];

describe('parseReviewRecords: content/reviews.yaml as the build reads it', () => {
  it('reads an empty file as no reviews on record', () => {
    expect(parseReviewRecords('', FILE)).toMatchObject({ file: FILE, exists: true, records: EMPTY_RECORDS });
    expect(parseReviewRecords('# nothing signed yet\n', FILE).records).toEqual({ clinical: {}, translations: {}, catalogs: {} });
  });

  it('reads a clinical review and gives the line of each page', () => {
    const file = parseReviewRecords(clinicalEntry(ANA_REVIEW), FILE);
    expect(file.records.clinical).toEqual({ 'after-effects': { reviewer: 'ana-rivera', date: '2024-07-22', text: A, blocks: [B] } });
    // The line of a page's record is the line of its first field.
    expect(file.lineOf(['clinical', 'after-effects'])).toBe(3);
    expect(file.lineOf(['clinical', 'after-effects', 'blocks'])).toBe(6);
  });

  it('names each field a review lacks, and a field it does not use', async () => {
    expect(await refusal(clinicalEntry(['reviewer: ana-rivera', `text: "${A}"`, `blocks: [ "${B}" ]`]))).toEqual([
      `${FILE}:3: "clinical.after-effects.date" is missing. Add a line like: date: 2024-07-22`,
    ]);
    expect(await refusal(clinicalEntry([...ANA_REVIEW, 'approved: yes']))).toEqual([
      `${FILE}:3: "clinical.after-effects" has a field this file does not use: "approved". Use only reviewer, date, text and blocks.`,
    ]);
    expect(await refusal(['clinical:', '  after-effects: ana-rivera', ''].join('\n'))).toEqual([
      `${FILE}:2: "clinical.after-effects" must have the fields reviewer, date, text and blocks. ${REWRITE}`,
    ]);
  });

  it('refuses a reviewer that is not an id, a date that is not a date, and block fingerprints that are not a list', async () => {
    expect(await refusal(clinicalEntry(['reviewer: 12', 'date: 22/07/2024', `text: "${A}"`, `blocks: "${B}"`]))).toEqual([
      `${FILE}:3: "clinical.after-effects.reviewer" must be the id of a reviewer in content/reviewers.yaml (got 12).`,
      `${FILE}:4: "clinical.after-effects.date" must be a date like 2024-07-22 (got "22/07/2024").`,
      `${FILE}:6: "clinical.after-effects.blocks" must be a list of block fingerprints. ${REWRITE}`,
    ]);
  });

  it('refuses a fingerprint that is too short, too long or not text', async () => {
    expect(await refusal(clinicalEntry(['reviewer: ana-rivera', 'date: 2024-07-22', 'text: "0123"', `blocks: [ "${B}0", 12 ]`]))).toEqual([
      `${FILE}:5: "clinical.after-effects.text" must be a fingerprint of 16 characters 0-9 and a-f (got "0123"). ${REWRITE}`,
      `${FILE}:6: "clinical.after-effects.blocks.0" must be a fingerprint of 16 characters 0-9 and a-f (got "${B}0"). ${REWRITE}`,
      `${FILE}:6: "clinical.after-effects.blocks.1" must be a fingerprint of 16 characters 0-9 and a-f (got 12). ${REWRITE}`,
    ]);
  });

  it('refuses a page that is not named by its file name without .md, in English and in a translation', async () => {
    expect(await refusal(clinicalEntry(ANA_REVIEW).replace('after-effects:', 'after-effects.md:'))).toEqual([
      `${FILE}:3: "clinical.after-effects.md" is not a page's file name without .md, like what-is-dry-needling. ${REWRITE}`,
    ]);
    expect(await refusal(`translations:\n  es:\n    Efectos: { madeFrom: { text: "${A}", blocks: [] } }\n`)).toEqual([
      `${FILE}:3: "translations.es.Efectos" is not a page's file name without .md, like what-is-dry-needling. ${REWRITE}`,
    ]);
  });

  it('says how each part of the file lists its records when one is not a list by page or language', async () => {
    expect(await refusal('clinical: yes\ntranslations: [es]\ncatalogs: es\n')).toEqual([
      `${FILE}:1: "clinical" must list clinical reviews by page, each under its file name without .md (got "yes"). ${REWRITE}`,
      `${FILE}:2: "translations" must list translations by language, each under its code like es (got ["es"]). ${REWRITE}`,
      `${FILE}:3: "catalogs" must list catalogs by language, each under its code like es (got "es"). ${REWRITE}`,
    ]);
    expect(await refusal('translations:\n  es: efectos\n')).toEqual([
      `${FILE}:2: "translations.es" must list translations by page, each under its file name without .md (got "efectos"). ${REWRITE}`,
    ]);
    expect(await refusal('- clinical\n')).toEqual([`${FILE}:1: must have the fields clinical, translations and catalogs. ${REWRITE}`]);
  });

  it('refuses a part of the file it does not use, naming the parts it does', async () => {
    expect(await refusal(`reviewed:\n  after-effects: yes\n`)).toEqual([
      `${FILE}:1: has a field this file does not use: "reviewed". Use only clinical, translations and catalogs.`,
    ]);
  });

  it('reads a translation made from an English text and its review, and refuses a record with other fields', async () => {
    const translation = [
      'translations:',
      '  es:',
      '    efectos:',
      `      madeFrom: { text: "${A}", blocks: [ "${B}" ] }`,
      `      review: { reviewer: omar-haddad, date: 2024-08-01, english: { text: "${A}", blocks: [] }, translation: { text: "${B}", blocks: [] } }`,
      '',
    ].join('\n');
    expect(parseReviewRecords(translation, FILE).records.translations).toEqual({
      es: {
        efectos: {
          madeFrom: { text: A, blocks: [B] },
          review: { reviewer: 'omar-haddad', date: '2024-08-01', english: { text: A, blocks: [] }, translation: { text: B, blocks: [] } },
        },
      },
    });
    expect(await refusal(translation.replace('madeFrom:', 'from:'))).toEqual([
      `${FILE}:4: "translations.es.efectos" has a field this file does not use: "from". Use only madeFrom and review.`,
    ]);
    expect(await refusal(translation.replace(`madeFrom: { text: "${A}", blocks: [ "${B}" ] }`, `madeFrom: { text: "${A}" }`))).toEqual([
      `${FILE}:4: "translations.es.efectos.madeFrom.blocks" must be a list of block fingerprints. ${REWRITE}`,
    ]);
    expect(await refusal(translation.replace('english: { text', 'english: { words'))).toContain(
      `${FILE}:5: "translations.es.efectos.review.english" has a field this file does not use: "words". Use only text and blocks.`,
    );
  });

  it('reads a catalog record and refuses messages that are not listed by key', async () => {
    const catalog = ['catalogs:', '  es:', `    madeFrom: { text: "${A}", messages: { "nav.home": "${B}" } }`, ''].join('\n');
    expect(parseReviewRecords(catalog, FILE).records.catalogs).toEqual({ es: { madeFrom: { text: A, messages: { 'nav.home': B } } } });
    expect(await refusal(catalog.replace(`{ "nav.home": "${B}" }`, `[ "${B}" ]`))).toEqual([
      `${FILE}:3: "catalogs.es.madeFrom.messages" must list each message's fingerprint by its key. ${REWRITE}`,
    ]);
    expect(await refusal(catalog.replace('madeFrom:', 'made:'))).toEqual([
      `${FILE}:3: "catalogs.es" has a field this file does not use: "made". Use only madeFrom and review.`,
    ]);
    expect(await refusal(catalog.replace('madeFrom: {', 'review: { reviewer: omar-haddad, date: 2024-08-01,'))).toEqual([
      `${FILE}:3: "catalogs.es.review.english" must have the fields text and messages. ${REWRITE}`,
      `${FILE}:3: "catalogs.es.review.translation" must have the fields text and messages. ${REWRITE}`,
      `${FILE}:3: "catalogs.es.review" has a field this file does not use: "text", "messages". Use only reviewer, date, english and translation.`,
    ]);
  });
});

describe('serializeReviewRecords: the file npm run sign-off and npm run translated write', () => {
  const records: ReviewRecords = {
    clinical: {
      'what-is-dry-needling': { reviewer: 'ana-rivera', date: '2024-07-22', text: A, blocks: [A, B] },
      'after-effects': { reviewer: 'ana-rivera', date: '2024-07-21', text: B, blocks: [] },
    },
    translations: { es: { 'que-es': { madeFrom: { text: A, blocks: [B] } }, efectos: { madeFrom: { text: B, blocks: [] } } } },
    catalogs: {},
  };

  it('starts with what the file is for and how it is written', () => {
    const text = serializeReviewRecords(records);
    expect(text.startsWith('# Reviews and translations on record, each bound to the exact text it covered.\n')).toBe(true);
    expect(text).toContain('# docs/editors.md, "Reviews". Read it freely; do not edit the fingerprints by hand.\n');
  });

  it('lists pages in file-name order, in each language, with each list of fingerprints on one line', () => {
    const lines = serializeReviewRecords(records).split('\n').filter((line) => !line.startsWith('#'));
    expect(lines.filter((line) => /^ {2}\S/.test(line) || /^ {4}\S+:$/.test(line))).toEqual(['  after-effects:', '  what-is-dry-needling:', '  es:', '    efectos:', '    que-es:']);
    expect(lines).toContain(`    blocks: [ ${A}, ${B} ]`);
    expect(lines).toContain('    blocks: []');
  });

  it('keeps a fingerprint of digits only as text, quoted, rather than a number', async () => {
    const digits: ReviewRecords = { ...records, clinical: { 'after-effects': { reviewer: 'ana-rivera', date: '2024-07-22', text: A, blocks: ['1111111111111111'] } } };
    const text = serializeReviewRecords(digits);
    expect(text).toContain('    blocks: [ "1111111111111111" ]');
    expect(parseReviewRecords(text, FILE).records).toEqual(digits);
    // A fingerprint edited by hand is refused at its line.
    expect(await refusal(text.replace(`text: ${A}`, `text: ${A.toUpperCase()}`))).toEqual([
      `${FILE}:20: "clinical.after-effects.text" must be a fingerprint of 16 characters 0-9 and a-f (got "${A.toUpperCase()}"). ${REWRITE}`,
    ]);
  });

  it('keeps a long list of fingerprints on one line, and names the fields a translation review may have', async () => {
    const blocks = Array.from({ length: 8 }, (_, index) => `${index}`.repeat(16).replace(/^./, 'a'));
    const text = serializeReviewRecords({ ...records, clinical: { 'after-effects': { reviewer: 'ana-rivera', date: '2024-07-22', text: A, blocks } } });
    expect(text).toContain(`    blocks: [ ${blocks.join(', ')} ]\n`);
    const review = `translations:\n  es:\n    efectos:\n      review: { reviewer: omar-haddad, date: 2024-08-01, english: { text: "${A}", blocks: [] }, translation: { text: "${B}", blocks: [] }, approved: yes }\n`;
    expect(await refusal(review)).toEqual([
      `${FILE}:4: "translations.es.efectos.review" has a field this file does not use: "approved". Use only reviewer, date, english and translation.`,
    ]);
    expect(await refusal(`catalogs:\n  es:\n    review: { reviewer: omar-haddad, date: 2024-08-01, english: { text: "${A}", messages: {} }, translation: { text: "${B}", messages: {} }, approved: yes }\n`)).toEqual([
      `${FILE}:3: "catalogs.es.review" has a field this file does not use: "approved". Use only reviewer, date, english and translation.`,
    ]);
  });

  it('writes catalogs only when one is on record, and reads back what it writes', () => {
    expect(serializeReviewRecords(records)).not.toMatch(/^catalogs:/m);
    expect(serializeReviewRecords({ ...records, catalogs: { es: { madeFrom: { text: A, messages: {} } } } })).toMatch(/^catalogs:/m);
    const withCatalog: ReviewRecords = { ...records, catalogs: { fr: { madeFrom: { text: A, messages: { a: B } } }, es: { madeFrom: { text: B, messages: {} } } } };
    const text = serializeReviewRecords(withCatalog);
    expect(text.indexOf('  es:\n    madeFrom')).toBeLessThan(text.indexOf('  fr:\n    madeFrom'));
    expect(parseReviewRecords(text, FILE).records).toEqual(withCatalog);
    expect(parseReviewRecords(serializeReviewRecords(records), FILE).records).toEqual(records);
  });
});

describe('loadReviewsFile: the records of a content folder', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'reviews-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('has no review on record when the folder has no reviews.yaml', async () => {
    const empty = path.join(folder, 'none');
    await mkdir(empty);
    const file = await loadReviewsFile(empty);
    expect(file).toMatchObject({ exists: false, records: EMPTY_RECORDS });
    expect(file.lineOf(['clinical'])).toBeUndefined();
  });

  it('reads the file that is there', async () => {
    const signed = path.join(folder, 'signed');
    await mkdir(signed);
    await writeFile(path.join(signed, 'reviews.yaml'), clinicalEntry(ANA_REVIEW));
    expect((await loadReviewsFile(signed)).records.clinical['after-effects']?.reviewer).toBe('ana-rivera');
  });

  it('refuses a reviews.yaml that is a folder, saying so', async () => {
    const odd = path.join(folder, 'odd');
    await mkdir(path.join(odd, 'reviews.yaml'), { recursive: true });
    const { problems } = await loaded(() => loadReviewsFile(odd));
    expect(problems.map(problemLine)).toEqual([expect.stringMatching(/reviews\.yaml: is a folder, not a file\./)]);
  });
});
