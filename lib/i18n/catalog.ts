import type { MessageTags, MessageValues } from './messages/message-values';

/** The key of a message, as in lib/i18n/messages/en.json: "statePage.title". */
export type MessageKey = keyof MessageValues;

/** One language's catalog: every message, by key. lib/i18n/messages/<code>.json. */
export type Catalog = Readonly<Record<MessageKey, string>>;

/** A message with a tag in it, shown by components/rich-message.tsx. */
export type RichMessageKey = keyof MessageTags;
