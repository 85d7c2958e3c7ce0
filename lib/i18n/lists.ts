/** ["California", "Hawaii", "Oregon"] → "California, Hawaii, and Oregon" (en-US), "California, Hawái y Oregón" (es-US). */
export function joinWithAnd(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
