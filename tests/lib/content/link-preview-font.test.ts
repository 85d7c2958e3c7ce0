import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { ImageResponse } from 'next/og';
import { describe, expect, it, vi } from 'vitest';
import { LinkPreviewImage } from '@/components/link-preview-image';
import { fontCharacters } from '@/lib/content/font-characters';
import { LINK_PREVIEW_FONT_FILE, describeCharacter, drawableOffline, linkPreviewFonts, undrawableCharacters } from '@/lib/content/link-preview-font';
import { LINK_PREVIEW_SIZE } from '@/lib/site/metadata';
import { blockNetwork } from '@/tests/fixtures/no-network';

const networkAttempts = blockNetwork();

/** The PNG next/og draws for a title with the repository's font, as the image route does but without its guard. */
async function draw(title: string): Promise<Buffer> {
  const element = createElement(LinkPreviewImage, { title, siteName: 'Dry needling in physical therapy' });
  const response = new ImageResponse(element, { ...LINK_PREVIEW_SIZE, fonts: linkPreviewFonts() });
  return Buffer.from(await response.arrayBuffer());
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the link-preview font', () => {
  it('finds the characters of a title it cannot draw, each once, in order', () => {
    expect(undrawableCharacters('✓ Beneficios 💉 de la punción seca ✓\u2028')).toEqual(['✓', '💉', '\u2028']);
    expect(undrawableCharacters('¿Qué es la punción seca? «Agujas finas» – 30 minutos…')).toEqual([]);
  });

  it('shows a character by itself and its code point, and an invisible one by its code point only', () => {
    expect(['💉', '✓', '\u2028', '\u2029', '\u200b'].map(describeCharacter)).toEqual([
      '"💉" (U+1F489)',
      '"✓" (U+2713)',
      'an invisible character (U+2028)',
      'an invisible character (U+2029)',
      'an invisible character (U+200B)',
    ]);
  });

  it('stops text it cannot draw before next/og reaches for the network, saying what and where', () => {
    expect(drawableOffline('How dry needling may help', 'The title of /benefits/')).toBe('How dry needling may help');
    expect(() => drawableOffline('Beneficios 💉', 'The title of /es/beneficios/')).toThrow(
      'The title of /es/beneficios/ has characters the link-preview font cannot draw: "💉" (U+1F489). Use only letters, digits and common punctuation.',
    );
  });
});

describe('drawing a link-preview image with the network blocked', () => {
  it('draws every character the font has without reaching the network', async () => {
    const everyCharacter = String.fromCodePoint(...fontCharacters(readFileSync(LINK_PREVIEW_FONT_FILE)));
    const png = await draw(everyCharacter);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(networkAttempts).toEqual([]);
  });

  it('gives the same PNG bytes each time the same title is drawn', async () => {
    const first = await draw('Posibles beneficios de la punción seca');
    const second = await draw('Posibles beneficios de la punción seca');
    expect(second.equals(first)).toBe(true);
    expect(networkAttempts).toEqual([]);
  });

  // Why the check refuses these characters: drawn anyway, next/og looks for them on the internet.
  it.each([
    ['an emoji', 'Posibles beneficios 💉', 'https://cdn.jsdelivr.net/'],
    ['a check mark', 'Is it safe? ✓', 'https://fonts.googleapis.com/'],
    ['a line separator', 'How dry needling\u2028may help', 'https://fonts.googleapis.com/'],
    ['a paragraph separator', 'How dry needling\u2029may help', 'https://fonts.googleapis.com/'],
  ])('reaches for the network to draw %s, which the font lacks', async (_name, title, host) => {
    // next/og logs a font it could not fetch and draws on without it; an emoji it could not fetch fails the image.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await draw(title).catch(() => undefined);
    logged.mockRestore();
    expect(networkAttempts).toEqual([expect.stringMatching(new RegExp(`^${host.replaceAll('.', '\\.')}`))]);
  });
});
