import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** What a reading scale is computed from. */
export interface TextCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/**
 * How hard text reads in one language: a readability formula made for that language, with
 * the rule pages are held to and the words the check uses for it. Sentences and words are
 * found the same way for every language; each scale brings its own syllables and formula.
 */
export interface ReadingScale {
  /** Syllables in one word, at least one. */
  readonly syllables: (word: string) => number;
  readonly score: (counts: TextCounts) => number;
  /** Which way a score moves for easier text: a school grade goes down, a reading-ease score goes up. */
  readonly easier: 'lower' | 'higher';
  /** A page scoring past this on the harder side is an error. */
  readonly limit: number;
  /** A page scoring past this on the harder side gets a warning. */
  readonly target: number;
  readonly wording: ScaleWording;
}

/** How the content check puts a scale's scores into words for editors (in English, like the rest of the tool). */
export interface ScaleWording {
  /** What the page does, given its score as shown: "reads at US school grade 7.3". */
  readonly page: (shownScore: string) => string;
  /** A sentence's own score, as shown: "grade 12.3". */
  readonly sentence: (shownScore: string) => string;
  /** "patient pages must be grade 8.0 or lower" */
  readonly limitRule: string;
  /** "the target is grade 6.0 or lower" */
  readonly targetRule: string;
}

export interface ScoredSentence {
  readonly text: string;
  /** Line in the Markdown that was parsed, where the sentence starts. */
  readonly line: number | undefined;
  /** The sentence's own score on the scale, used to rank the hardest sentences. */
  readonly score: number;
}

export interface ReadingLevel {
  /** The score of all the body text taken together. */
  readonly score: number;
  readonly words: number;
  readonly sentences: readonly ScoredSentence[];
}

// A sentence ends at . ! or ? (and any closing quote or bracket) followed by a space.
// A Spanish sentence may open with ¿ or ¡; those stay part of it.
const SENTENCE_END = /(?<=[.!?]["'”’»)\]]*)\s+/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Text blocks a reader reads as sentences: paragraphs (including those in list items
 * and block quotes) and table cells, where the end of the block ends a sentence even
 * without a full stop. Headings are labels, not sentences, and code is not prose: neither
 * holds a paragraph, so neither is read.
 */
function proseBlocks(tree: Root): Nodes[] {
  // Stryker disable next-line ArrayDeclaration: a string is not a Markdown node: it has no text and no position, so it adds no sentence.
  const blocks: Nodes[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'tableCell') blocks.push(node);
  });
  return blocks;
}

function sentencesOf(block: Nodes): { text: string; line: number | undefined }[] {
  const text = toString(block, { includeHtml: false });
  // Stryker disable next-line OptionalChaining: remark gives every parsed block a position.
  const startLine = block.position?.start.line;
  const sentences: { text: string; line: number | undefined }[] = [];
  let offset = 0;
  for (const part of text.split(SENTENCE_END)) {
    const start = text.indexOf(part, offset);
    offset = start + part.length;
    const sentence = part.replace(/\s+/g, ' ').trim();
    if (wordsOf(sentence).length === 0) continue;
    // Soft line breaks stay in the text as "\n", so they count the lines within the block.
    // Stryker disable next-line ConditionalExpression: remark gives every parsed block a position.
    const line = startLine === undefined ? undefined : startLine + (text.slice(0, start).match(/\n/g)?.length ?? 0);
    sentences.push({ text: sentence, line });
  }
  return sentences;
}

/** The score of a Markdown body on a reading scale, and the score of each of its sentences. */
export function readingLevel(tree: Root, scale: ReadingScale): ReadingLevel {
  let words = 0;
  let syllables = 0;
  const sentences: ScoredSentence[] = [];
  for (const block of proseBlocks(tree)) {
    for (const { text, line } of sentencesOf(block)) {
      const sentenceWords = wordsOf(text);
      const sentenceSyllables = sentenceWords.reduce((sum, word) => sum + scale.syllables(word), 0);
      words += sentenceWords.length;
      syllables += sentenceSyllables;
      sentences.push({ text, line, score: scale.score({ words: sentenceWords.length, sentences: 1, syllables: sentenceSyllables }) });
    }
  }
  // Stryker disable next-line ConditionalExpression: a page without sentences scores NaN instead of 0, and the reading-level rule says nothing about such a page before it reads the score.
  const score = sentences.length === 0 ? 0 : scale.score({ words, sentences: sentences.length, syllables });
  return { score, words, sentences };
}

/** Whether score `a` reads harder than score `b` on the scale. */
export function isHarder(scale: ReadingScale, a: number, b: number): boolean {
  return scale.easier === 'lower' ? a > b : a < b;
}

/**
 * A score of one short label ("Acupuncture" alone is grade 32) says nothing about how hard
 * the page reads, so only sentences at least this long are ranked.
 */
const MIN_RANKED_WORDS = 5;

/** The sentences that read hardest on their own, hardest first; equal scores keep reading order. */
export function hardestSentences(level: ReadingLevel, scale: ReadingScale, count: number): ScoredSentence[] {
  const harderFirst = scale.easier === 'lower' ? -1 : 1;
  return level.sentences
    .filter((sentence) => wordsOf(sentence.text).length >= MIN_RANKED_WORDS)
    .sort((a, b) => harderFirst * (a.score - b.score))
    .slice(0, count);
}
