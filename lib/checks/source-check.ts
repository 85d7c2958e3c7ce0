import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import path from 'node:path';
import type { ArticleFile } from '@/lib/content/articles';
import type { EditorialNote, EditorialNotes } from '@/lib/content/editorial-notes';
import { SOURCE_FILE, displayPath } from '@/lib/content/content-paths';
import { textBlocks } from '@/lib/content/markdown';
import { errorAt, type Problem } from '@/lib/content/problem';
import type { SourceFile } from '@/lib/content/source-article';
import { clipped } from '@/lib/content/text-rules';
import { formatDate } from '@/lib/i18n/dates';
import type { ClinicArticle } from './clinic-article';

/**
 * Typography differs between a word processor and a text file ("don’t" and "don't"), and so do
 * line breaks: compare words, not keystrokes.
 */
function normalised(text: string): string {
  // Stryker disable next-line MethodExpression: texts are compared with `includes`, which finds the words with or without spaces at their ends, and YAML values carry none.
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * The words of each paragraph, heading and table cell of an English page, as its loader read
 * it; 'missing' when there is no such page, and undefined when its file cannot be read: the
 * article loader reports that, and the page's words are not known until it is fixed.
 */
function pageText(pages: readonly ArticleFile[], page: string): string[] | 'missing' | undefined {
  const read = pages.find((candidate) => candidate.slug === page);
  if (!read) return 'missing';
  return read.tree && textBlocks(read.tree).map(normalised);
}

function noteProblems(contentDir: string, pages: readonly ArticleFile[], notesFile: string, note: EditorialNote, article: string, sourceFile: string): Problem[] {
  const problems: Problem[] = [];
  if (!article.includes(normalised(note.quote))) {
    problems.push(
      errorAt(
        notesFile,
        note.lines.quote,
        `${note.label} quotes "${clipped(note.quote)}", but the clinic's article (${sourceFile}) does not have these words. ` +
          'Copy them exactly as the article writes them. If the article has changed, check the page against it, then update or remove the note.',
      ),
    );
  }
  const blocks = pageText(pages, note.page);
  const pageFile = displayPath(path.join(contentDir, `${note.page}.md`));
  if (blocks === 'missing') {
    problems.push(
      errorAt(notesFile, note.lines.page, `${note.label}: "page" is "${note.page}", but there is no ${pageFile}. Write the file name of the page without .md, like what-it-treats.`),
    );
  } else if (blocks && !blocks.some((block) => block.includes(normalised(note.siteSays)))) {
    problems.push(
      errorAt(
        notesFile,
        note.lines.siteSays,
        `${note.label}: ${pageFile} no longer says "${clipped(note.siteSays)}". If the page was reworded, check that the new words still read the article as this note explains, then copy them into "siteSays".`,
      ),
    );
  }
  return problems;
}

function sourceFileProblems(contentDir: string, { article: source, lineOf }: SourceFile, article: string, sourceFile: string): Problem[] {
  const file = displayPath(path.join(contentDir, SOURCE_FILE));
  const problems: Problem[] = [];
  if (!article.includes(normalised(source.title))) {
    problems.push(errorAt(file, lineOf(['title']), `the title "${clipped(source.title)}" is not in the clinic's article (${sourceFile}). Copy the title exactly as the article shows it.`));
  }
  if (!article.includes(formatDate(source.published, DEFAULT_LANGUAGE.locale))) {
    problems.push(
      errorAt(
        file,
        lineOf(['published']),
        `"published" is ${source.published}, but the clinic's article (${sourceFile}) does not show ${formatDate(source.published, DEFAULT_LANGUAGE.locale)}. Write the date the article shows.`,
      ),
    );
  }
  return problems;
}

export interface SourceCheckInput {
  readonly contentDir: string;
  /** The clinic's article, as content-check read it. */
  readonly article: ClinicArticle;
  /** undefined when content/source.yaml has problems of its own (reported by its loader). */
  readonly source: SourceFile | undefined;
  /** undefined when there is no notes file, or it has problems of its own. */
  readonly notes: EditorialNotes | undefined;
  /** The English article files as their loader read them, where the notes' wordings are looked up. */
  readonly pages: readonly ArticleFile[];
}

/**
 * Keeps what the site says about its source honest: the title and date in content/source.yaml
 * and each quote in content/editorial-notes.yaml must be in the clinic's article, and each
 * wording a note records must still be on its page.
 */
export function sourceProblems({ contentDir, article: read, source, notes, pages }: SourceCheckInput): Problem[] {
  if ('problem' in read) return [read.problem];
  const article = normalised(read.text);
  const perNote = notes ? notes.notes.flatMap((note) => noteProblems(contentDir, pages, notes.file, note, article, read.file)) : [];
  return [...(source ? sourceFileProblems(contentDir, source, article, read.file) : []), ...perNote];
}
