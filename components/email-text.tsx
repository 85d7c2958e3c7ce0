import type { EmailMessage } from '@/lib/content/mailto';
import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';

/**
 * An email as text in a bordered box, for staff who copy it rather than open it in an email
 * app: the body keeps its line breaks, so a copy pastes as it will be sent.
 */
export function EmailText({ email, language }: { email: EmailMessage; language: Language }) {
  return (
    <dl className="mt-3 border-2 border-rule p-4">
      <dt className="font-bold">{message(language, 'staffEmails.subjectLabel')}</dt>
      <dd>{email.subject}</dd>
      <dt className="mt-3 font-bold">{message(language, 'staffEmails.bodyLabel')}</dt>
      <dd className="whitespace-pre-line break-words">{email.body}</dd>
    </dl>
  );
}
