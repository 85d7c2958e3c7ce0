import type { Article } from '@/lib/content/articles';
import { sheetPage } from '@/lib/content/review-sheets';
import type { TraceFile } from '@/lib/content/traces';
import { BlockCell } from './block-cell';
import { SourceCell } from './source-cell';
import { SheetDocument } from './sheet-document';
import { SignOffBox } from './sign-off-box';
import { TickCell } from './tick-cell';

/** A clinical reviewer's sheet for one English page: every block, in order, beside the passages of the clinic's article it says, with a box to tick. */
export function ClinicalSheet({ article, trace, generated }: { article: Article; trace: TraceFile | undefined; generated: string }) {
  const page = sheetPage(article);
  return (
    <SheetDocument title={`Clinical review: ${page.file}`} lang="en">
      <h1>Clinical review: {page.title}</h1>
      <dl className="meta">
        <dt>Page</dt>
        <dd>{page.file}</dd>
        <dt>Text fingerprint</dt>
        <dd>
          <code>{page.fingerprint}</code>
        </dd>
        <dt>Printed on</dt>
        <dd>{generated}</dd>
      </dl>
      <p>
        Read each block beside the passages of the clinic&apos;s article it comes from. Tick it when it says only what those passages
        say, in plain words, or when it is rightly marked as not a medical statement. Mark anything else and give the sheet back to the
        editor unsigned.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">In the clinic&apos;s article</th>
            <th scope="col" className="tick">
              OK
            </th>
          </tr>
        </thead>
        <tbody>
          {article.blocks.map((block) => (
            <tr key={`${block.fingerprint}-${block.line ?? ''}`}>
              <BlockCell block={block} file={page.file} />
              <SourceCell block={block} trace={trace} />
              <TickCell />
            </tr>
          ))}
        </tbody>
      </table>
      <SignOffBox
        statement="I checked every block above against the clinic's article and ticked each one."
        fingerprint={page.fingerprint}
        command={`npm run sign-off -- ${page.file} --reviewer <id>`}
      />
    </SheetDocument>
  );
}
