import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
import { describe, it, expect, vi } from 'vitest';
import { findAvailabilityArticle, loadArticles, neighbours } from '@/lib/content/articles';
import { spanish } from '@/lib/i18n/languages';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

// Every file is opened through the real open; the spy only lets a test count them.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, open: vi.fn(actual.open) };
});

function problemsOf(contentDir: string): Promise<readonly string[]> {
  return refusalOf(loadArticles(contentDir), contentDir);
}

describe('loadArticles with a valid content folder', () => {
  const valid = contentFixture('valid');

  it('lists the articles in reading order, not file-name order', async () => {
    const articles = await loadArticles(valid);
    expect(articles.map((article) => [article.order, article.slug, article.path, article.title])).toEqual([
      [1, 'what-is-dry-needling', '/what-is-dry-needling/', 'What is dry needling?'],
      [2, 'after-effects', '/after-effects/', 'How you may feel after dry needling'],
      [3, 'availability', '/availability/', 'Where dry needling is offered'],
    ]);
  });

  it('ignores files that are not Markdown, such as availability.yaml and notes.txt', async () => {
    const articles = await loadArticles(valid);
    expect(articles.map((article) => article.file)).toEqual([
      'tests/fixtures/content/valid/what-is-dry-needling.md',
      'tests/fixtures/content/valid/after-effects.md',
      'tests/fixtures/content/valid/availability.md',
    ]);
  });

  it('marks the one state-list page', async () => {
    const articles = await loadArticles(valid);
    expect(articles.map(({ slug, stateList }) => ({ slug, stateList }))).toEqual([
      { slug: 'what-is-dry-needling', stateList: false },
      { slug: 'after-effects', stateList: false },
      { slug: 'availability', stateList: true },
    ]);
  });

  it('splits each article into the blocks a review covers: title, description, then the body, each at its line', async () => {
    const [first] = await loadArticles(valid);
    expect(first?.blocks.map(({ kind, line, text }) => `${line ?? '?'} ${kind}: ${text.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      '2 title: What is dry needling?',
      '3 description: Dry needling is a',
      '7 paragraph: Dry needling is a',
      '9 heading: How it works',
      '11 paragraph: Your physical therapist puts',
      '13 heading: Trigger points',
      '15 paragraph: A trigger point is',
      '17 paragraph: To learn what you',
      '19 paragraph: See all topics, dry',
    ]);
  });

  it('gives each article its description and the HTML of its body', async () => {
    const articles = await loadArticles(valid);
    const availability = articles.find((article) => article.slug === 'availability');
    expect(availability?.description).toBe('Dry needling is not offered in every state. Check the list on this page.');
    expect(availability?.html).toBe(
      '<p>Dry needling is not offered in every state. Check the list before you plan on this treatment.</p>\n',
    );
  });

  it('gives sections ids that links from other pages can use', async () => {
    const articles = await loadArticles(valid);
    const whatIs = articles.find((article) => article.slug === 'what-is-dry-needling');
    expect(whatIs?.headings).toEqual([
      { depth: 2, text: 'How it works', id: 'how-it-works' },
      { depth: 2, text: 'Trigger points', id: 'trigger-points' },
    ]);
    expect(whatIs?.html).toContain('<h2 id="trigger-points">Trigger points</h2>');
    expect(whatIs?.html).toContain(
      '<a href="/after-effects/#what-you-may-feel-afterwards">what you may feel afterwards</a>',
    );
  });
});

describe('loadArticles with bad front matter', () => {
  it('names a missing title and shows the line to add', async () => {
    expect(await problemsOf(contentFixture('missing-title'))).toEqual([
      'tests/fixtures/content/missing-title/what-is-dry-needling.md:2: "title" is missing. Add a line like: title: What is dry needling?',
    ]);
  });

  it('refuses the review dates pages had before, and says where a review is recorded now', async () => {
    const moved =
      ' Reviews are no longer dates in the page: a reviewer signs a printed review sheet and "npm run sign-off" records it in content/reviews.yaml (docs/editors.md, "Reviews"). Remove the line.';
    expect(await problemsOf(contentFixture('former-review-fields'))).toEqual([
      `tests/fixtures/content/former-review-fields/after-effects.md:2: has a field this site does not know: "lastReviewed", "nextReview". Check the spelling; allowed fields are title, description, order, stateList, aliases, contraindicationsSection, adverseEffectsSection, formerSectionIds.${moved}`,
    ]);
  });

  it('refuses a description longer than 160 characters and says how long it is', async () => {
    expect(await problemsOf(contentFixture('description-too-long'))).toEqual([
      'tests/fixtures/content/description-too-long/who-should-not-have-dry-needling.md:3: "description" must be 160 characters or fewer, because search results cut it off (it has 161). Shorten it.',
    ]);
  });

  it('names a misspelled field and lists the fields the site knows', async () => {
    expect(await problemsOf(contentFixture('misspelled-field'))).toEqual([
      'tests/fixtures/content/misspelled-field/what-is-dry-needling.md:2: "title" is missing. Add a line like: title: What is dry needling?',
      'tests/fixtures/content/misspelled-field/what-is-dry-needling.md:2: has a field this site does not know: "titel". Check the spelling; allowed fields are title, description, order, stateList, aliases, contraindicationsSection, adverseEffectsSection, formerSectionIds.',
    ]);
  });

  it('refuses an order that is not a whole number', async () => {
    expect(await problemsOf(contentFixture('order-not-whole'))).toEqual([
      'tests/fixtures/content/order-not-whole/what-happens-at-a-visit.md:4: "order" must be a whole number like 3 (got 2.5).',
    ]);
  });

  it('refuses JavaScript front matter without running it', async () => {
    const problems = await problemsOf(contentFixture('javascript-front-matter'));
    expect(problems).toEqual([
      'tests/fixtures/content/javascript-front-matter/what-is-dry-needling.md:1: front matter written as JavaScript is not allowed. Start the file with a line of three dashes (---) and write the fields as YAML, like title: What is dry needling?',
    ]);
    expect((globalThis as { __frontMatterRan?: boolean }).__frontMatterRan).toBeUndefined();
  });
});

describe('loadArticles with problems outside the front matter', () => {
  it('refuses a file name that cannot be a page address', async () => {
    expect(await problemsOf(contentFixture('bad-file-name'))).toEqual([
      'tests/fixtures/content/bad-file-name/After_Effects.md: the file name becomes the page address, so it must use only lowercase letters, numbers and single hyphens, like after-effects.md.',
    ]);
  });

  it('refuses a level-1 heading in the body, because the title is the page heading', async () => {
    expect(await problemsOf(contentFixture('second-page-title'))).toEqual([
      'tests/fixtures/content/second-page-title/what-is-dry-needling.md:8: the heading "# What is dry needling?" is a second page title; the title comes from "title". Start sections with ## instead.',
    ]);
  });

  it('refuses two articles with the same place in the reading order', async () => {
    expect(await problemsOf(contentFixture('repeated-order'))).toEqual([
      'tests/fixtures/content/repeated-order/benefits.md: "order" 2 is also used by tests/fixtures/content/repeated-order/after-effects.md. Give each article its own number.',
    ]);
  });

  it('reports only the real problem when the page with the list of states has a mistake', async () => {
    expect(await problemsOf(contentFixture('broken-state-list-page'))).toEqual([
      'tests/fixtures/content/broken-state-list-page/availability.md:5: "stateList" must be true or false (got "yes").',
    ]);
  });

  it('asks for the article that shows the list of states when none has stateList', async () => {
    expect(await problemsOf(contentFixture('no-state-list'))).toEqual([
      'tests/fixtures/content/no-state-list: no article shows the list of states. Add "stateList: true" to the front matter of the article about where dry needling is offered.',
    ]);
  });

  it('refuses two articles that both show the list of states', async () => {
    expect(await problemsOf(contentFixture('two-state-lists'))).toEqual([
      'tests/fixtures/content/two-state-lists: only one article may show the list of states, but tests/fixtures/content/two-state-lists/availability.md and tests/fixtures/content/two-state-lists/what-is-dry-needling.md both have "stateList: true". Remove it from all but one.',
    ]);
  });

  it('reports the problems of every file at once, so the editor can fix them in one go', async () => {
    expect(await problemsOf(contentFixture('several-problems'))).toEqual([
      'tests/fixtures/content/several-problems/after-effects.md:4: "order" must be a whole number like 3 (got "second").',
      'tests/fixtures/content/several-problems/benefits.md:5: "stateList" must be true or false (got "sometimes").',
      'tests/fixtures/content/several-problems/what-is-dry-needling.md:2: "title" is missing. Add a line like: title: What is dry needling?',
    ]);
  });

  it('puts every problem in the error message, one line each', async () => {
    await expect(loadArticles(contentFixture('several-problems'))).rejects.toThrow(
      [
        '3 content problems:',
        '- tests/fixtures/content/several-problems/after-effects.md:4: "order" must be a whole number like 3 (got "second").',
        '- tests/fixtures/content/several-problems/benefits.md:5: "stateList" must be true or false (got "sometimes").',
        '- tests/fixtures/content/several-problems/what-is-dry-needling.md:2: "title" is missing. Add a line like: title: What is dry needling?',
      ].join('\n'),
    );
  });

  it('points to the line of a broken link in the file, counting the front matter', async () => {
    expect(await problemsOf(contentFixture('broken-link'))).toEqual([
      'tests/fixtures/content/broken-link/after-effects.md:14: the link "/benefit/" points to a page that does not exist. Pages on this site: /, /after-effects/, /locations/.',
    ]);
  });

  it('accepts links to the locations page and to state pages, and names a misspelled state page', async () => {
    expect(await problemsOf(contentFixture('links-to-data-pages'))).toEqual([
      'tests/fixtures/content/links-to-data-pages/availability.md:13: the link "/availability/new-mexiko/" points to a page that does not exist. Pages on this site: /, /availability/, /locations/.',
    ]);
  });

  it('refuses an article whose address is taken by the list of locations', async () => {
    expect(await problemsOf(contentFixture('article-named-locations'))).toEqual([
      'tests/fixtures/content/article-named-locations/locations.md: the name "locations" belongs to the list of the clinic\'s locations (/locations/), which the site makes itself. Give the file another name.',
    ]);
  });
});

describe('loadArticles with files that must not be published as they are', () => {
  it('refuses articles named after a file the site generates, each with what has the name', async () => {
    const folder = 'tests/fixtures/content/reserved-generated-names';
    expect(await problemsOf(contentFixture('reserved-generated-names'))).toEqual([
      `${folder}/404.md: the name "404" belongs to the page-not-found page (/404.html), which the site makes itself. Give the file another name.`,
      `${folder}/home.md: the name "home" belongs to the home page's link-preview image (/og/home.png), which the site makes itself. Give the file another name.`,
      `${folder}/index.md: the name "index" belongs to the home page (/index.html), which the site makes itself. Give the file another name.`,
    ]);
  });

  it('refuses the same names as old addresses', async () => {
    const where = 'tests/fixtures/content/reserved-alias-names/availability.md: "aliases" lists';
    expect(await problemsOf(contentFixture('reserved-alias-names'))).toEqual([
      `${where} "index", but that name belongs to the home page (/index.html), which the site makes itself. Remove it.`,
      `${where} "home", but that name belongs to the home page's link-preview image (/og/home.png), which the site makes itself. Remove it.`,
      `${where} "404", but that name belongs to the page-not-found page (/404.html), which the site makes itself. Remove it.`,
      `${where} "og", but that name belongs to the folder of link-preview images (/og/), which the site makes itself. Remove it.`,
    ]);
  });

  it('refuses a folder named like an article', async () => {
    expect(await problemsOf(contentFixture('folder-named-md'))).toEqual([
      'tests/fixtures/content/folder-named-md/benefits.md: is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.',
    ]);
  });

  it('names a Markdown file with an upper-case extension and files in a subfolder, instead of leaving them out of the site', async () => {
    expect(await problemsOf(contentFixture('upper-case-extension'))).toEqual([
      'tests/fixtures/content/upper-case-extension/benefits.MD: ends in ".MD", and only files ending in lowercase ".md" are read. Rename it to benefits.md.',
    ]);
    expect((await problemsOf(contentFixture('file-in-subfolder'))).map((problem) => problem.split(': ')[0])).toEqual([
      'tests/fixtures/content/file-in-subfolder/drafts/benefits.md',
      'tests/fixtures/content/file-in-subfolder/drafts/questions.txt',
    ]);
  });

  it('refuses a link to an article, and names the link, not the file it points to', async () => {
    const content = temporaryContent('valid');
    symlinkSync('/etc/hostname', path.join(content.dir, 'benefits.md'));
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('benefits.md')}: is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.`,
    ]);
  });
});

describe('loadArticles with images', () => {
  it('accepts an image saved under public/, and refuses images from other sites, relative addresses and files that do not exist', async () => {
    const file = 'tests/fixtures/content/image-sources/after-effects.md';
    const elsewhere =
      'is not on this site. Save the picture under public/ and write its address from the site root, like /images/needle.jpg for the file public/images/needle.jpg: a picture from another site tells that site who reads which page, and can change or vanish.';
    expect(await problemsOf(contentFixture('image-sources'))).toEqual([
      `${file}:12: the image "https://tracker.example/p.png" ${elsewhere}`,
      `${file}:14: the image "//tracker.example/p.png" ${elsewhere}`,
      `${file}:16: the image "images/sore-muscle.jpg" must be written from the site root, like /images/needle.jpg for the file public/images/needle.jpg.`,
      `${file}:18: the image "/images/sore-muscel.jpg" does not exist: there is no file tests/fixtures/content/public/images/sore-muscel.jpg. Check the spelling, or add the picture there (like /images/needle.jpg for the file public/images/needle.jpg).`,
      `${file}:20: the image "https://cdn.example/therapist.jpg" ${elsewhere}`,
    ]);
  });
});

describe('loadArticles during a build', () => {
  it('reads each file once, however many pages ask for the articles', async () => {
    // A fresh module, so the first of the parallel calls is the one that reads the folder.
    vi.resetModules();
    const fs = await import('node:fs/promises');
    const { loadArticles: load } = await import('@/lib/content/articles');
    const open = vi.mocked(fs.open);
    open.mockClear();
    const valid = contentFixture('valid');

    const inParallel = await Promise.all(Array.from({ length: 20 }, () => load(valid)));
    const first = await load(valid);
    const second = await load(valid);

    const filesRead = open.mock.calls.map(([file]) => path.relative(valid, String(file))).sort();
    expect(filesRead).toEqual(['after-effects.md', 'availability.md', 'what-is-dry-needling.md']);
    expect(second).toBe(first);
    for (const articles of inParallel) expect(articles).toBe(first);
  });
});

/** An article file as an editor writes one, with the front matter fields given added. */
function articleFile(fields: Record<string, string>, body = 'Ask your physical therapist.\n'): string {
  const all = { title: 'Questions to ask', description: 'Questions you may want to ask before a treatment.', order: '9', ...fields };
  return `---\n${Object.entries(all).map(([field, value]) => `${field}: ${value}`).join('\n')}\n---\n\n${body}`;
}

/** The valid fixture with these files added (or replaced), in a temporary folder. */
function contentWith(files: Record<string, string>): ReturnType<typeof temporaryContent> {
  const content = temporaryContent('valid');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content.dir, name), text);
  return content;
}

describe('loadArticles: links to what the site makes around the articles', () => {
  it('accepts links to the home page’s topics, the list of states, state pages and the template’s sections', async () => {
    const body = [
      'See [all topics](/#topics), [the states](/availability/#dry-needling-by-state), [Texas](/availability/texas/),',
      '[the main text](/after-effects/#main-content) and [who to ask](/after-effects/#talk-to-your-physical-therapist).',
      '',
    ].join('\n');
    const content = contentWith({ 'questions.md': articleFile({}, body) });
    expect((await loadArticles(content.dir)).map((article) => article.slug)).toContain('questions');
  });

  it('refuses a link to the list of states on a page that does not show it', async () => {
    const content = contentWith({ 'questions.md': articleFile({}, 'See [the states](/after-effects/#dry-needling-by-state).\n') });
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('questions.md')}:7: the link "/after-effects/#dry-needling-by-state" points to a section "#dry-needling-by-state" that /after-effects/ does not have. ` +
        'Sections there: #what-you-may-feel-afterwards, #when-to-call-your-physical-therapist, #main-content, #talk-to-your-physical-therapist.',
    ]);
  });

  it('does not call a link broken when the page it points to has a problem of its own', async () => {
    const content = contentWith({
      'questions.md': articleFile({ order: 'ninth' }),
      'benefits.md': articleFile({ title: 'Benefits', description: 'What dry needling may help with.', order: '8' }, 'See [questions](/questions/).\n'),
    });
    expect(await problemsOf(content.dir)).toEqual([`${content.shown('questions.md')}:4: "order" must be a whole number like 3 (got "ninth").`]);
  });
});

