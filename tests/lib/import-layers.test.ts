import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layout rule of eslint.config.mjs, run on code that imports the wrong way, as a
// newcomer might write it. The files need not exist: ESLint lints the text as if it were there.
const eslint = new ESLint();

async function layoutMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'import/no-restricted-paths').map((message) => message.message);
}

// The first lint loads every plugin of the config, which takes seconds while other test files run.
describe('imports in lib/ point down', { timeout: 60_000 }, () => {
  it('refuses lib/content/ importing from lib/site/, and says what to do', async () => {
    const messages = await layoutMessages('lib/content/wrong-way.ts', "import { loadSitePages } from '@/lib/site/site-pages';\nexport const pages = loadSitePages();\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('lib/content/ must not import from lib/site/');
    expect(messages[0]).toContain('Move what both need into a lower folder');
  });

  it('refuses the same import written as a relative path', async () => {
    const messages = await layoutMessages('lib/content/wrong-way.ts', "import { loadSitePages } from '../site/site-pages';\nexport const pages = loadSitePages();\n");
    expect(messages).toEqual([expect.stringContaining('lib/content/ must not import from lib/site/')]);
  });

  it('refuses components importing the editor checks or the host files', async () => {
    const code = "import { checkContent } from '@/lib/checks/content-check';\nimport { SECURITY_HEADERS } from '@/lib/hosting/security-headers';\nexport const used = [checkContent, SECURITY_HEADERS];\n";
    const messages = await layoutMessages('components/wrong-way.tsx', code);
    expect(messages).toEqual([
      expect.stringContaining('components/ must not import from lib/checks/'),
      expect.stringContaining('components/ must not import from lib/hosting/'),
    ]);
  });

  it('allows imports that point down', async () => {
    const code = "import { loadArticles } from '@/lib/content/articles';\nimport { PAGE_IDS } from '@/lib/routes/page-ids';\nexport const used = [loadArticles, PAGE_IDS];\n";
    expect(await layoutMessages('lib/site/right-way.ts', code)).toEqual([]);
  });
});

async function cycleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'import/no-cycle').map((message) => message.message);
}

describe('no two modules import each other (ESLint, for values)', { timeout: 120_000 }, () => {
  it('refuses a module importing from a module that imports it', async () => {
    // lib/content/articles.ts imports findStructureProblems from here.
    const code = "import { loadArticles } from './articles';\nexport const load = loadArticles;\n";
    expect(await cycleMessages('lib/content/article-structure.ts', code)).toEqual([expect.stringContaining('Dependency cycle')]);
  });

  it('allows the same import through the alias when nothing imports back', async () => {
    const code = "import type { Problem } from '@/lib/content/problem';\nexport type Problems = readonly Problem[];\n";
    expect(await cycleMessages('lib/checks/new-check.ts', code)).toEqual([]);
  });
});
