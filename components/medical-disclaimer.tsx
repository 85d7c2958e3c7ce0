/** The one wording of "information, not advice" in a language, used wherever the site says it. */
export function MedicalDisclaimer({ text, className }: { text: string; className?: string }) {
  return <p className={className}>{text}</p>;
}
