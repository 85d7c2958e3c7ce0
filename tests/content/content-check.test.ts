import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '@/lib/checks/content-check';
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
    const articles = report.files.filter((file) => file.endsWith('.md'));
    expect(articles.filter((file) => !file.startsWith('content/es/'))).toHaveLength(9);
    expect(articles.filter((file) => file.startsWith('content/es/'))).toHaveLength(9);
  });

  it('checks every file in content/, each once: the count in its last line is the count of files', async () => {
    const report = await checkContent({ today });
    const onDisk = readdirSync('content', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect([...report.files].sort()).toEqual(onDisk.sort());
    expect(formatReport(report).split('\n').at(-1)).toMatch(new RegExp(`^Checked ${onDisk.length} files in content/: 0 errors`));
  });

  it('warns about the address reports of a problem go to exactly while it is an example one', async () => {
    const [report, contact] = await Promise.all([checkContent({ today }), loadContact()]);
    const lines = report.problems.filter((problem) => problem.file === 'content/contact.yaml').map(formatProblem);
    expect(report.files).toContain('content/contact.yaml');
    if (contact.example) expect(lines).toEqual([expect.stringMatching(/^content\/contact\.yaml:\d+: warning: "problemReports" is an example address/)]);
    else expect(lines).toEqual([]);
  });
});
