const conjunction = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** ["California", "Hawaii", "Oregon"] → "California, Hawaii, and Oregon". */
export function joinWithAnd(items: readonly string[]): string {
  return conjunction.format(items);
}
