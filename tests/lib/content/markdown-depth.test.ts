import { describe, expect, it } from 'vitest';
import { findNestingProblems, scanNesting } from '@/lib/content/markdown-depth';
import { parseMarkdown } from '@/lib/content/markdown';

const nestedList = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- item ${level + 1}`).join('\n');

describe('findNestingProblems: lists, quotes and emphasis past their limits', () => {
  it('accepts a list 4 levels deep, quotes 3 levels deep and emphasis 3 levels deep', () => {
    const markdown = [nestedList(4), '', '> > > a quote', '', '*italic **bold ~~struck~~ bold** italic*'].join('\n');
    expect(findNestingProblems(parseMarkdown(markdown))).toEqual([]);
  });

  it('reports a list nested by indentation at the line of its fifth level, once', () => {
    expect(findNestingProblems(parseMarkdown(nestedList(7)))).toEqual([{ line: 5, message: expect.stringMatching(/^this list is nested 5 levels deep/) }]);
  });

  it('reports a quote and emphasis nested past their limits, each at its line, in the order of the page', () => {
    const markdown = ['> > > > too deep', '', 'plain', '', '*a **b ~~c *d* c~~ b** a*'].join('\n');
    expect(findNestingProblems(parseMarkdown(markdown))).toEqual([
      { line: 1, message: 'this quote is nested 4 levels deep, inside other quotes. Keep quotes to 3 levels or fewer: remove the extra ">" marks at the start of its lines.' },
      {
        line: 5,
        message: 'this emphasis is nested 4 levels deep (italic, bold and struck-through text inside each other). Keep it to 3 levels or fewer: remove the extra *, _ or ~ marks.',
      },
    ]);
  });

  it('counts "1." lists and "-" lists alike', () => {
    const markdown = '1. a\n   - b\n     1. c\n        - d\n          1. e';
    expect(findNestingProblems(parseMarkdown(markdown)).map(({ line }) => line)).toEqual([5]);
  });
});

describe('scanNesting: nesting the parser must never see, found in one pass over the text', () => {
  it('lets ordinary pages through, indentation and many marks included', () => {
    expect(scanNesting([nestedList(4), '', '> > > a quote', '', '**bold** and *italic*, '.repeat(10)].join('\n'))).toEqual([]);
  });

  it('refuses more than 40 lists or quotes on a line, counting marks and indentation', () => {
    expect(scanNesting(`${'- '.repeat(41)}word`).map(({ line }) => line)).toEqual([1]);
    expect(scanNesting(`text\n${' '.repeat(82)}word`).map(({ line }) => line)).toEqual([2]);
    expect(scanNesting(`${'- '.repeat(20)}${'> '.repeat(20)}word`)).toEqual([]);
  });

  it('counts each kind of list mark, an empty item, numbers of several digits and tabs', () => {
    const lines = (text: string) => scanNesting(text).map(({ line }) => line);
    expect(lines(`${'- '.repeat(40)}-`)).toEqual([1]);
    expect(lines(`${'- '.repeat(39)}-`)).toEqual([]);
    expect(lines(`${'10. '.repeat(41)}word`)).toEqual([1]);
    expect(lines(`${'1) '.repeat(40)}1)`)).toEqual([1]);
    expect(lines(`${'+\t'.repeat(41)}word`)).toEqual([1]);
    expect(lines(`${'>'.repeat(41)}word`)).toEqual([1]);
    // A number is not a list mark without the space or end of line after its "." or ")".
    expect(lines(`${'1.5'.repeat(41)}`)).toEqual([]);
    expect(lines(`${'\t'.repeat(21)}word`)).toEqual([1]);
    expect(lines(`${'\t'.repeat(20)}word`)).toEqual([]);
    expect(lines(`${' '.repeat(80)}word\n${' '.repeat(81)}word`)).toEqual([]);
  });

  it('counts the marks of one paragraph only: a blank line, even of spaces, starts the next', () => {
    const marks = (count: number) => '*'.repeat(count);
    expect(scanNesting(`${marks(80)}`)).toEqual([]);
    expect(scanNesting(`${marks(40)}\n   \n${marks(41)}`)).toEqual([]);
    expect(scanNesting(`${marks(40)}\n${marks(41)}\n${marks(10)}`).map(({ line }) => line)).toEqual([1]);
  });

  it('refuses a paragraph with enough emphasis marks to nest more than 40 levels, at its first line', () => {
    const deep = `${'*_'.repeat(21)}word${'_*'.repeat(21)}`;
    expect(scanNesting(`intro\n\nfirst line\n${deep}`)).toEqual([{ line: 3, message: expect.stringMatching(/^this paragraph has more than 80 \*, _ and ~ marks/) }]);
  });
});
