import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';

export interface ScoredSentence {
  readonly text: string;
  /** Line in the Markdown that was parsed, where the sentence starts. */
  readonly line: number | undefined;
  /** The sentence's own Flesch-Kincaid grade, used to rank the hardest sentences. */
  readonly grade: number;
}

export interface ReadingLevel {
  /** Flesch-Kincaid grade of all the body text taken together. */
  readonly grade: number;
  readonly words: number;
  readonly sentences: readonly ScoredSentence[];
}

// A sentence ends at . ! or ? (and any closing quote or bracket) followed by a space.
const SENTENCE_END = /(?<=[.!?]["'”’)\]]*)\s+/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function syllablesOf(word: string): number {
  // syllable() counts 0 for a number like 2024; it is still read aloud as at least one.
  return Math.max(1, syllable(word));
}

function fleschKincaid(words: number, sentences: number, syllables: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Text blocks a reader reads as sentences: paragraphs (including those in list items
 * and block quotes) and table cells, where the end of the block ends a sentence even
 * without a full stop. Headings are labels, not sentences, and code is not prose.
 */
function proseBlocks(tree: Root): Nodes[] {
  const blocks: Nodes[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'html') return 'skip';
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(node);
      return 'skip';
    }
    return undefined;
  });
  return blocks;
}

function sentencesOf(block: Nodes): { text: string; line: number | undefined }[] {
  const text = toString(block, { includeHtml: false });
  const startLine = block.position?.start.line;
  const sentences: { text: string; line: number | undefined }[] = [];
  let offset = 0;
  for (const part of text.split(SENTENCE_END)) {
    const start = text.indexOf(part, offset);
    offset = start + part.length;
    const sentence = part.replace(/\s+/g, ' ').trim();
    if (wordsOf(sentence).length === 0) continue;
    // Soft line breaks stay in the text as "\n", so they count the lines within the block.
    const line = startLine === undefined ? undefined : startLine + (text.slice(0, start).match(/\n/g)?.length ?? 0);
    sentences.push({ text: sentence, line });
  }
  return sentences;
}

/** The Flesch-Kincaid grade of a Markdown body, and the grade of each of its sentences. */
export function readingLevel(tree: Root): ReadingLevel {
  let words = 0;
  let syllables = 0;
  const sentences: ScoredSentence[] = [];
  for (const block of proseBlocks(tree)) {
    for (const { text, line } of sentencesOf(block)) {
      const sentenceWords = wordsOf(text);
      const sentenceSyllables = sentenceWords.reduce((sum, word) => sum + syllablesOf(word), 0);
      words += sentenceWords.length;
      syllables += sentenceSyllables;
      sentences.push({ text, line, grade: fleschKincaid(sentenceWords.length, 1, sentenceSyllables) });
    }
  }
  const grade = sentences.length === 0 ? 0 : fleschKincaid(words, sentences.length, syllables);
  return { grade, words, sentences };
}

/**
 * A grade of one short label ("Acupuncture" alone is grade 32) says nothing about how hard
 * the page reads, so only sentences at least this long are ranked.
 */
const MIN_RANKED_WORDS = 5;

/** The sentences with the highest grade of their own, hardest first; equal grades keep reading order. */
export function hardestSentences(level: ReadingLevel, count: number): ScoredSentence[] {
  return level.sentences
    .filter((sentence) => wordsOf(sentence.text).length >= MIN_RANKED_WORDS)
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count);
}
