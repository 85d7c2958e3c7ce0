import type { Article } from '@/lib/content/articles';
import { alignBlocks, sheetPage } from '@/lib/content/review-sheets';
import { BlockCell } from './block-cell';
import { SheetDocument } from './sheet-document';
import { SignOffBox } from './sign-off-box';
import { TickCell } from './tick-cell';
import { TranslationHead } from './translation-head';

/** A translation reviewer's sheet: each English block beside its translation, aligned by the outline, with a box to tick. */
export function TranslationSheet({ english, translated, generated }: { english: Article; translated: Article; generated: string }) {
  const source = sheetPage(english);
  const page = sheetPage(translated);
  return (
    <SheetDocument title={`Translation review: ${page.file}`} lang="en">
      <h1>Translation review: {page.title}</h1>
      <dl className="meta">
        <dt>Translation</dt>
        <dd>
          {page.file}, fingerprint <code>{page.fingerprint}</code>
        </dd>
        <dt>English page</dt>
        <dd>
          {source.file}, fingerprint <code>{source.fingerprint}</code>
        </dd>
        <dt>Printed on</dt>
        <dd>{generated}</dd>
      </dl>
      <p>
        Tick each row when the translation says what the English says, no more and no less, in plain words a patient understands.
      </p>
      <table>
        <TranslationHead language={translated.language} />
        <tbody>
          {alignBlocks(english.blocks, translated.blocks).map((row, index) => (
            <tr key={index}>
              <BlockCell block={row.english} file={source.file} />
              <BlockCell block={row.translated} file={page.file} />
              <TickCell />
            </tr>
          ))}
        </tbody>
      </table>
      <SignOffBox
        statement="I checked every row above: the translation says what the English page says."
        fingerprint={`${page.fingerprint} (translation) with ${source.fingerprint} (English)`}
        command={`npm run sign-off -- ${page.file} --reviewer <id> --translation`}
      />
    </SheetDocument>
  );
}
