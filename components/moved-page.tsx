/**
 * What an old address shows. The meta refresh sends browsers on at once, without
 * JavaScript; the link is there for anyone whose browser does not follow it.
 */
export function MovedPage({ title, path }: { title: string; path: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${path}`} />
      <h1 className="text-3xl font-bold md:text-4xl">This page has moved</h1>
      <p className="mt-4">
        It is now at{' '}
        <a href={path} className="text-link">
          {title}
        </a>
        . If you saved or shared the old address, use this one from now on.
      </p>
    </>
  );
}
