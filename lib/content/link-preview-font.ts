import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fontCharacters } from './font-characters';

/** The one font of the link-preview images, kept in the repository with its licence (fonts/README.md). */
export const LINK_PREVIEW_FONT_FILE = path.join(process.cwd(), 'fonts', 'Geist-Regular.ttf');

let font: { bytes: Buffer; characters: ReadonlySet<number> } | undefined;

function loadFont() {
  if (!font) {
    const bytes = readFileSync(LINK_PREVIEW_FONT_FILE);
    font = { bytes, characters: fontCharacters(bytes) };
  }
  return font;
}

/** The font as next/og's `fonts` option takes it. */
export function linkPreviewFonts() {
  return [{ name: 'Geist', data: loadFont().bytes, weight: 400 as const, style: 'normal' as const }];
}

/**
 * The characters of `text` the font has no glyph for, each once, in the order they appear.
 * next/og would fetch a font or an emoji image from the network to draw any of them.
 */
export function undrawableCharacters(text: string): string[] {
  const { characters } = loadFont();
  return [...new Set(Array.from(text).filter((character) => !characters.has(character.codePointAt(0) ?? 0)))];
}

/** A character as a message shows it: itself and its code point, or only the code point when it cannot be seen. */
export function describeCharacter(character: string): string {
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{C}\p{Z}]$/u.test(character) ? `an invisible character (${codePoint})` : `"${character}" (${codePoint})`;
}

/**
 * `text` when the font draws all of it. The check refuses such titles in content/; this stops
 * any other text (a title written in code) before next/og would fetch a font for it.
 */
export function drawableOffline(text: string, what: string): string {
  const characters = undrawableCharacters(text);
  if (characters.length > 0) {
    throw new Error(`${what} has characters the link-preview font cannot draw: ${characters.map(describeCharacter).join(', ')}. Use only letters, digits and common punctuation.`);
  }
  return text;
}
