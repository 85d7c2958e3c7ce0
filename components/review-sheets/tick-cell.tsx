/** The empty box a reviewer ticks on paper for one row of a sheet. */
export function TickCell() {
  return (
    <td className="tick">
      <span className="box" />
    </td>
  );
}
