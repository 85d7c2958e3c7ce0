import { describe, expect, it } from 'vitest';
import { mailtoHref } from '@/lib/content/mailto';

/** What an email app reads from a mailto: link: the recipient, and each header's decoded value. */
function opened(href: string) {
  const url = new URL(href);
  const headers = Object.fromEntries(
    url.search
      .slice(1)
      .split('&')
      .map((pair) => {
        const [name = '', value = ''] = pair.split('=');
        return [name, decodeURIComponent(value)];
      }),
  );
  return { protocol: url.protocol, to: decodeURIComponent(url.pathname), headers };
}

describe('a mailto: link for an email', () => {
  it('gives back exactly the subject and body, with no recipient', () => {
    const href = mailtoHref({ subject: 'What is dry needling?', body: 'Hello,\n\nHere is a page from our clinic.' });
    expect(opened(href)).toEqual({
      protocol: 'mailto:',
      to: '',
      headers: { subject: 'What is dry needling?', body: 'Hello,\r\n\r\nHere is a page from our clinic.' },
    });
  });

  it('writes each line break as %0D%0A, as RFC 6068 asks, however the text broke its lines', () => {
    const href = mailtoHref({ subject: 'Lines', body: 'one\ntwo\r\nthree\rfour' });
    expect(href).toContain('body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
    expect(href).not.toMatch(/%0A(?<!%0D%0A)|%0D(?!%0A)/);
  });

  it.each([
    ['an ampersand and an equals sign', 'Pain & stiffness = 2 topics'],
    ['a question mark and a hash', 'Is it right for me? See #who-should-not'],
    ['a percent sign and a plus sign', '100% of 1+1 people'],
    ['Spanish accents, ñ and opening marks', '¿Qué es la punción seca? ¡Pregunte! Señora Núñez, Hawái'],
    ['quotes, slashes, colons and semicolons', `"Dry needling" / acupuncture: it's one; not two`],
  ])('keeps %s as they are, in the subject and the body', (_what, text) => {
    const { headers } = opened(mailtoHref({ subject: text, body: `${text}\nhttps://dryneedling.example.org/es/que-es-la-puncion-seca/#que-es` }));
    expect(headers).toEqual({ subject: text, body: `${text}\r\nhttps://dryneedling.example.org/es/que-es-la-puncion-seca/#que-es` });
  });

  it('leaves nothing in the link that RFC 6068 says must be encoded', () => {
    const href = mailtoHref({ subject: '¿Qué? & # % + = / : ; "', body: 'a b\nc' });
    // After "mailto:?", only unreserved characters, "!$'()*+,;:@" and %XX may appear in a header value; "=" and "&" only between fields.
    const fields = href.slice('mailto:?'.length).split('&');
    expect(fields.map((field) => field.split('=')[0])).toEqual(['subject', 'body']);
    for (const field of fields) expect(field.slice(field.indexOf('=') + 1)).toMatch(/^(?:[A-Za-z0-9\-._~!$'()*+,;:@]|%[0-9A-F]{2})*$/);
    expect(href).not.toMatch(/ /);
  });

  it('keeps the subject on one line, since a line break would end the header', () => {
    expect(opened(mailtoHref({ subject: 'Dry needling\nin Texas', body: '' })).headers.subject).toBe('Dry needling in Texas');
  });
});
