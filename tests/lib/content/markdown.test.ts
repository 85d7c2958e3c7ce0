import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseMarkdown, renderMarkdown, textBlocks } from '@/lib/content/markdown';
import { english, spanish } from '@/lib/i18n/languages';

describe('renderMarkdown headings', () => {
  const markdown = `## What you may feel afterwards

Most people feel fine after dry needling.

### Soreness where the needle went in

Soreness usually lasts a day or two.

## When *not* to have dry needling

Tell your physical therapist if you bleed easily.

## What you may feel afterwards

Call the clinic if the soreness lasts more than two days.
`;

  it('gives section headings readable ids that staff can link to', async () => {
    const { html } = await renderMarkdown(markdown);
    expect(html).toContain('<h2 id="what-you-may-feel-afterwards">What you may feel afterwards</h2>');
    expect(html).toContain('<h3 id="soreness-where-the-needle-went-in">Soreness where the needle went in</h3>');
    expect(html).toContain('<h2 id="when-not-to-have-dry-needling">When <em>not</em> to have dry needling</h2>');
  });

  it('numbers a repeated heading so each section keeps its own id', async () => {
    const { html } = await renderMarkdown(markdown);
    expect(html).toContain('<h2 id="what-you-may-feel-afterwards-1">What you may feel afterwards</h2>');
  });

  it('lists the headings with their level, plain text and id', async () => {
    const { headings } = await renderMarkdown(markdown);
    expect(headings).toEqual([
      { depth: 2, text: 'What you may feel afterwards', id: 'what-you-may-feel-afterwards' },
      { depth: 3, text: 'Soreness where the needle went in', id: 'soreness-where-the-needle-went-in' },
      { depth: 2, text: 'When not to have dry needling', id: 'when-not-to-have-dry-needling' },
      { depth: 2, text: 'What you may feel afterwards', id: 'what-you-may-feel-afterwards-1' },
    ]);
  });
});

describe('renderMarkdown with hostile Markdown', () => {
  it('drops a script element', async () => {
    const { html } = await renderMarkdown(`<script>alert(1)</script>

Tell your physical therapist if you bleed easily.
`);
    expect(html).toBe('<p>Tell your physical therapist if you bleed easily.</p>\n');
  });

  it('drops an image with an event handler', async () => {
    const { html } = await renderMarkdown('Bring a list of your medicines <img src=x onerror=alert(1)> to your first visit.');
    expect(html).toBe('<p>Bring a list of your medicines  to your first visit.</p>\n');
  });

  it('keeps the words of a javascript: Markdown link but not the script', async () => {
    const { html } = await renderMarkdown('[Book a visit](javascript:alert(1)) with your physical therapist.');
    expect(html).toBe('<p><a>Book a visit</a> with your physical therapist.</p>\n');
  });

  it('drops a raw HTML link with a javascript: address', async () => {
    const { html } = await renderMarkdown('<a href="javascript:alert(1)">Book a visit</a> with your physical therapist.');
    expect(html).toBe('<p>Book a visit with your physical therapist.</p>\n');
  });
});

describe('renderMarkdown with markup-like text in attribute values', () => {
  const alt = 'Needle "in" <shoulder> </script><script>alert(1)</script>';
  const title = "A link's title > <img src=x onerror=alert(1)>";

  it('writes <, >, " and & in alt and title text as character references, so no later step can read them as tags', async () => {
    const { html } = await renderMarkdown(`![${alt}](/images/needle.png)\n\nSee [the visit page](/what-happens-at-a-visit/ "${title}") & more.`);
    expect(html).toBe(
      '<p><img src="/images/needle.png" alt="Needle &quot;in&quot; &lt;shoulder&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></p>\n' +
        '<p>See <a href="/what-happens-at-a-visit/" title="A link\'s title &gt; &lt;img src=x onerror=alert(1)&gt;">the visit page</a> &amp; more.</p>\n',
    );
  });

  it('keeps the text itself: a browser reads back exactly what the editor wrote', async () => {
    const { html } = await renderMarkdown(`![${alt}](/images/needle.png)`);
    const body = new JSDOM(html).window.document.body;
    expect(body.querySelector('img')?.getAttribute('alt')).toBe(alt);
    expect(body.querySelectorAll('script, [onerror]')).toHaveLength(0);
  });
});

