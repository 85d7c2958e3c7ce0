import type { ArticleFile } from '@/lib/content/articles';
import { describeCharacter, undrawableCharacters } from '@/lib/content/link-preview-font';
import type { Problem } from '@/lib/content/problem';

/**
 * A title with a character the link-preview image's font cannot draw (an emoji, a symbol like
 * ✓, an invisible line separator), on the line of "title". The image is drawn with that font
 * only, so the site is built without the network and each build gives the same image. The
 * title is checked as the page shows it, once its front matter is right (the loader says why
 * otherwise).
 */
export function titleCharacterProblem({ file, split, frontMatter }: ArticleFile): Problem | undefined {
  if (!split || !frontMatter) return undefined;
  const characters = undrawableCharacters(frontMatter.title);
  if (characters.length === 0) return undefined;
  const one = characters.length === 1;
  return {
    file,
    line: split.lineOf(['title']),
    severity: 'error',
    message:
      `"title" has ${one ? 'a character' : 'characters'} the link-preview image cannot draw: ${characters.map(describeCharacter).join(', ')}. ` +
      `Use only letters, digits and common punctuation: delete ${one ? 'it' : 'them'}, or say ${one ? 'it' : 'them'} in words.`,
  };
}
