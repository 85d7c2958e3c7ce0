import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageKey, RichMessageKey } from './catalog';
import type { Language } from './language';
import { messageShape } from './message-syntax';
import type { MessageValues } from './messages/message-values';

type PlainMessageKey = Exclude<MessageKey, RichMessageKey>;

/** The values a message takes, or nothing for a message without placeholders. */
type ValuesOf<Key extends MessageKey> = keyof MessageValues[Key] extends never ? [] : [values: MessageValues[Key]];

/** A piece of a message with tags: its words, or the words inside a tag. */
export type MessagePart = string | { readonly tag: string; readonly text: string };

const formatters = new WeakMap<Catalog, Map<MessageKey, IntlMessageFormat>>();

/** Each message is parsed once per language, the first time a page shows it. */
function formatterOf(language: Language, key: MessageKey): IntlMessageFormat {
  const ofCatalog = formatters.get(language.messages) ?? new Map<MessageKey, IntlMessageFormat>();
  formatters.set(language.messages, ofCatalog);
  const known = ofCatalog.get(key);
  if (known) return known;
  const made = new IntlMessageFormat(language.messages[key], language.locale);
  ofCatalog.set(key, made);
  return made;
}

/** A message of the language's catalog with its values put in: `message(spanish, 'statePage.title', { state: 'Texas' })`. */
export function message<Key extends PlainMessageKey>(language: Language, key: Key, ...values: ValuesOf<Key>): string {
  return String(formatterOf(language, key).format<string>(values[0]));
}

/** A message with tags, as its pieces in order; the caller draws each tag (a link) around its words. */
export function messageParts<Key extends RichMessageKey>(language: Language, key: Key, values: MessageValues[Key]): MessagePart[] {
  const tags = [...messageShape(language.messages[key]).placeholders].filter(([, kind]) => kind === 'tag');
  const drawn = Object.fromEntries(tags.map(([tag]) => [tag, (chunks: string[]) => ({ tag, text: chunks.join('') })]));
  const parts = formatterOf(language, key).format<MessagePart>({ ...values, ...drawn });
  return Array.isArray(parts) ? parts : [parts];
}
