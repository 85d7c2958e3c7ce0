import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClinicArticle } from '@/lib/checks/clinic-article';
import { traceProblems } from '@/lib/checks/trace-check';
import { loadArticleFolder } from '@/lib/content/articles';
import { bodyBlocks, isStatement } from '@/lib/content/blocks';
import { CLINIC_ARTICLE_FILE, CONTENT_DIR } from '@/lib/content/content-paths';
import { formatProblem } from '@/lib/content/problem';
import { loadTraceFolder, traceEntryFor } from '@/lib/content/traces';
import { english } from '@/lib/i18n/languages';

const folder = await loadArticleFolder(CONTENT_DIR, english);
const traces = await loadTraceFolder();
const article = await readClinicArticle(path.join(CONTENT_DIR, CLINIC_ARTICLE_FILE));

describe('the trace files in content/sources/', () => {
  it('trace every statement of every English article to the clinic’s article, with no problem', () => {
    expect(folder.files.map((file) => file.slug)).toEqual(traces.traces.map((trace) => trace.slug));
    expect(traces.problems).toEqual([]);
    expect(traceProblems({ contentDir: CONTENT_DIR, pages: folder.files, traces, article }).map(formatProblem)).toEqual([]);
  });

  it('give every paragraph, list item and table row an entry: passages of the article, or why it is not medical', () => {
    for (const file of folder.files) {
      const trace = traces.traces.find((each) => each.slug === file.slug);
      const statements = file.tree ? bodyBlocks(file.tree, (line) => line).filter(isStatement) : [];
      expect(statements.length, file.file).toBeGreaterThan(0);
      for (const block of statements) {
        const entry = trace && traceEntryFor(trace, block);
        expect(entry && (entry.source.length > 0 || entry.notMedical !== undefined), `${file.file}: ${block.text}`).toBe(true);
      }
    }
  });

  it("compare with a copy of the clinic's article kept in the repository, so a clean clone checks them too", () => {
    expect('text' in article && article.text).toContain('Dry needling is a treatment that uses a dry needle');
  });
});
