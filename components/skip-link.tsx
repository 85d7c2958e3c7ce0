/** First thing a keyboard user reaches: jumps past the header straight to the page's content. */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a
      href={`#${targetId}`}
      className="sr-only bg-focus p-3 font-bold text-focus-ink print:hidden focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
    >
      {label}
    </a>
  );
}