describe('renderMarkdown', () => {
  it('renders a GitHub-style table as an HTML table', async () => {
    const { html } = await renderMarkdown(`| What you may feel | How long it usually lasts |
| --- | --- |
| Soreness | 1 to 2 days |
| Bruising | Up to a week |
`);
    expect(html).toBe(
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th>What you may feel</th>',
        '<th>How long it usually lasts</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td>Soreness</td>',
        '<td>1 to 2 days</td>',
        '</tr>',
        '<tr>',
        '<td>Bruising</td>',
        '<td>Up to a week</td>',
        '</tr>',
        '</tbody>',
        '</table>',
        '',
      ].join('\n'),
    );
  });

  it('names a table by the heading of its section, in a caption for screen readers', async () => {
    const { html } = await renderMarkdown('## Soreness\n\nSome text.\n\n### How long it lasts\n\n| Feeling | Lasts |\n| --- | --- |\n| Soreness | 1 to 2 days |\n');
    expect(html).toContain('<table><caption class="table-caption">How long it lasts</caption>');
  });

  it('collects every link with the line it is on, including reference links', async () => {
    const { links } = await renderMarkdown(`Dry needling works on [trigger points](/what-is-dry-needling/#trigger-points).

Most people feel fine afterwards.
Read about [what you may feel](#what-you-may-feel-afterwards) and the [possible benefits][benefits].

For more about physical therapy, visit [ChoosePT](https://www.choosept.com/).

[benefits]: /benefits/
`);
    expect(links).toEqual([
      { url: '/what-is-dry-needling/#trigger-points', line: 1 },
      { url: '#what-you-may-feel-afterwards', line: 4 },
      { url: 'https://www.choosept.com/', line: 6 },
      { url: '/benefits/', line: 8 },
    ]);
  });

  it('ties a footnote reference to the "Footnotes" heading for screen readers', async () => {
    const { html } = await renderMarkdown(`Dry needling is done by a trained physical therapist.[^1]

[^1]: Training rules differ from state to state.
`);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeDefined();
    expect(html).toContain(`<h2 class="sr-only" id="${describedBy}">Footnotes</h2>`);
  });

  it('never gives a heading an id the page template already uses', async () => {
    const { html, headings } = await renderMarkdown('## Dry needling by state\n\n## Talk to your physical therapist\n');
    expect(headings.map((heading) => heading.id)).toEqual(['dry-needling-by-state-1', 'talk-to-your-physical-therapist-1']);
    expect(html).toContain('<h2 id="dry-needling-by-state-1">');
  });

  it('gives a heading of only punctuation a usable id, and leaves HTML out of ids', async () => {
    const { headings } = await renderMarkdown('## ?\n\n## After <b>treatment</b>\n');
    expect(headings.map((heading) => heading.id)).toEqual(['section', 'after-treatment']);
  });

  it('keeps links to other websites and email addresses', async () => {
    const { html } = await renderMarkdown('Visit [ChoosePT](https://www.choosept.com/) or email [the clinic](mailto:frontdesk@example.org).');
    expect(html).toBe('<p>Visit <a href="https://www.choosept.com/">ChoosePT</a> or email <a href="mailto:frontdesk@example.org">the clinic</a>.</p>\n');
  });

  it('keeps phone links so a patient can tap to call', async () => {
    const { html } = await renderMarkdown('Call [the front desk](tel:+15125550100) to book.');
    expect(html).toContain('<a href="tel:+15125550100">the front desk</a>');
  });
});

