/**
 * The only place article HTML enters the page. The HTML comes from lib/content/markdown.ts, which
 * sanitizes it, so no script, event handler or javascript: link can be in it.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="prose md:prose-lg" dangerouslySetInnerHTML={{ __html: html }} />;
}
