import { describe, expect, it } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { findFormerSectionIdProblems } from '@/lib/content/former-section-ids';
import { problemLine } from '@/lib/content/problem';

const FILE = 'content/after-effects.md';
const HEADINGS = [
  { depth: 2, text: 'What you may feel', id: 'what-you-may-feel' },
  { depth: 2, text: 'When to call', id: 'when-to-call' },
];

/** Each field's line as the fixture's front matter would give it: "formerSectionIds.when-to-call.1" at a line of its own. */
const places: string[] = [];
function lineOf(path: readonly PropertyKey[]): number {
  const place = path.map(String).join('.');
  if (!places.includes(place)) places.push(place);
  return 100 + places.indexOf(place);
}

function problems(formerIds: Record<string, string[]> | undefined, headings = HEADINGS, language = english): string[] {
  places.length = 0;
  return findFormerSectionIdProblems(FILE, formerIds, headings, language, lineOf).map((problem) => `${problemLine(problem)} @${places[(problem.line ?? 0) - 100] ?? '?'}`);
}

describe('findFormerSectionIdProblems: old section addresses an article still answers to', () => {
  it('accepts none, and old addresses each leading to one section of the page', () => {
    expect(problems(undefined)).toEqual([]);
    expect(problems({ 'when-to-call': ['when-to-phone', 'call-us'], 'what-you-may-feel': ['afterwards'] })).toEqual([]);
  });

  it('refuses a section the article does not have, naming its sections, or saying it has none', () => {
    expect(problems({ 'when-to-ring': ['call'] })).toEqual([
      `${FILE}:100: "formerSectionIds" names a section "when-to-ring" that this article does not have. Name a section by its address now; its sections: what-you-may-feel, when-to-call. @formerSectionIds.when-to-ring`,
    ]);
    expect(problems({ 'when-to-ring': ['call'] }, [])).toEqual([
      `${FILE}:100: "formerSectionIds" names a section "when-to-ring" that this article does not have. Name a section by its address now; its sections: none. @formerSectionIds.when-to-ring`,
    ]);
  });

  it('points each refused old address at its own place in the list', () => {
    expect(problems({ 'when-to-call': ['call-us', 'what-you-may-feel', 'call-us'] })).toEqual([
      `${FILE}:100: "formerSectionIds" lists "what-you-may-feel" for "when-to-call", but "what-you-may-feel" is the address of a section of this article now. An old address cannot point away from a section that exists; remove it. @formerSectionIds.when-to-call.1`,
      `${FILE}:101: "formerSectionIds" lists "call-us" twice for "when-to-call". Keep one. @formerSectionIds.when-to-call.2`,
    ]);
  });

  it('refuses an address given to two sections, naming both', () => {
    expect(problems({ 'what-you-may-feel': ['afterwards'], 'when-to-call': ['afterwards'] })).toEqual([
      `${FILE}:100: "formerSectionIds" lists "afterwards" for "when-to-call" and for "what-you-may-feel". An old address can lead to one section only; remove it from one of them. @formerSectionIds.when-to-call.0`,
    ]);
  });

  it("refuses the ids the site gives its own parts of the page, in English and in the page's language", () => {
    const reserved = (id: string, language = english) => problems({ 'when-to-call': [id] }, HEADINGS, language);
    const message = (id: string) =>
      `${FILE}:100: "formerSectionIds" lists "${id}" for "when-to-call", but that address belongs to a part of the page the site makes itself. Remove it. @formerSectionIds.when-to-call.0`;
    expect(reserved('main-content')).toEqual([message('main-content')]);
    expect(reserved('states-q')).toEqual([message('states-q')]);
    expect(reserved('main-content', spanish)).toEqual([message('main-content')]);
    expect(reserved('contenido-principal', spanish)).toEqual([message('contenido-principal')]);
    expect(reserved('estados-q', spanish)).toEqual([message('estados-q')]);
    // A Spanish id is an address like any other on an English page.
    expect(reserved('contenido-principal')).toEqual([]);
  });
});
