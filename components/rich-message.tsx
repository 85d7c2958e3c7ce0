import { Fragment, type ReactNode } from 'react';
import type { Language } from '@/lib/i18n/language';
import type { RichMessageKey } from '@/lib/i18n/catalog';
import { messageParts } from '@/lib/i18n/messages';
import type { MessageTags, MessageValues } from '@/lib/i18n/messages/message-values';

export interface RichMessageProps<Key extends RichMessageKey> {
  readonly language: Language;
  readonly id: Key;
  readonly values: MessageValues[Key];
  /** How to draw each tag of the message around its words: `{ link: (text) => <a href="…">{text}</a> }`. */
  readonly tags: Readonly<Record<MessageTags[Key], (text: string) => ReactNode>>;
}

/** A whole sentence of the catalog with a link inside it, in the order the language puts its words. */
export function RichMessage<Key extends RichMessageKey>({ language, id, values, tags }: RichMessageProps<Key>) {
  return (
    <>
      {messageParts(language, id, values).map((part, index) =>
        typeof part === 'string' ? part : <Fragment key={index}>{tags[part.tag as MessageTags[Key]](part.text)}</Fragment>,
      )}
    </>
  );
}
