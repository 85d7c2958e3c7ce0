import type { Words } from '@/lib/i18n/words';
import type { EmailMessage } from '@/lib/content/mailto';

/**
 * An email as text in a bordered box, for staff who copy it rather than open it in an email
 * app: the body keeps its line breaks, so a copy pastes as it will be sent.
 */
export function EmailText({ message, words }: { message: EmailMessage; words: Words['staffEmails'] }) {
  return (
    <dl className="mt-3 border-2 border-rule p-4">
      <dt className="font-bold">{words.subjectLabel}</dt>
      <dd>{message.subject}</dd>
      <dt className="mt-3 font-bold">{words.bodyLabel}</dt>
      <dd className="whitespace-pre-line break-words">{message.body}</dd>
    </dl>
  );
}
