import { describe, it, expect } from 'vitest';
import { formatDate, isIsoDate } from '@/lib/i18n/dates';

describe('isIsoDate', () => {
  it('accepts a real date written as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-07-22')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(isIsoDate('2025-01-01')).toBe(true);
  });

  it('refuses a date that is not on the calendar', () => {
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-04-00')).toBe(false);
  });

  it('refuses dates written any other way', () => {
    expect(isIsoDate('July 2024')).toBe(false);
    expect(isIsoDate('2024-7-2')).toBe(false);
    expect(isIsoDate('22/07/2024')).toBe(false);
    expect(isIsoDate('2024-07-22T09:00:00Z')).toBe(false);
    expect(isIsoDate('on 2024-07-22')).toBe(false);
    expect(isIsoDate('12024-07-22')).toBe(false);
    expect(isIsoDate('2024-07-222')).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes a date the way patients read it, in their language', () => {
    expect(formatDate('2024-07-22', 'en-US')).toBe('July 22, 2024');
    expect(formatDate('2026-11-26', 'es-US')).toBe('26 de noviembre de 2026');
  });

  it('keeps the day the editor wrote, even on the first of the year', () => {
    // Read as local midnight, this would be December 31 on any machine west of UTC.
    expect(formatDate('2025-01-01', 'en-US')).toBe('January 1, 2025');
    expect(formatDate('2025-01-01', 'es-US')).toBe('1 de enero de 2025');
  });
});
