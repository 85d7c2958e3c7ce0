import { drawQrCode } from '@/lib/site/qr-code';

/**
 * A QR code that opens an address, drawn when the site is built: no script, no image file, no
 * style attribute (the pages' policy forbids inline styles). Black on white in every colour
 * scheme, because phone cameras read dark squares on a light ground. Hidden from screen readers:
 * a picture of an address tells them nothing, and the address is printed beside it as text.
 */
export function QrCode({ url, className }: { url: string; className?: string }) {
  const { size, path } = drawQrCode(url);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
      shapeRendering="crispEdges"
      className={['bg-white', className].filter(Boolean).join(' ')}
    >
      <path d={path} stroke="#000" strokeWidth="1" fill="none" />
    </svg>
  );
}
