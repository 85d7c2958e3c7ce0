import type { Block } from '@/lib/content/blocks';

const KIND_NAMES: Readonly<Record<Block['kind'], string>> = {
  title: 'Title',
  description: 'Description',
  heading: 'Heading',
  paragraph: 'Paragraph',
  'list-item': 'List item',
  'table-row': 'Table row',
};

/** One block as a reviewer reads it: its kind and line, then its words. */
export function BlockCell({ block, file }: { block: Block | undefined; file: string }) {
  if (!block) return <td className="missing">(nothing here)</td>;
  return (
    <td>
      <span className="kind">
        {KIND_NAMES[block.kind]} · {file}:{block.line ?? '?'}
      </span>
      {block.text}
    </td>
  );
}
