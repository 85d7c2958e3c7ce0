/** Site-wide facts, defined once. */
export const site = {
  name: 'Dry needling in physical therapy',
  description:
    'Plain-language information for patients about dry needling in physical therapy: what it is, what happens at a visit, and whether it is right for you.',
  language: 'en',
} as const;
