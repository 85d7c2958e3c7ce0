import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { SOURCE_ARTICLE_TEXT } from '@/lib/content/content-paths';
import { formatProblem } from '@/lib/content/problem';
import { loadContact } from '@/lib/content/contact';

const today = new Date().toISOString().slice(0, 10);

describe('npm run check:content on the real content/', () => {
  it("compares the copy of the clinic's article in content/ with the clinic's own file, when it is beside the repository", async () => {
    const report = await checkContent({ today, clinicOriginal: SOURCE_ARTICLE_TEXT });
    expect(report.files).toContain('content/clinic-article.txt');
    expect(report.problems.filter((problem) => /clinic-article\.txt|dry-needling-article\.txt/.test(problem.file ?? '')).map(formatProblem)).toEqual([]);
  });

  it('finds no errors today: every page reads at grade 8.0 or lower, is not overdue for review, is well formed and has its translation', async () => {
    const report = await checkContent({ today });
    const errors = report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(report.files).toContain('content/availability.yaml');
    expect(report.files).toContain('content/locations.yaml');
    expect(report.files).toContain('content/source.yaml');
    expect(report.files).toContain('content/editorial-notes.yaml');
    expect(report.files.filter((file) => file.startsWith('content/sources/'))).toHaveLength(9);
    const articles = report.files.filter((file) => file.endsWith('.md'));
    expect(articles.filter((file) => !file.startsWith('content/es/'))).toHaveLength(9);
    expect(articles.filter((file) => file.startsWith('content/es/'))).toHaveLength(9);
  });

  it('warns about the address reports of a problem go to exactly while it is an example one', async () => {
    const [report, contact] = await Promise.all([checkContent({ today }), loadContact()]);
    const lines = report.problems.filter((problem) => problem.file === 'content/contact.yaml').map(formatProblem);
    expect(report.files).toContain('content/contact.yaml');
    if (contact.example) expect(lines).toEqual([expect.stringMatching(/^content\/contact\.yaml:\d+: warning: "problemReports" is an example address/)]);
    else expect(lines).toEqual([]);
  });
});
