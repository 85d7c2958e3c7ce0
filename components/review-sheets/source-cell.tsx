import { isStatement, type Block } from '@/lib/content/blocks';
import { NOT_MEDICAL_REASONS, traceEntryFor, type TraceFile } from '@/lib/content/traces';

/** Where a block comes from: the passages its trace quotes, why it needs none, or that it frames the page. */
export function SourceCell({ block, trace }: { block: Block; trace: TraceFile | undefined }) {
  if (!isStatement(block)) return <td className="missing">Frames the page: read it with the blocks under it.</td>;
  const entry = trace && traceEntryFor(trace, block);
  if (!entry) return <td className="missing">No source on record: npm run check:content names it. Do not sign.</td>;
  if (entry.notMedical) return <td className="missing">Not a medical statement: {NOT_MEDICAL_REASONS[entry.notMedical]}.</td>;
  return (
    <td>
      {entry.source.map((passage) => (
        <p key={`${passage.line ?? ''}-${passage.text}`} className="passage">
          &ldquo;{passage.text}&rdquo;
        </p>
      ))}
    </td>
  );
}
