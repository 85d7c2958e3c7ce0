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

  it('refuses a paragraph with enough emphasis marks to nest more than 40 levels, at its first line', () => {
    const deep = `${'*_'.repeat(21)}word${'_*'.repeat(21)}`;
    expect(scanNesting(`intro\n\nfirst line\n${deep}`)).toEqual([{ line: 3, message: expect.stringMatching(/^this paragraph has more than 80 \*, _ and ~ marks/) }]);
  });
});
