/**
 * `npm run docs:fields`: writes the front-matter reference tables of EDITING.md from the schemas
 * (between `<!-- fields:<collection>:start -->` and `…:end -->`). `--check` only compares and exits 1 when
 * the committed tables differ, for CI. The tables are formatted by Prettier, as `npm run format` would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import * as prettier from 'prettier';
import { fieldRows, fieldTable, replaceBetweenMarkers } from '../lib/editor/field-docs.ts';
import { articleSchema, authorSchema, pageSchema, seriesSchema, tagSchema } from '../lib/content/schema.ts';

/** The file the tables live in. */
export const editingGuide = 'EDITING.md';

/** One table per collection, keyed by the marker name. */
const tables = {
  'fields:articles': articleSchema(z.string()),
  'fields:authors': authorSchema,
  'fields:tags': tagSchema,
  'fields:series': seriesSchema,
  'fields:pages': pageSchema,
} as const;

/** The guide's text with every table regenerated and the whole file formatted by Prettier. */
export async function withGeneratedTables(text: string, file = editingGuide): Promise<string> {
  let result = text;
  for (const [marker, schema] of Object.entries(tables)) {
    result = replaceBetweenMarkers(result, marker, fieldTable(fieldRows(schema)));
  }
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(result, { ...options, filepath: file });
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
  const current = readFileSync(editingGuide, 'utf8');
  const generated = await withGeneratedTables(current);
  if (values.check) {
    if (generated === current) return 0;
    console.error(
      `${editingGuide}: the field tables are out of date; run "npm run docs:fields" and commit the result`,
    );
    return 1;
  }
  if (generated !== current) writeFileSync(editingGuide, generated);
  console.log(`${editingGuide}: field tables ${generated === current ? 'already up to date' : 'updated'}`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`docs:fields: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
