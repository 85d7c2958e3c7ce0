import { z } from 'zod';
import { shown } from './zod-messages';

// Ten digits with the area code, written the two ways people in the US write them.
const PHONE = /^(?:\([2-9]\d{2}\) |[2-9]\d{2}[-. ])\d{3}[-. ]\d{4}$/;

const phoneMessage = (input: unknown) =>
  input === undefined
    ? 'is missing. Add a line like: phone: 512-555-0142'
    : `must be a US phone number with its area code, like 512-555-0142 or (512) 555-0142 (got ${shown(input)}).`;

/** A US phone number with its area code, with messages that say how to write one. */
export function usPhone() {
  // The string's error is also its regex's (zod 4).
  return z.string({ error: (issue) => phoneMessage(issue.input) }).regex(PHONE);
}

/** 555-0100 to 555-0199 in any area code: the numbers reserved for fiction, which ring no one. */
export function isFictionalPhone(phone: string): boolean {
  return /^\d{3}55501\d{2}$/.test(phone.replace(/\D/g, ''));
}