describe('loadArticles: the sections that structured data reads', () => {
  it('reads the list and words of the sections the front matter names', async () => {
    const content = contentWith({
      'after-effects.md': readFileSync(path.join(contentFixture('valid'), 'after-effects.md'), 'utf8').replace(
        'order: 2\n',
        'order: 2\nadverseEffectsSection: what-you-may-feel-afterwards\n',
      ),
    });
    const afterEffects = (await loadArticles(content.dir)).find((article) => article.slug === 'after-effects');
    expect(afterEffects?.adverseEffects).toEqual({ items: ['Soreness where the needle went in', 'Bruising', 'Tiredness'], text: 'Soreness where the needle went in; Bruising; Tiredness.' });
    expect(afterEffects).not.toHaveProperty('contraindications');
  });

  it('says an article has no sections at all when the section it names cannot be there', async () => {
    const content = contentWith({ 'questions.md': articleFile({ contraindicationsSection: 'who-should-not-have-it' }) });
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('questions.md')}:5: "contraindicationsSection" names a section "who-should-not-have-it" that this article does not have. Its sections: none.`,
    ]);
  });

  it.each([
    ['contraindicationsSection', 'who-should-not-have-it', '## Who should not have it\n\n- People with bleeding disorders\n'],
    ['adverseEffectsSection', 'what-you-may-feel', '## What you may feel\n\n- Soreness\n'],
  ])('allows "%s" on one article only, naming every article that has it', async (field, section, list) => {
    const content = contentWith({
      'questions.md': articleFile({ [field]: section }, list),
      'risks.md': articleFile({ title: 'Risks', description: 'The risks of dry needling.', order: '10', [field]: section }, list),
    });
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('')}: ${content.shown('questions.md')} and ${content.shown('risks.md')} all have "${field}". Only one article may have it; remove it from the others.`,
    ]);
  });
});

