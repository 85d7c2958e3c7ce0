import { describeCharacter, undrawableCharacters } from '@/lib/content/link-preview-font';
import { fieldLine } from './field-line';

/**
 * A title with a character the link-preview image's font cannot draw (an emoji, a symbol like
 * ✓, an invisible line separator), on the line of "title". The image is drawn with that font
 * only, so the site is built without the network and each build gives the same image.
 */
export function titleCharacterFinding(source: string, title: unknown): { line: number | undefined; message: string } | undefined {
  if (typeof title !== 'string') return undefined;
  // Checked as the page shows it: the schema trims the title, so a separator at either end is gone.
  const characters = undrawableCharacters(title.trim());
  if (characters.length === 0) return undefined;
  const one = characters.length === 1;
  return {
    line: fieldLine(source, 'title'),
    message:
      `"title" has ${one ? 'a character' : 'characters'} the link-preview image cannot draw: ${characters.map(describeCharacter).join(', ')}. ` +
      `Use only letters, digits and common punctuation: delete ${one ? 'it' : 'them'}, or say ${one ? 'it' : 'them'} in words.`,
  };
}
