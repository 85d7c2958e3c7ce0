import { messageShape, type PlaceholderKind } from './message-syntax';

/** Where the generated types are written, from the project's root. */
export const CATALOG_TYPES_FILE = 'lib/i18n/messages/message-values.ts';

const VALUE_TYPES: Readonly<Record<Exclude<PlaceholderKind, 'tag'>, string>> = {
  value: 'string | number',
  plural: 'number',
  select: 'string',
};

/**
 * The TypeScript that types every message of the English catalog: the values each one takes
 * (`MessageValues`) and the tags of those with a link in them (`MessageTags`). Written to
 * CATALOG_TYPES_FILE by `npm run catalog-types`, so a misspelled key or a missing or extra
 * value fails `npm run typecheck`.
 */
export function catalogTypesSource(catalog: Readonly<Record<string, string>>): string {
  const values: string[] = [];
  const tags: string[] = [];
  for (const [key, text] of Object.entries(catalog)) {
    const placeholders = [...messageShape(text).placeholders];
    const fields = placeholders.flatMap(([name, kind]) => (kind === 'tag' ? [] : [`readonly ${name}: ${VALUE_TYPES[kind]}`]));
    values.push(`  readonly '${key}': ${fields.length === 0 ? 'Record<never, never>' : `{ ${fields.join('; ')} }`};`);
    const tagNames = placeholders.flatMap(([name, kind]) => (kind === 'tag' ? [`'${name}'`] : []));
    if (tagNames.length > 0) tags.push(`  readonly '${key}': ${tagNames.join(' | ')};`);
  }
  return [
    '// Generated from lib/i18n/messages/en.json by `npm run catalog-types` (scripts/catalog-types.ts). Do not edit: change en.json and run it again.',
    '',
    '/** The values each message takes, by key. */',
    'export interface MessageValues {',
    ...values,
    '}',
    '',
    '/** The tags of the messages with a link in them, by key. */',
    'export interface MessageTags {',
    ...tags,
    '}',
    '',
  ].join('\n');
}