describe('loadArticles: the folders and fields each language has', () => {
  it("refuses a folder named like the site's own language in content/: English is content/ itself", async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'en'));
    writeFileSync(path.join(content.dir, 'en', 'after-effects.md'), articleFile({}));
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('en/after-effects.md')}: is in a folder inside ${content.shown('')}/, and nothing in such folders is published. Move articles and data files into ${content.shown('')}/ itself, and images into public/.`,
    ]);
  });

  it('refuses a language folder that is a link with that one problem, not a missing article as well', async () => {
    const content = temporaryContent('translations');
    const elsewhere = temporaryContent('translations');
    rmSync(path.join(content.dir, 'es'), { recursive: true });
    symlinkSync(path.join(elsewhere.dir, 'es'), path.join(content.dir, 'es'));
    expect(await refusalOf(loadArticles(content.dir, spanish), 'a linked es folder')).toEqual([
      `${content.shown('es')}: is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.`,
    ]);
  });

  it("gives each text block the line of its field, wherever the field is in the front matter", async () => {
    const content = contentWith({ 'questions.md': '---\norder: 9\ndescription: Questions you may want to ask.\ntitle: Questions to ask\n---\n\nAsk your physical therapist.\n' });
    const questions = (await loadArticles(content.dir)).find((article) => article.slug === 'questions');
    expect(questions?.blocks.slice(0, 3).map(({ kind, line }) => [kind, line])).toEqual([
      ['title', 4],
      ['description', 3],
      ['paragraph', 7],
    ]);
  });
});

describe('loadArticles: more than two pages with the list of states, and old addresses', () => {
  it('says "all" when three articles show the list of states', async () => {
    const content = contentWith({
      'questions.md': articleFile({ stateList: 'true' }),
      'risks.md': articleFile({ title: 'Risks', description: 'The risks of dry needling.', order: '10', stateList: 'true' }),
    });
    expect(await problemsOf(content.dir)).toEqual([
      expect.stringMatching(/ all have "stateList: true"\. Remove it from all but one\.$/),
    ]);
  });

  it('refuses an old address that is the article’s own, or listed twice', async () => {
    const content = contentWith({ 'questions.md': articleFile({ aliases: '[questions, old-questions, old-questions]' }) });
    const where = `${content.shown('questions.md')}: "aliases"`;
    expect(await problemsOf(content.dir)).toEqual([
      `${where} lists "questions", which is this article's own address. Remove it from the list.`,
      `${where} lists "old-questions" twice. Keep one.`,
    ]);
  });
});

