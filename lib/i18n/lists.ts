/** ["California", "Hawaii", "Oregon"] → "California, Hawaii, and Oregon" (en-US), "California, Hawái y Oregón" (es-US). */
export function joinWithAnd(items: readonly string[], locale: string): string {
  // Stryker disable next-line ObjectLiteral: long and conjunction are Intl.ListFormat's defaults, written out so the call says which list it makes.
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
