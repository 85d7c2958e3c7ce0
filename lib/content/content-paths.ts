import path from 'node:path';

/** The folder editors work in. Tests pass their own fixture folders instead. */
export const CONTENT_DIR = path.join(process.cwd(), 'content');

/** The availability data file's name inside a content folder. */
export const AVAILABILITY_FILE = 'availability.yaml';

/** The clinic's locations data file's name inside a content folder. */
export const LOCATIONS_FILE = 'locations.yaml';

/** Where reports of a problem with a page go: the one address the footer of every page emails. */
export const CONTACT_FILE = 'contact.yaml';

/** The clinic that publishes the site: its name, website and phone number, named on every page. */
export const CLINIC_FILE = 'clinic.yaml';

/** The file naming the clinic's article the site is based on: its title and date, shown on every page. */
export const SOURCE_FILE = 'source.yaml';

/**
 * The clinic's article as the clinic gave it, outside the repository. Only the command
 * (`npm run check:content`) looks for it, to check that the copy in content/ is still the same.
 */
export const SOURCE_ARTICLE_TEXT = path.join(process.cwd(), '..', 'shared', 'source', 'dry-needling-article.txt');

/** The copy of the clinic's article in a content folder, byte for byte: what every check compares with. */
export const CLINIC_ARTICLE_FILE = 'clinic-article.txt';

/** The folder inside a content folder where each English article's trace file sits: sources/<slug>.yaml. */
export const TRACES_FOLDER = 'sources';

/** The editors' notes on unclear phrases in the clinic's article; not a page, so not Markdown. */
export const EDITORIAL_NOTES_FILE = 'editorial-notes.yaml';

/** Paths in messages are relative to the project, the way an editor sees them. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join('/');
}

/**
 * The folder of files served as they are (images), beside the content folder: public/ for
 * content/. A test fixture folder's images are in the public/ beside it.
 */
export function publicDirFor(contentDir: string): string {
  return path.join(path.dirname(contentDir), 'public');
}

/** The people who review pages: their names, credentials, role and languages. */
export const REVIEWERS_FILE = 'reviewers.yaml';

/** The reviews and translations on record, each bound to the text it covered; written by npm run sign-off and npm run translated. */
export const REVIEWS_FILE = 'reviews.yaml';
