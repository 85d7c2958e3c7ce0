import { ImageResponse } from 'next/og';
import { message } from '@/lib/i18n/messages';
import { LinkPreviewImage } from '@/components/link-preview-image';
import { drawableOffline, linkPreviewFonts } from '@/lib/content/link-preview-font';
import { LINK_PREVIEW_SIZE } from '@/lib/site/metadata';
import { loadSitePages } from '@/lib/site/site-pages';

// Drawn once at build time into out/og/<name>.png; the .png name makes hosts serve it as image/png.
export const dynamic = 'force-static';
export const dynamicParams = false;

function fileName(image: string): string {
  return image.split('/').at(-1) ?? image;
}

export async function generateStaticParams() {
  return (await loadSitePages()).map((page) => ({ image: fileName(page.image) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const page = (await loadSitePages()).find((candidate) => fileName(candidate.image) === image);
  if (!page) throw new Error(`No page has the link-preview image ${image}.`);
  const title = drawableOffline(page.title, `The title of ${page.path}`);
  const siteName = drawableOffline(message(page.language, 'site.name'), `The site name in ${page.language.code}`);
  return new ImageResponse(<LinkPreviewImage title={title} siteName={siteName} />, { ...LINK_PREVIEW_SIZE, fonts: linkPreviewFonts() });
}
