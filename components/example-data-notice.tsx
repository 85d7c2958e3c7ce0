/** Shown while content/locations.yaml still holds the example clinics, so nobody calls a made-up number. */
export function ExampleDataNotice() {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        <strong>These locations are example data.</strong> They are not real clinics: the names, addresses and phone
        numbers are made up.
      </p>
    </div>
  );
}
