import { slug } from 'github-slugger';

/** "Nuevo México" → "Nuevo Mexico": accents and tildes dropped, so an address can be typed on any keyboard. */
export function plainLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** "Nuevo México" → "nuevo-mexico": the one way a name becomes part of a page address. */
export function addressSlug(text: string): string {
  return slug(plainLetters(text));
}
