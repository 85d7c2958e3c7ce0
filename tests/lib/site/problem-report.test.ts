import { describe, expect, it } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { mailtoHref } from '@/lib/content/mailto';
import { problemReportHref } from '@/lib/site/problem-report';
import { absoluteUrl, site } from '@/lib/routes/site-url';

/** What a mail program reads from a mailto: link (RFC 6068): the address, subject and body, decoded. */
function opened(href: string) {
  const url = new URL(href);
  return {
    protocol: url.protocol,
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    fields: [...url.searchParams.keys()],
  };
}

describe('mailtoHref to an address', () => {
  it('keeps "&", "?", "#", "+" and spaces inside the subject, where a mail program would otherwise cut it', () => {
    const href = mailtoHref({ subject: 'Pain & needles? #1 a+b' }, 'web+team@clinic.org');
    expect(href).toBe('mailto:web%2Bteam@clinic.org?subject=Pain%20%26%20needles%3F%20%231%20a%2Bb');
    // URLSearchParams reads "+" as a space; mail programs follow RFC 6068, where only %20 is one.
    expect(decodeURIComponent(href.split('subject=')[1] ?? '')).toBe('Pain & needles? #1 a+b');
    expect(opened(href).to).toBe('web+team@clinic.org');
  });

  it('writes accents as UTF-8, as RFC 6068 asks', () => {
    expect(mailtoHref({ subject: 'Página' }, 'a@clinic.org')).toBe('mailto:a@clinic.org?subject=P%C3%A1gina');
  });

  it('adds the start of the message only when there is one', () => {
    expect(opened(mailtoHref({ subject: 'S' }, 'a@clinic.org')).fields).toEqual(['subject']);
    expect(opened(mailtoHref({ subject: 'S', body: 'B: ' }, 'a@clinic.org')).body).toBe('B: ');
  });
});

describe('problemReportHref: the footer link of every page', () => {
  it("names the page by its full address in the subject, in the page's language", () => {
    expect(opened(problemReportHref('problems@example.org', english, '/after-effects/'))).toEqual({
      protocol: 'mailto:',
      to: 'problems@example.org',
      subject: `Problem with the page ${absoluteUrl('/after-effects/')}`,
      body: null,
      fields: ['subject'],
    });
    expect(opened(problemReportHref('problems@example.org', spanish, '/es/efectos-de-la-puncion-seca/')).subject).toBe(
      `Problema en la página ${absoluteUrl('/es/efectos-de-la-puncion-seca/')}`,
    );
  });

  it('on a not-found page, names the site and asks for the address the reader tried', () => {
    const report = opened(problemReportHref('problems@example.org', spanish, undefined));
    expect(report.subject).toBe(`Página no encontrada en ${site.url}`);
    expect(report.body).toBe('La dirección que intenté abrir: ');
  });
});
