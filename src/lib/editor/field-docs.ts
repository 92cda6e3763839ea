import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../content/schema.ts';

/**
 * The front-matter reference in EDITING.md, generated from the schemas' own metadata (src/lib/content/schema.ts):
 * one table row per field, nested fields as `hero.alt` or `sources[].url`. The type, whether the field is
 * required and its limits are read from the Zod schema itself, so the table says exactly what the build accepts.
 */

export interface FieldRow {
  /** Dotted path: `title`, `hero.alt`, `sources[].url`. */
  field: string;
  type: string;
  required: string;
  description: string;
  example: string;
}

/** The metadata `doc()` attaches in schema.ts. */
interface Meta {
  description?: string;
  examples?: unknown[];
  kind?: string;
}

/** A schema with its wrappers (optional, default, pipe) removed, and what those wrappers said. */
interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  defaultValue: unknown;
  meta: Meta;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  const meta: Meta = {};
  for (;;) {
    // The outermost description wins: it is the one written at the field.
    const found = (current.meta() ?? {}) as Meta;
    if (meta.description === undefined && found.description !== undefined)
      meta.description = found.description;
    if (meta.examples === undefined && found.examples !== undefined) meta.examples = found.examples;
    if (meta.kind === undefined && found.kind !== undefined) meta.kind = found.kind;
    if (current instanceof z.ZodOptional) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      optional = true;
      defaultValue = current.def.defaultValue;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      // A check-then-convert pipe (dates) is described by its result; a conversion (Astro's image()) by its input.
      const out = current.out as z.ZodType;
      current = (out instanceof z.ZodTransform ? current.in : out) as z.ZodType;
    } else {
      return { schema: current, optional, defaultValue, meta };
    }
  }
}

/** The definitions of the checks (min, max, format) on a string or array schema. */
function checks(schema: z.ZodType): Record<string, unknown>[] {
  // Each check kind has its own definition type; they are read here as plain records, by key.
  return (schema.def.checks ?? []).map((check) => check._zod.def as unknown as Record<string, unknown>);
}

function limit(schema: z.ZodType, check: 'min_length' | 'max_length'): number | undefined {
  const found = checks(schema).find((c) => c['check'] === check);
  const value = found?.[check === 'min_length' ? 'minimum' : 'maximum'];
  return typeof value === 'number' ? value : undefined;
}

/** The type of a (unwrapped) schema in editors' words. */
function typeOf(schema: z.ZodType, kind: string | undefined): string {
  if (kind) return kind;
  const def = schema.def;
  switch (def.type) {
    case 'string': {
      const format = def as { format?: string };
      if (format.format === 'url') return 'web address';
      if (
        checks(schema).some(
          (c) => c['pattern'] instanceof RegExp && c['pattern'].source === SLUG_PATTERN.source,
        )
      )
        return 'slug';
      const max = limit(schema, 'max_length');
      return max === undefined ? 'text' : `text, at most ${max} characters`;
    }
    case 'date':
      return 'date';
    case 'number': {
      const whole = checks(schema).some((c) => c['format'] === 'safeint');
      const least = checks(schema).find((c) => c['check'] === 'greater_than' && c['inclusive'] === true);
      const type = whole ? 'whole number' : 'number';
      return typeof least?.['value'] === 'number' ? `${type}, at least ${least['value']}` : type;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of: ${(schema as z.ZodEnum).options.join(', ')}`;
    case 'object':
      return 'fields below';
    case 'array': {
      const element = unwrap((schema as z.ZodArray<z.ZodType>).element);
      const min = limit(schema, 'min_length');
      const max = limit(schema, 'max_length');
      const count = min !== undefined && max !== undefined ? `${min} to ${max} ` : '';
      const longest = element.schema.def.type === 'string' ? limit(element.schema, 'max_length') : undefined;
      const of =
        element.schema.def.type === 'object'
          ? 'entries with the fields below'
          : longest !== undefined && !element.meta.kind
            ? `texts, each at most ${longest} characters`
            : `${typeOf(element.schema, element.meta.kind)}s`;
      return `list of ${count}${of}`;
    }
    default:
      throw new Error(
        `field-docs: no description for a schema of type "${def.type}"; add a "kind" to its doc()`,
      );
  }
}

function requirement({ optional, defaultValue }: Unwrapped): string {
  if (!optional) return 'yes';
  if (defaultValue === undefined || (Array.isArray(defaultValue) && defaultValue.length === 0)) return 'no';
  return `no (default \`${JSON.stringify(defaultValue)}\`)`;
}

/** Every field of an object schema, nested objects and lists of objects after their parent. */
export function fieldRows(schema: z.ZodType, prefix = ''): FieldRow[] {
  const object = unwrap(schema).schema;
  if (object.def.type !== 'object') throw new Error('field-docs: expected an object schema');
  const rows: FieldRow[] = [];
  for (const [key, field] of Object.entries((object as z.ZodObject).shape)) {
    const info = unwrap(field as z.ZodType);
    const path = `${prefix}${key}`;
    if (!info.meta.description)
      throw new Error(`field-docs: the field "${path}" has no description; add doc() to it`);
    const example = info.meta.examples?.[0];
    rows.push({
      field: path,
      type: typeOf(info.schema, info.meta.kind),
      required: requirement(info),
      description: info.meta.description,
      example: typeof example === 'string' ? example : '',
    });
    if (info.schema.def.type === 'object') rows.push(...fieldRows(info.schema, `${path}.`));
    if (info.schema.def.type === 'array') {
      const element = unwrap((info.schema as z.ZodArray<z.ZodType>).element).schema;
      if (element.def.type === 'object') rows.push(...fieldRows(element, `${path}[].`));
    }
  }
  return rows;
}

/** A table cell: pipes escaped so that a value cannot break the table. */
const cell = (value: string) => value.replaceAll('|', '\\|');

/** The rows as a Markdown table (unaligned; the docs tool lets Prettier align it). */
export function fieldTable(rows: readonly FieldRow[]): string {
  const lines = [
    '| Field | Type | Required | Description | Example |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.field}\` | ${cell(row.type)} | ${cell(row.required)} | ${cell(row.description)} | ${
          row.example ? `\`${cell(row.example)}\`` : ''
        } |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`; throws when the markers are missing. */
export function replaceBetweenMarkers(text: string, name: string, replacement: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`expected the markers "${start}" and "${end}" in the file`);
  }
  return `${text.slice(0, from + start.length)}\n\n${replacement.trim()}\n\n${text.slice(to)}`;
}
