import { describe, expect, it } from 'vitest';
import { findImageSourceProblems } from '@/lib/content/image-sources';
import { parseMarkdown } from '@/lib/content/markdown';
import { problemLine } from '@/lib/content/problem';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const FILE = 'content/after-effects.md';
const PUBLIC = contentFixture('public');
const EXAMPLE = 'like /images/needle.jpg for the file public/images/needle.jpg';
const ELSEWHERE = `is not on this site. Save the picture under public/ and write its address from the site root, ${EXAMPLE}: a picture from another site tells that site who reads which page, and can change or vanish.`;

/** The problems with the images of a body whose front matter took `offset` lines. */
function problemsOf(markdown: string, offset = 0): string[] {
  return findImageSourceProblems(FILE, parseMarkdown(markdown), (line) => (line === undefined ? undefined : line + offset), PUBLIC).map(problemLine);
}

describe('findImageSourceProblems', () => {
  it('accepts an image saved under public/, written from the site root', () => {
    expect(problemsOf('![A needle in a shoulder muscle](/images/needle-in-shoulder.jpg)\n')).toEqual([]);
  });

  it.each(['https://tracker.example/p.png', '//tracker.example/p.png', 'HTTP://tracker.example/p.png', 'data:image/png;base64,iVBORw0KGgo=', 'x-app+v1.2:picture', 'javascript:alert(1)'])(
    'refuses %s: it is not a file of this site',
    (url) => {
      expect(problemsOf(`Text.\n\n![A picture](${url})\n`)).toEqual([`${FILE}:3: the image "${url}" ${ELSEWHERE}`]);
    },
  );

  it('checks reference-style images too, at the line of the image', () => {
    expect(problemsOf('![A picture][tracker]\n\n[tracker]: https://tracker.example/p.png\n', 6)).toEqual([
      `${FILE}:7: the image "https://tracker.example/p.png" ${ELSEWHERE}`,
    ]);
  });

  it('checks a reference-style image whose address is written before it', () => {
    expect(problemsOf('[tracker]: https://tracker.example/p.png\n\n![A picture][tracker]\n')).toEqual([`${FILE}:3: the image "https://tracker.example/p.png" ${ELSEWHERE}`]);
  });

  it('asks for an address from the site root instead of a relative one', () => {
    expect(problemsOf('![A needle](images/needle-in-shoulder.jpg)\n')).toEqual([
      `${FILE}:1: the image "images/needle-in-shoulder.jpg" must be written from the site root, ${EXAMPLE}.`,
    ]);
  });

  it('names the file an address points to when it is not there, a colon in its name included', () => {
    expect(problemsOf('![Before and after](/images/before:after.jpg)\n')).toEqual([
      `${FILE}:1: the image "/images/before:after.jpg" does not exist: there is no file tests/fixtures/content/public/images/before:after.jpg. Check the spelling, or add the picture there (${EXAMPLE}).`,
    ]);
  });

  it('refuses a folder as an image', () => {
    expect(problemsOf('![Pictures](/images)\n')).toEqual([
      `${FILE}:1: the image "/images" does not exist: there is no file tests/fixtures/content/public/images. Check the spelling, or add the picture there (${EXAMPLE}).`,
    ]);
  });

  it.each(['/images/..%2f..%2f..%2fpackage.json', '/images/%E0%A4%A.jpg'])('refuses %s, which names no file under public/', (url) => {
    expect(problemsOf(`![A picture](${url})\n`)).toEqual([
      `${FILE}:1: the image "${url}" does not exist: there is no file for it under public/. Check the spelling, or add the picture there (${EXAMPLE}).`,
    ]);
  });
});
