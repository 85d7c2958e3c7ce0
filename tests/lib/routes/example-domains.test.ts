import { describe, expect, it } from 'vitest';
import { isExampleHost } from '@/lib/routes/example-domains';

describe('domains reserved for examples', () => {
  it.each(['example.org', 'clinic.example.org', 'example.com', 'www.example.net', 'site.example', 'site.test', 'site.invalid', 'site.localhost', 'localhost'])(
    'counts %s as an example',
    (host) => {
      expect(isExampleHost(host)).toBe(true);
    },
  );

  it('counts a name written in capitals or with the final dot of a fully qualified name', () => {
    expect(isExampleHost('Clinic.EXAMPLE.org')).toBe(true);
    expect(isExampleHost('clinic.example.org.')).toBe(true);
    expect(isExampleHost('localhost.')).toBe(true);
  });

  it.each(['riverbend-clinic.org', 'myexample.org', 'example.org.evil.com', 'testing.com', 'clinic.org'])('counts %s as a real domain', (host) => {
    expect(isExampleHost(host)).toBe(false);
  });
});
