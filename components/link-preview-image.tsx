/**
 * The picture a chat app or social network shows beside a shared link: the page title
 * large enough to read as a thumbnail, and the site name. Drawn by next/og, which reads
 * inline styles only (a flexbox subset of CSS), so Tailwind classes cannot be used here.
 * The colours are tailwind.config.ts's brand and ink.
 */
export function LinkPreviewImage({ title, siteName }: { title: string; siteName: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        backgroundColor: '#ffffff',
        borderTop: '40px solid #005a9c',
        padding: '60px 80px',
        color: '#1f2a33',
      }}
    >
      <div style={{ display: 'flex', fontSize: title.length > 45 ? 64 : 76, lineHeight: 1.15 }}>{title}</div>
      {/* The home page's title is the site name: once is enough. */}
      {title === siteName ? null : <div style={{ display: 'flex', fontSize: 40, color: '#005a9c' }}>{siteName}</div>}
    </div>
  );
}
