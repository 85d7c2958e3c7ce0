/** Where the reviewer signs, with the fingerprint the signature covers and the command that records it. */
export function SignOffBox({ statement, fingerprint, command }: { statement: string; fingerprint: string; command: string }) {
  return (
    <section className="sign" aria-label="Sign-off">
      <p>{statement}</p>
      <p>
        Reviewer&apos;s name and id: <span className="line" />
      </p>
      <p>
        Date: <span className="line" /> Signature: <span className="line" />
      </p>
      <p>
        This signature covers the text with the fingerprint <code>{fingerprint}</code> only.
      </p>
      <p>
        Then the editor records it: <code>{command}</code>
      </p>
    </section>
  );
}
