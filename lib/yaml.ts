import { parse } from 'yaml';

/**
 * YAML 1.2 core schema: dates stay the strings the editor typed ("2024-07-22"), so the
 * schema sees exactly what is in the file, and a repeated key is an error, not a
 * silent overwrite.
 */
export function parseYaml(source: string): unknown {
  return parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
}
