import type { CatalogFingerprints } from '@/lib/content/catalog-fingerprints';
import { SheetDocument } from './sheet-document';
import { SignOffBox } from './sign-off-box';
import { TickCell } from './tick-cell';
import { TranslationHead } from './translation-head';

/** One interface catalog as a sheet shows it: its file, its messages by key, and the fingerprint a signature covers. */
export interface SheetCatalog {
  readonly file: string;
  readonly code: string;
  readonly messages: Readonly<Record<string, string>>;
  readonly fingerprints: CatalogFingerprints;
}

/** A translation reviewer's sheet for the interface words: each English message beside the translated one, by key, with a box to tick. */
export function CatalogSheet({ english, translated, generated }: { english: SheetCatalog; translated: SheetCatalog; generated: string }) {
  return (
    <SheetDocument title={`Translation review: ${translated.file}`} lang="en">
      <h1>Translation review: the interface words in {translated.file}</h1>
      <dl className="meta">
        <dt>Translation</dt>
        <dd>
          {translated.file}, fingerprint <code>{translated.fingerprints.text}</code>
        </dd>
        <dt>English catalog</dt>
        <dd>
          {english.file}, fingerprint <code>{english.fingerprints.text}</code>
        </dd>
        <dt>Printed on</dt>
        <dd>{generated}</dd>
      </dl>
      <p>
        Tick each row when the translated message says what the English one says, no more and no less, in plain words a patient understands. Words in braces, like
        {' {state}'}, are filled in by the site: keep them as they are.
      </p>
      <table>
        <TranslationHead language={translated.code} />
        <tbody>
          {Object.keys(english.messages).map((key) => (
            <tr key={key}>
              <td>
                <span className="kind">{key}</span>
                {english.messages[key]}
              </td>
              {translated.messages[key] === undefined ? (
                <td className="missing">(nothing here)</td>
              ) : (
                <td lang={translated.code}>
                  <span className="kind">{key}</span>
                  {translated.messages[key]}
                </td>
              )}
              <TickCell />
            </tr>
          ))}
        </tbody>
      </table>
      <SignOffBox
        statement="I checked every row above: each translated message says what the English message says."
        fingerprint={`${translated.fingerprints.text} (translation) with ${english.fingerprints.text} (English)`}
        command={`npm run sign-off -- ${translated.file} --reviewer <id> --translation`}
      />
    </SheetDocument>
  );
}
