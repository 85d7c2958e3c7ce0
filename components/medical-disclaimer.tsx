/** The one wording of "information, not advice", used wherever the site says it. */
export function MedicalDisclaimer({ className }: { className?: string }) {
  return (
    <p className={className}>
      This website gives general information. It is not medical advice. Talk with your physical therapist or doctor
      about your own health.
    </p>
  );
}
