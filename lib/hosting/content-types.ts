/**
 * The Content-Type of each kind of file the site ships, defined once for every server config.
 * A file type missing here fails the nginx test, which names the extension to add.
 * Text types are served with charset=utf-8 and precompressed by the build.
 */
interface FileType {
  type: string;
  text: boolean;
}

export const FILE_TYPES: Readonly<Record<string, FileType>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  txt: { type: 'text/plain', text: true },
  xml: { type: 'application/xml', text: true },
  svg: { type: 'image/svg+xml', text: true },
  ico: { type: 'image/x-icon', text: false },
  png: { type: 'image/png', text: false },
  jpg: { type: 'image/jpeg', text: false },
  webp: { type: 'image/webp', text: false },
  avif: { type: 'image/avif', text: false },
  woff2: { type: 'font/woff2', text: false },
};

export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot + 1).toLowerCase();
}

export function isTextFile(fileName: string): boolean {
  return FILE_TYPES[extensionOf(fileName)]?.text ?? false;
}

/** The header value a server sends for a file, or undefined for a type the site does not know. */
export function contentTypeFor(fileName: string): string | undefined {
  const fileType = FILE_TYPES[extensionOf(fileName)];
  if (!fileType) return undefined;
  return fileType.text ? `${fileType.type}; charset=utf-8` : fileType.type;
}
