import type { Article } from './articles';
import type { Block } from './blocks';
import { fingerprintsOf } from './review-coverage';

/** What a printed review sheet shows of one page: the words a reviewer ticks off, and the fingerprint their signature covers. */
export interface SheetPage {
  readonly file: string;
  readonly title: string;
  readonly fingerprint: string;
}

export function sheetPage(article: Article): SheetPage {
  return { file: article.file, title: article.title, fingerprint: fingerprintsOf(article.blocks).text };
}

/** An English block beside the Spanish block at the same place of the outline; one side is missing where a section has more blocks in one language. */
export interface AlignedBlocks {
  readonly english?: Block;
  readonly translated?: Block;
}

/** The blocks in sections: the title and description first, then one section per heading. */
function sections(blocks: readonly Block[]): Block[][] {
  const grouped: Block[][] = [[]];
  for (const block of blocks) {
    if (block.kind === 'heading') grouped.push([]);
    grouped.at(-1)?.push(block);
  }
  return grouped;
}

/**
 * A translation beside its English page, block by block. The check holds both pages to the same
 * headings, lists and tables, so blocks are paired by their place within each section; a section
 * with more blocks in one language shows the extra ones against an empty cell.
 */
export function alignBlocks(english: readonly Block[], translated: readonly Block[]): AlignedBlocks[] {
  const englishSections = sections(english);
  const translatedSections = sections(translated);
  const rows: AlignedBlocks[] = [];
  for (let section = 0; section < Math.max(englishSections.length, translatedSections.length); section += 1) {
    const ours = englishSections[section] ?? [];
    const theirs = translatedSections[section] ?? [];
    for (let index = 0; index < Math.max(ours.length, theirs.length); index += 1) {
      rows.push({ english: ours[index], translated: theirs[index] });
    }
  }
  return rows;
}
