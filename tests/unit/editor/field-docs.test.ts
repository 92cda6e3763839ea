import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { fieldRows, fieldTable, replaceBetweenMarkers } from '../../../src/lib/editor/field-docs.ts';
import { articleSchema } from '../../../src/lib/content/schema.ts';
import { editingGuide, withGeneratedTables } from '../../../src/tools/docs-fields.ts';

describe('EDITING.md', () => {
  test('has the field tables generated from the schemas (run "npm run docs:fields" when this fails)', async () => {
    const committed = readFileSync(editingGuide, 'utf8');
    expect(await withGeneratedTables(committed)).toBe(committed);
  });
});

describe('fieldRows', () => {
  const rows = fieldRows(articleSchema(z.string()));
  const row = (field: string) => rows.find((r) => r.field === field);

  test('lists every article field, nested fields after their parent', () => {
    expect(rows.map((r) => r.field)).toEqual([
      'title',
      'description',
      'keyPoints',
      'dateline',
      'dateline.text',
      'dateline.place',
      'kicker',
      'pubDate',
      'updatedDate',
      'authors',
      'tags',
      'related',
      'series',
      'seriesPart',
      'pinUntil',
      'hero',
      'hero.src',
      'hero.alt',
      'hero.caption',
      'hero.credit',
      'seo',
      'seo.title',
      'seo.description',
      'seo.image',
      'seo.imageAlt',
      'corrections',
      'corrections[].date',
      'corrections[].text',
      'sources',
      'sources[].title',
      'sources[].publisher',
      'sources[].url',
      'sources[].date',
      'draft',
      'canonical',
      'lang',
      'translationOf',
    ]);
  });

  test('reads types, limits and whether a field is required from the schema itself', () => {
    expect(row('title')).toMatchObject({ type: 'text, at most 120 characters', required: 'yes' });
    expect(row('updatedDate')).toMatchObject({ type: 'date', required: 'no' });
    expect(row('tags')).toMatchObject({ type: 'list of 1 to 8 slugs', required: 'yes' });
    expect(row('sources[].url')).toMatchObject({ type: 'web address', required: 'yes' });
    expect(row('draft')).toMatchObject({ type: '`true` or `false`', required: 'no (default `false`)' });
    expect(row('kicker')?.type).toMatch(/^one of: News, Analysis/);
    expect(row('hero.src')?.type).toBe('image file (JPEG, PNG, WebP, AVIF)');
  });

  test('refuses a field without documentation, so that a new field cannot be left out of the guide', () => {
    const schema = z.object({ title: z.string().meta({ description: 'Documented.' }), extra: z.string() });
    expect(() => fieldRows(schema)).toThrow('the field "extra" has no description');
  });
});

describe('fieldTable', () => {
  test('writes a Markdown table, escaping pipes in cells', () => {
    const table = fieldTable([
      { field: 'a', type: 'text', required: 'yes', description: 'Either | or', example: 'x' },
    ]);
    expect(table).toBe(
      '| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `a` | text | yes | Either \\| or | `x` |\n',
    );
  });
});

describe('replaceBetweenMarkers', () => {
  test('replaces only the text between the named markers', () => {
    const text = 'before\n<!-- t:start -->\nold\n<!-- t:end -->\nafter';
    expect(replaceBetweenMarkers(text, 't', 'new')).toBe(
      'before\n<!-- t:start -->\n\nnew\n\n<!-- t:end -->\nafter',
    );
  });

  test('fails clearly when a marker is missing', () => {
    expect(() => replaceBetweenMarkers('no markers', 't', 'x')).toThrow(
      'expected the markers "<!-- t:start -->"',
    );
  });
});