describe('loadArticles: a file that disappears while it is read', () => {
  it('asks the editor to run the check again', async () => {
    const content = temporaryContent('valid');
    for (const name of ['after-effects.md', 'availability.md']) rmSync(path.join(content.dir, name));
    vi.mocked(fsPromises.open).mockRejectedValueOnce(Object.assign(new Error('ENOENT: gone'), { code: 'ENOENT' }));
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('what-is-dry-needling.md')}: the file disappeared while it was being read. Run the check again.`,
    ]);
  });
});

describe('findAvailabilityArticle and neighbours', () => {
  const valid = contentFixture('valid');

  it('finds the article with the list of states', async () => {
    const articles = await loadArticles(valid);
    expect(findAvailabilityArticle(articles).slug).toBe('availability');
    expect(() => findAvailabilityArticle(articles.filter((article) => !article.stateList))).toThrow('No article has "stateList: true".');
  });

  it('gives the articles before and after one in reading order, and none at either end', async () => {
    const articles = await loadArticles(valid);
    const slugs = (around: { previous?: { slug: string }; next?: { slug: string } }) => [around.previous?.slug, around.next?.slug];
    expect(slugs(neighbours(articles, 'what-is-dry-needling'))).toEqual([undefined, 'after-effects']);
    expect(slugs(neighbours(articles, 'after-effects'))).toEqual(['what-is-dry-needling', 'availability']);
    expect(slugs(neighbours(articles, 'availability'))).toEqual(['after-effects', undefined]);
    expect(neighbours(articles, 'benefits')).toEqual({});
  });
});

describe('loadArticles: titles that only look different, and a folder without articles', () => {
  it('takes titles that differ only in capital letters as the same', async () => {
    const content = contentWith({ 'questions.md': articleFile({ title: 'WHAT IS DRY NEEDLING?' }) });
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('what-is-dry-needling.md')}: "title" is the same as in ${content.shown('questions.md')}. Give each article its own title, so readers can tell them apart.`,
    ]);
  });

  it('asks for an article when the folder has none', async () => {
    const content = temporaryContent('valid');
    for (const name of ['after-effects.md', 'availability.md', 'what-is-dry-needling.md']) rmSync(path.join(content.dir, name));
    expect(await problemsOf(content.dir)).toEqual([`${content.shown('')}: there are no articles. Add a Markdown file such as what-is-dry-needling.md.`]);
  });
});

