import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { Article } from '@/lib/content/articles';
import { absoluteUrl } from '@/lib/routes/site-url';
import type { Email } from '@/lib/site/staff-emails';
import { TopicEmails } from './topic-emails';

export type StaffLinksArticle = Pick<Article, 'title' | 'path' | 'headings'>;

function CopyableLink({ label, url, indented }: { label: string; url: string; indented?: boolean }) {
  return (
    <li className={indented ? 'ml-6' : undefined}>
      <span>{label}</span>
      <a href={url}>{url}</a>
    </li>
  );
}

export interface StaffLinksProps {
  readonly articles: readonly StaffLinksArticle[];
  readonly language: Language;
  /** Each article's ready-to-send emails, by its address (lib/site/staff-emails). */
  readonly emails: ReadonlyMap<string, readonly Email[]>;
}

/**
 * Every article and every section with its full address as text, so staff can copy it into an
 * email, then the article's email, ready to send.
 */
export function StaffLinks({ articles, language, emails }: StaffLinksProps) {
  return (
    <>
      {articles.map((article) => (
        <section key={article.path} className="mt-section">
          <h2 className="text-2xl font-bold">{article.title}</h2>
          {/* Styled once in app/globals.css rather than on each of the page's hundreds of links. */}
          <ul className="address-list mt-3 space-y-3">
            <CopyableLink label={message(language, 'staffLinks.wholePage')} url={absoluteUrl(article.path)} />
            {article.headings
              .filter((heading) => heading.depth === 2 || heading.depth === 3)
              .map((heading) => (
                <CopyableLink
                  key={heading.id}
                  label={message(language, 'staffLinks.section', { heading: heading.text })}
                  url={absoluteUrl(`${article.path}#${heading.id}`)}
                  indented={heading.depth === 3}
                />
              ))}
          </ul>
          <TopicEmails emails={emails.get(article.path) ?? []} language={language} />
        </section>
      ))}
    </>
  );
}