describe('renderMarkdown section links', () => {
  it('puts a plain link to each h2 and h3 beside it, named for the section', async () => {
    const { html } = await renderMarkdown('## What you *may* feel\n\nText.\n\n### Soreness\n\nText.\n\n#### Small print\n');
    expect(html).toContain(
      '<div class="section-heading"><h2 id="what-you-may-feel">What you <em>may</em> feel</h2><a href="#what-you-may-feel" class="section-link" aria-label="Link to section: What you may feel">#</a></div>',
    );
    expect(html).toContain('<a href="#soreness" class="section-link" aria-label="Link to section: Soreness">#</a>');
    expect(html).not.toContain('href="#small-print"');
  });

  it('keeps the footnote back-link style, which shares the link class rule', async () => {
    const { html } = await renderMarkdown('Soreness usually passes.[^1]\n\n[^1]: Ask your physical therapist.\n');
    expect(html).toContain('class="data-footnote-backref"');
  });
});

describe('renderMarkdown sections', () => {
  const markdown =
    '## Who should not have it\n\nIt is not recommended for:\n\n- People with *bleeding* disorders\n- People with infections.\n\nThis list is not complete.\n\n### Ask first\n\n1. Ask your physical therapist\n\n## Notes\n\nNo list here.\n';

  it('lists the items written directly in each section, as plain text', async () => {
    const { sections } = await renderMarkdown(markdown);
    expect(Object.fromEntries([...sections].map(([id, section]) => [id, section.listItems]))).toEqual({
      'who-should-not-have-it': ['People with bleeding disorders', 'People with infections.'],
      'ask-first': ['Ask your physical therapist'],
      notes: [],
    });
  });

  it('keeps what each section says around its list, the list read as one sentence', async () => {
    const { sections } = await renderMarkdown(markdown);
    expect(sections.get('who-should-not-have-it')?.text).toBe(
      'It is not recommended for: People with bleeding disorders; People with infections. This list is not complete.',
    );
    expect(sections.get('notes')?.text).toBe('No list here.');
  });
});

describe('renderMarkdown section text, as structured data quotes it', () => {
  it('reads list items without Markdown marks or HTML, spaces collapsed, and ends the list with one full stop', async () => {
    const { sections } = await renderMarkdown(
      '## Who should not have it\n\n- People with <b>bleeding</b>  disorders;\n- People taking blood thinners, e.g. warfarin.\n- People who are\n  pregnant\n',
    );
    expect(sections.get('who-should-not-have-it')).toEqual({
      listItems: ['People with bleeding disorders;', 'People taking blood thinners, e.g. warfarin.', 'People who are pregnant'],
      text: 'People with bleeding disorders; People taking blood thinners, e.g. warfarin; People who are pregnant.',
    });
  });

  it('leaves out what has no words, such as a rule or a comment, and collapses spaces in paragraphs', async () => {
    const { sections } = await renderMarkdown('## Notes\n\nSoreness  usually passes.\n\n***\n\n<!-- check with the clinic -->\n\nAsk your physical therapist.\n');
    expect(sections.get('notes')?.text).toBe('Soreness usually passes. Ask your physical therapist.');
  });

  it('gives each section only its own words, up to the next heading of any level, and nothing before the first heading', async () => {
    const { sections } = await renderMarkdown('Intro text.\n\n## First\n\nOne.\n\n### Inner\n\nTwo.\n\n## Second\n\nThree.\n');
    expect(Object.fromEntries([...sections].map(([id, section]) => [id, section.text]))).toEqual({ first: 'One.', inner: 'Two.', second: 'Three.' });
  });
});

describe('renderMarkdown in Spanish', () => {
  it('names the section links in the language of the page, and keeps each language to its own words', async () => {
    const markdown = '## ¿Qué es la punción seca?\n\nTexto.\n';
    const { html: before } = await renderMarkdown(markdown);
    const { html, headings } = await renderMarkdown(markdown, spanish);
    const { html: after } = await renderMarkdown(markdown, english);
    expect(headings).toEqual([{ depth: 2, text: '¿Qué es la punción seca?', id: 'que-es-la-puncion-seca' }]);
    expect(html).toContain('<a href="#que-es-la-puncion-seca" class="section-link" aria-label="Enlace a la sección: ¿Qué es la punción seca?">#</a>');
    expect(before).toContain('aria-label="Link to section: ¿Qué es la punción seca?"');
    expect(after).toBe(before);
  });
});

