/** The line of a top-level YAML field (front matter or a data file), as an editor counts lines. */
export function fieldLine(source: string, field: string): number | undefined {
  const index = source.split(/\r\n?|\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
}