describe('loadArticles: a section’s old ids (formerSectionIds)', () => {
  /** The valid fixture's after-effects.md, with these lines added to its front matter. */
  function afterEffectsWith(frontMatter: string): ReturnType<typeof temporaryContent> {
    return contentWith({
      'after-effects.md': readFileSync(path.join(contentFixture('valid'), 'after-effects.md'), 'utf8').replace('order: 2\n', `order: 2\n${frontMatter}`),
    });
  }

  it('keeps an old id just before the section’s heading, and accepts links to it', async () => {
    const content = afterEffectsWith('formerSectionIds:\n  when-to-call-your-physical-therapist: [when-to-call, call-us]\n');
    writeFileSync(path.join(content.dir, 'questions.md'), articleFile({}, 'See [when to call](/after-effects/#when-to-call).\n'));
    const afterEffects = (await loadArticles(content.dir)).find((article) => article.slug === 'after-effects');
    expect(afterEffects?.html).toContain(
      '<span id="when-to-call" aria-hidden="true"></span><span id="call-us" aria-hidden="true"></span><div class="section-heading"><h2 id="when-to-call-your-physical-therapist">',
    );
  });

  it('refuses a section this article does not have, naming the ones it has', async () => {
    const content = afterEffectsWith('formerSectionIds:\n  when-to-phone: [when-to-call]\n');
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('after-effects.md')}:6: "formerSectionIds" names a section "when-to-phone" that this article does not have. Name a section by its address now; its sections: what-you-may-feel-afterwards, when-to-call-your-physical-therapist.`,
    ]);
  });

  it('refuses an old id that is a section of the page now, the template’s own, or given to two sections', async () => {
    const content = afterEffectsWith(
      'formerSectionIds:\n  when-to-call-your-physical-therapist: [what-you-may-feel-afterwards, main-content, afterwards]\n  what-you-may-feel-afterwards: [afterwards]\n',
    );
    expect(await problemsOf(content.dir)).toEqual([
      `${content.shown('after-effects.md')}:6: "formerSectionIds" lists "what-you-may-feel-afterwards" for "when-to-call-your-physical-therapist", but "what-you-may-feel-afterwards" is the address of a section of this article now. An old address cannot point away from a section that exists; remove it.`,
      `${content.shown('after-effects.md')}:6: "formerSectionIds" lists "main-content" for "when-to-call-your-physical-therapist", but that address belongs to a part of the page the site makes itself. Remove it.`,
      `${content.shown('after-effects.md')}:7: "formerSectionIds" lists "afterwards" for "what-you-may-feel-afterwards" and for "when-to-call-your-physical-therapist". An old address can lead to one section only; remove it from one of them.`,
    ]);
  });
});
