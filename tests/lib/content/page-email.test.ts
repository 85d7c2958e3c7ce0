import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, spanish } from '@/lib/i18n/languages';
import { MAILTO_MAX_LENGTH } from '@/lib/content/mailto';
import { pageEmailLink, pageEmailMessage } from '@/lib/content/page-email';

const ADDRESS = 'https://example.org/after-effects/';

describe('pageEmailMessage: the email staff send about one page', () => {
  it('greets, names the clinic, gives the page, its address and "ask your physical therapist", in that order', () => {
    const email = pageEmailMessage(DEFAULT_LANGUAGE, 'Riverbend Physical Therapy', 'After dry needling', 'What you may feel.', ADDRESS);
    expect(email.subject).toBe('After dry needling');
    expect(email.body.split('\n')).toEqual([
      'Hello,',
      '',
      'Here is a page from Riverbend Physical Therapy:',
      '',
      'After dry needling',
      'What you may feel.',
      '',
      ADDRESS,
      '',
      'If you have questions, ask your physical therapist.',
    ]);
  });

  it("writes a Spanish page's email in Spanish", () => {
    const email = pageEmailMessage(spanish, 'Riverbend', 'Después', 'Lo que puede sentir.', ADDRESS);
    expect(email.body.split('\n')).toEqual(['Hola:', '', 'Le enviamos una página de Riverbend:', '', 'Después', 'Lo que puede sentir.', '', ADDRESS, '', 'Si tiene dudas, pregunte a su fisioterapeuta.']);
  });
});

describe('pageEmailLink: its mailto: link, and by how much it is too long', () => {
  const email = (description: string) => pageEmailMessage(DEFAULT_LANGUAGE, 'Riverbend', 'After', description, ADDRESS);

  it('fits with room to spare: nothing over the limit', () => {
    const { href, excess } = pageEmailLink(email('Short.'));
    expect(href.startsWith('mailto:?subject=After&body=Hello%2C%0D%0A')).toBe(true);
    expect(excess).toBe(0);
  });

  it('counts each character over the limit, the limit itself being one too many', () => {
    const base = pageEmailLink(email('')).href.length;
    const room = MAILTO_MAX_LENGTH - 1 - base;
    expect(pageEmailLink(email('a'.repeat(room))).excess).toBe(0);
    expect(pageEmailLink(email('a'.repeat(room + 1))).excess).toBe(1);
    expect(pageEmailLink(email('a'.repeat(room + 40))).excess).toBe(40);
  });
});
