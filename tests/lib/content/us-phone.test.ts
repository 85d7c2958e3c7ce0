import { describe, expect, it } from 'vitest';
import { isFictionalPhone, usPhone } from '@/lib/content/us-phone';

/** What a location or clinic file's "phone" gets back: the number, or the message its editor reads. */
function checked(phone: unknown): string {
  const result = usPhone().safeParse(phone);
  return result.success ? result.data : (result.error.issues[0]?.message ?? '');
}

const HOW_TO = 'must be a US phone number with its area code, like 512-555-0142 or (512) 555-0142';

describe('usPhone: a phone number in content/clinic.yaml or content/locations.yaml', () => {
  it.each(['512-555-0142', '(512) 555-0142', '512.555.0142', '512 555 0142', '919-867-5309'])('takes %s as written', (phone) => {
    expect(checked(phone)).toBe(phone);
  });

  it.each([
    ['no area code', '555-0142'],
    ['an area code that starts with 1', '112-555-0142'],
    ['an area code that starts with 0', '(012) 555-0142'],
    ['no space after the brackets', '(512)555-0142'],
    ['no separator after the area code', '512555-0142'],
    ['no separator in the number', '512-5550142'],
    ['a country code in front', '+1 512-555-0142'],
    ['an extension after it', '512-555-0142 x12'],
    ['a digit too many', '512-555-01420'],
    ['a digit too few', '512-55-0142'],
    ['letters for digits', '512-555-O142'],
  ])('refuses a number with %s, saying how to write one', (_, phone) => {
    expect(checked(phone)).toBe(`${HOW_TO} (got "${phone}").`);
  });

  it('asks for the field when it is missing, and says how to write a number that is not text', () => {
    expect(checked(undefined)).toBe('is missing. Add a line like: phone: 512-555-0142');
    expect(checked(5125550142)).toBe(`${HOW_TO} (got 5125550142).`);
  });
});

describe('isFictionalPhone: the numbers reserved for fiction, which an example clinic uses', () => {
  it.each(['512-555-0100', '(512) 555-0142', '602.555.0199'])('knows %s rings no one', (phone) => {
    expect(isFictionalPhone(phone)).toBe(true);
  });

  it.each(['512-555-0200', '512-555-0099', '512-556-0142', '555-0142', '512-555-01420'])('takes %s for a real number', (phone) => {
    expect(isFictionalPhone(phone)).toBe(false);
  });
});