describe('renderMarkdown section link names', () => {
  it('name a section by its words alone, without HTML or trailing spaces', async () => {
    const { html } = await renderMarkdown('## After <b>treatment</b> <span></span>\n');
    expect(html).toContain('aria-label="Link to section: After treatment"');
  });
});

describe('textBlocks', () => {
  it('gives the words of every paragraph, heading and table cell, each in one line, without marks or HTML', () => {
    const tree = parseMarkdown(
      '## What you *may* feel\n\nMost people  feel\nfine <b>afterwards</b>.\n\n- A list item is a paragraph too\n\n| Feeling | How long |\n| --- | --- |\n| Soreness | 1 to 2 days |\n',
    );
    expect(textBlocks(tree)).toEqual([
      'What you may feel',
      'Most people feel fine afterwards.',
      'A list item is a paragraph too',
      'Feeling',
      'How long',
      'Soreness',
      '1 to 2 days',
    ]);
  });
});

describe('renderMarkdown: a section’s old ids', () => {
  const markdown = '## Side by side\n\nA table.\n\n#### Cost\n\nIt varies.\n';

  it('puts each old id in an empty element screen readers skip, just before the heading and its section link', async () => {
    const { html, headings } = await renderMarkdown(markdown, spanish, { 'side-by-side': ['comparison', 'compared'], cost: ['price'] });
    const { document } = new JSDOM(html).window;
    const wrapper = document.getElementById('side-by-side')?.parentElement;
    expect(wrapper?.className).toBe('section-heading');
    const before = [wrapper?.previousElementSibling?.previousElementSibling, wrapper?.previousElementSibling];
    expect(before.map((element) => element?.outerHTML)).toEqual(['<span id="comparison" aria-hidden="true"></span>', '<span id="compared" aria-hidden="true"></span>']);
    expect(document.getElementById('cost')?.previousElementSibling?.outerHTML).toBe('<span id="price" aria-hidden="true"></span>');
    expect(headings.map((heading) => heading.id)).toEqual(['side-by-side', 'cost']);
  });

  it('adds nothing for a page without old ids', async () => {
    const { html } = await renderMarkdown(markdown, english);
    expect(new JSDOM(html).window.document.querySelectorAll('span')).toHaveLength(0);
  });

  it('puts an old id just before a heading inside a quote, in the quote', async () => {
    const { html } = await renderMarkdown('> #### Deep one\n', english, { 'deep-one': ['deep'] });
    expect(html).toContain('<blockquote>\n<span id="deep" aria-hidden="true"></span><h4 id="deep-one">Deep one</h4>\n</blockquote>');
  });

  it('reads only the old ids the page gives: a heading named like a property of every object has none', async () => {
    const { html } = await renderMarkdown('## Constructor\n\nText.\n', english, {});
    expect(html).not.toContain('<span');
    expect(html).toContain('<h2 id="constructor">Constructor</h2>');
  });
});

describe('renderMarkdown: words around inline HTML, which never reaches the page', () => {
  it('names a heading, its table and its list items without the spaces the HTML leaves', async () => {
    const { headings, html, sections } = await renderMarkdown('## <br> Pain levels\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Signs\n\n- <br> Soreness\n- Bruising <br>\n');
    expect(headings).toEqual([
      { depth: 2, text: 'Pain levels', id: 'pain-levels' },
      { depth: 2, text: 'Signs', id: 'signs' },
    ]);
    expect(html).toContain('<caption class="table-caption">Pain levels</caption>');
    expect(html).toContain('aria-label="Link to section: Pain levels"');
    expect(sections.get('signs')).toEqual({ listItems: ['Soreness', 'Bruising'], text: 'Soreness; Bruising.' });
  });
});
