import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { loadContact } from '@/lib/content/contact';

const today = new Date().toISOString().slice(0, 10);

describe('npm run check:content on the real content/', () => {
  it("compares the source file and the editorial notes with the clinic's article, which CI keeps beside the repository", async () => {
    const report = await checkContent({ today });
    expect(report.problems.filter((problem) => problem.file?.includes('dry-needling-article.txt')).map(formatProblem)).toEqual([]);
  });

  it('finds no errors today: every page reads at grade 8.0 or lower, is not overdue for review, is well formed and has its translation', async () => {
    const report = await checkContent({ today });
    const errors = report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(report.files).toContain('content/availability.yaml');
    expect(report.files).toContain('content/locations.yaml');
    expect(report.files).toContain('content/source.yaml');
    expect(report.files).toContain('content/editorial-notes.yaml');
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
