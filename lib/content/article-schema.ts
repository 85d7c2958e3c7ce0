import { z } from 'zod';
import { requiredText, shown } from './zod-messages';

const DESCRIPTION_MAX_LENGTH = 160;

const ALLOWED_FIELDS = 'title, description, order, stateList, aliases, contraindicationsSection, adverseEffectsSection, formerSectionIds';
const TRANSLATION_FIELDS = 'translationOf';

/** The review dates pages had before a review was bound to the text it covered. */
const FORMER_REVIEW_FIELDS = new Set(['lastReviewed', 'nextReview', 'translatedFrom', 'translationReviewed', 'translationReviewedBy']);
const FORMER_REVIEW_FIELDS_MOVED =
  ' Reviews are no longer dates in the page: a reviewer signs a printed review sheet and "npm run sign-off" records it in content/reviews.yaml (docs/editors.md, "Reviews"). Remove the line.';

/** The form of a page address: after-effects. File names and old addresses (aliases) both follow it. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const aliasSchema = z
  .string({ error: (issue) => `must be a list of old page addresses like [dry-needling-vs-acupuncture] (got ${shown(issue.input)}).` })
  .regex(SLUG, {
    error: (issue) =>
      `has ${shown(issue.input)}, which is not a page address. Write the old address without slashes, in lowercase letters, numbers and single hyphens, like dry-needling-vs-acupuncture.`,
  });

/** A field that names one of the article's own sections by its address after the #. */
function sectionField(field: string) {
  return z
    .string({ error: (issue) => `must be the address of a section of this article, like ${field}: what-you-may-feel-afterwards (got ${shown(issue.input)}).` })
    .regex(SLUG, {
      error: (issue) =>
        `must be a section's address without the #, like what-you-may-feel-afterwards (got ${shown(issue.input)}).`,
    })
    .optional();
}

const FORMER_SECTION_IDS_FORM = 'formerSectionIds: { what-you-may-feel-afterwards: [after-your-treatment] }';

/**
 * The addresses a section had before its heading's words changed, by the section's address now:
 * links staff already sent with the old one still land on the section.
 */
const formerSectionIdsField = z
  .record(
    z.string().regex(SLUG),
    z
      .array(
        z.string({ error: (issue) => `must be a section's old address, like after-your-treatment (got ${shown(issue.input)}).` }).regex(SLUG, {
          error: (issue) => `has ${shown(issue.input)}, which is not a section's address. Write the old address without the #, in lowercase letters, numbers and single hyphens, like after-your-treatment.`,
        }),
        { error: (issue) => `must be a list of the section's old addresses, like [after-your-treatment] (got ${shown(issue.input)}).` },
      )
      .min(1, { error: 'is an empty list. Write the section\'s old address in it, like [after-your-treatment], or remove the line.' }),
    {
      // A key that is not an address is reported by the record itself, with the key as its input.
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `names ${shown(issue.input)}, which is not a section's address. Write the section's address now, without the #, like ${FORMER_SECTION_IDS_FORM}.`
          : `must name each section by its address now and list the addresses it had, like ${FORMER_SECTION_IDS_FORM} (got ${shown(issue.input)}).`,
    },
  )
  .optional();

/** The fields every article has, in any language. */
const articleFields = {
  title: requiredText('title', 'What is dry needling?').max(70, {
    error: (issue) => `is too long for a page title: keep it to 70 characters or fewer (it has ${String(issue.input).length}).`,
  }),
  description: requiredText('description', 'A short summary of this page.').max(DESCRIPTION_MAX_LENGTH, {
    error: (issue) =>
      `must be ${DESCRIPTION_MAX_LENGTH} characters or fewer, because search results cut it off (it has ${String(issue.input).length}). Shorten it.`,
  }),
  order: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add a line like: order: 3 (its place in the reading order).'
          : `must be a whole number like 3 (got ${shown(issue.input)}).`,
    })
    .int({ error: (issue) => `must be a whole number like 3 (got ${shown(issue.input)}).` })
    .positive({ error: (issue) => `must be 1 or more (got ${shown(issue.input)}).` }),
  stateList: z
    .boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)}).` })
    .default(false),
  contraindicationsSection: sectionField('contraindicationsSection'),
  adverseEffectsSection: sectionField('adverseEffectsSection'),
  formerSectionIds: formerSectionIdsField,
};

/** Old addresses belong to the English pages only: the translated pages are new. */
const aliasesField = {
  aliases: z
    .array(aliasSchema, { error: (issue) => `must be a list like [dry-needling-vs-acupuncture] (got ${shown(issue.input)}).` })
    .optional(),
};

/** Which English page a translation translates; which text of it, and its review, are in content/reviews.yaml. */
const translationFields = {
  translationOf: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add a line naming the English article this page translates, without .md, like: translationOf: what-is-dry-needling'
          : `must be the file name of an English article without .md, like what-is-dry-needling (got ${shown(issue.input)}).`,
    })
    .regex(SLUG, { error: (issue) => `must be the file name of an English article without .md, like what-is-dry-needling (got ${shown(issue.input)}).` }),
};

function strictFields<Shape extends z.core.$ZodLooseShape>(shape: Shape, allowed: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has a field this site does not know: ${issue.keys.map((key) => `"${key}"`).join(', ')}. Check the spelling; allowed fields are ${allowed}.${issue.keys.some((key) => FORMER_REVIEW_FIELDS.has(key)) ? FORMER_REVIEW_FIELDS_MOVED : ''}`
        : `must be a list of fields between two lines of three dashes (---), like title: What is dry needling?`,
  });
}

/** The front matter every English article starts with. Types elsewhere come from this, never restated. */
export const articleFrontMatterSchema = strictFields({ ...articleFields, ...aliasesField }, ALLOWED_FIELDS);

/** The front matter of an article in another language: the same fields, no old addresses, and what it translates. */
export const translatedArticleFrontMatterSchema = strictFields(
  { ...articleFields, ...translationFields },
  `${ALLOWED_FIELDS.replace(', aliases', '')}, ${TRANSLATION_FIELDS}`,
);

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type TranslatedArticleFrontMatter = z.infer<typeof translatedArticleFrontMatterSchema>;
