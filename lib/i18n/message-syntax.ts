import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * What a message asks of the code that shows it: a plain value ("{state}"), a number it
 * chooses a plural form by ("{count, plural, …}"), a word it chooses a branch by
 * ("{kind, select, …}"), or a tag around words that becomes a link ("<link>…</link>").
 */
export type PlaceholderKind = 'value' | 'plural' | 'select' | 'tag';

export interface MessageShape {
  /** Every placeholder and tag, by name. */
  readonly placeholders: ReadonlyMap<string, PlaceholderKind>;
  /** Each plural in the message, with the categories it gives a form for ("one", "other"; "=2" for an exact number). */
  readonly plurals: readonly { readonly name: string; readonly categories: readonly string[] }[];
}

function collect(elements: readonly MessageFormatElement[], placeholders: Map<string, PlaceholderKind>, plurals: MessageShape['plurals'][number][]): void {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        if (!placeholders.has(element.value)) placeholders.set(element.value, element.type === TYPE.number ? 'plural' : 'value');
        break;
      case TYPE.plural:
        placeholders.set(element.value, 'plural');
        plurals.push({ name: element.value, categories: Object.keys(element.options) });
        for (const option of Object.values(element.options)) collect(option.value, placeholders, plurals);
        break;
      case TYPE.select:
        placeholders.set(element.value, 'select');
        for (const option of Object.values(element.options)) collect(option.value, placeholders, plurals);
        break;
      case TYPE.tag:
        placeholders.set(element.value, 'tag');
        collect(element.children, placeholders, plurals);
        break;
      case TYPE.literal:
      case TYPE.pound:
        break;
    }
  }
}

/** The placeholders and plurals of an ICU message. Throws the parser's error on a message that is not valid ICU. */
export function messageShape(message: string): MessageShape {
  const placeholders = new Map<string, PlaceholderKind>();
  const plurals: MessageShape['plurals'][number][] = [];
  collect(parse(message), placeholders, plurals);
  return { placeholders, plurals };
}
