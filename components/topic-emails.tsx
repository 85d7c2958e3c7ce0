import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { Email } from '@/lib/site/staff-emails';
import { EmailText } from './email-text';

function EmailBlock({ email, title, pageLanguage }: { email: Email; title: string; pageLanguage: Language }) {
  const foreign = email.language.code !== pageLanguage.code;
  return (
    <div lang={foreign ? email.language.code : undefined}>
      <EmailText email={email} language={email.language} />
      <p className="mt-2">
        <a href={email.href} hrefLang={foreign ? email.language.code : undefined} className="inline-block py-1 text-link">
          {message(email.language, 'staffEmails.open')}
          <span className="sr-only">: {title}</span>
        </a>
      </p>
    </div>
  );
}

/**
 * A topic's email in the staff page's language, then the same email in each other language
 * the topic is published in: staff write to patients who read either.
 */
export function TopicEmails({ emails, language }: { emails: readonly Email[]; language: Language }) {
  return (
    <>
      {emails.map((email) => (
        <div key={email.language.code}>
          <h3 className="mt-6 text-xl font-bold">
            {email.language.code === language.code ? (
              message(language, 'staffEmails.heading')
            ) : (
              <>
                {message(language, 'staffEmails.inLanguage')} <span lang={email.language.code}>{email.language.name}</span>
              </>
            )}
          </h3>
          <EmailBlock email={email} title={email.subject} pageLanguage={language} />
        </div>
      ))}
    </>
  );
}
