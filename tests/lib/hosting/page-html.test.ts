import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { elementsOf } from '@/lib/hosting/page-html';

describe('elementsOf', () => {
  it('gives every element of a page in document order, the content of a <template> included', () => {
    const page = parse('<!DOCTYPE html><html><head><title>T</title></head><body><main><h1>A</h1><template><p>B</p></template></main><footer></footer></body></html>');
    expect([...elementsOf(page)].map((element) => element.tagName)).toEqual(['html', 'head', 'title', 'body', 'main', 'h1', 'template', 'p', 'footer']);
  });
});
