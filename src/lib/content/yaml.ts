import yaml from 'js-yaml';

/**
 * YAML as Dispatch's content tools read it. js-yaml (the parser Astro uses for front matter and data files)
 * turns an unquoted date into a Date and silently rolls an impossible one over (2024-02-30 into March), so the
 * tools read dates as the text written and the schemas (src/lib/content/schema.ts) check and convert them.
 */

/** js-yaml's built-in types: exported at run time, left out of its type declarations. */
const types = (
  yaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set' | 'timestamp', yaml.Type> }
).types;

/** js-yaml's default schema without its timestamp type: every other value parses as the build parses it. */
export const yamlWithTextDates = yaml.CORE_SCHEMA.extend({
  implicit: [types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

/** A date written as YAML writes one (2024-01-18, 2024-01-18T09:30:00Z), read the way js-yaml reads it; else undefined. */
export function dateFromYamlText(text: string): Date | undefined {
  const trimmed = text.trim();
  return types.timestamp.resolve(trimmed) ? (types.timestamp.construct(trimmed) as Date) : undefined;
}
