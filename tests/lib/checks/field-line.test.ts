import { describe, expect, it } from 'vitest';
import { fieldLine } from '@/lib/checks/field-line';

describe('fieldLine', () => {
  it('counts lines as an editor does, whichever line breaks the file was saved with', () => {
    expect(fieldLine('---\ntitle: A\nnextReview: 2025-07-22\n', 'nextReview')).toBe(3);
    expect(fieldLine('---\r\ntitle: A\r\nnextReview: 2025-07-22\r\n', 'nextReview')).toBe(3);
    expect(fieldLine('---\rtitle: A\rnextReview: 2025-07-22\r', 'nextReview')).toBe(3);
  });

  it('finds the field itself, not a longer field that starts with its name', () => {
    expect(fieldLine('---\nnextReviewer: B\nnextReview: 2025-07-22\n', 'nextReview')).toBe(3);
  });

  it('gives no line for a field the file does not have', () => {
    expect(fieldLine('---\ntitle: A\n', 'nextReview')).toBeUndefined();
  });
});
