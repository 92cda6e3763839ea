import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * A schema check of the JSON-LD the site prints, on the built pages (tests/built-files/json-ld.spec.ts):
 * schema.org's vocabulary (every `@type` a schema.org type, every property a schema.org property, both read
 * from schema-dts's declarations, which are generated from schema.org) and Google's rules for the types the
 * site uses (required properties, absolute URLs, ISO 8601 dates with a time zone, breadcrumb positions).
 * The builders' own types (src/lib/seo/json-ld.ts, typed with schema-dts) catch the same mistakes at compile
 * time; this checks what actually reaches the page.
 */

/** schema.org's type and property names. */
export interface Vocabulary {
  types: ReadonlySet<string>;
  properties: ReadonlySet<string>;
}

/** schema.org's vocabulary as schema-dts declares it. */
export function schemaOrgVocabulary(): Vocabulary {
  const declarations = readFileSync(
    createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts'),
    'utf8',
  );
  const names = (pattern: RegExp) => new Set(Array.from(declarations.matchAll(pattern), (m) => m[1] ?? ''));
  return { types: names(/"@type": "(\w+)"/g), properties: names(/^\s+"(\w+)"\?: /gm) };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
]);
/** Properties whose values are addresses, which Google wants absolute. */
const URL_PROPERTIES = new Set([
  'url',
  'item',
  'sameAs',
  'image',
  'publishingPrinciples',
  'correctionsPolicy',
  'ethicsPolicy',
  'masthead',
  'actionableFeedbackPolicy',
]);
const DATE_PROPERTIES = new Set(['datePublished', 'dateModified']);
/** ISO 8601 as Google asks for it: a date and time with a time zone. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isNode = (value: Json | undefined): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: Json | undefined): Json[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const isAbsolute = (value: Json): boolean => typeof value === 'string' && /^https?:\/\/[^/]/.test(value);
const hasText = (value: Json | undefined): boolean => typeof value === 'string' && value.trim() !== '';
/** Whether a node is a Person or an Organization, which Google takes as an author or a profile's subject. */
const isAgent = (value: Json | undefined): value is Node =>
  isNode(value) && (value['@type'] === 'Person' || value['@type'] === 'Organization');

/** Every rule one JSON-LD object of a page breaks, each with the path to the offending value. */
export function jsonLdProblems(root: Json, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  if (!isNode(root)) return ['$: expected an object'];
  if (root['@context'] !== 'https://schema.org') problems.push('$.@context: expected "https://schema.org"');

  const visit = (node: Node, path: string): void => {
    const type = node['@type'];
    if (typeof type !== 'string') problems.push(`${path}.@type: expected a type`);
    else if (!vocabulary.types.has(type)) problems.push(`${path}.@type: "${type}" is not a schema.org type`);
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (!key.startsWith('@') && !vocabulary.properties.has(key))
        problems.push(`${at}: "${key}" is not a schema.org property`);
      if (URL_PROPERTIES.has(key))
        for (const item of list(value))
          if (!isNode(item) && !isAbsolute(item)) problems.push(`${at}: expected an absolute URL`);
      if (key === '@id' && !isAbsolute(value)) problems.push(`${at}: expected an absolute URL`);
      if (DATE_PROPERTIES.has(key) && !(typeof value === 'string' && ISO_DATE_TIME.test(value)))
        problems.push(`${at}: expected an ISO 8601 date and time with a time zone`);
      list(value).forEach((item, i) => {
        if (isNode(item)) visit(item, Array.isArray(value) ? `${at}[${String(i)}]` : at);
      });
    }
    problems.push(...googleRules(node, typeof type === 'string' ? type : '', path));
  };
  visit(root, '$');
  return problems;
}

/** Google's required properties for the types the site uses (Article, BreadcrumbList, ProfilePage, …). */
function googleRules(node: Node, type: string, path: string): string[] {
  const problems: string[] = [];
  const need = (key: string, ok: boolean, what: string) => {
    if (!ok) problems.push(`${path}.${key}: ${type} needs ${what}`);
  };
  if (ARTICLE_TYPES.has(type) && node['@context'] !== undefined) {
    // The page's own article (not a part listed on a series page).
    need('headline', hasText(node['headline']), 'a headline');
    need('image', list(node['image']).length > 0, 'an image');
    need('datePublished', node['datePublished'] !== undefined, 'a publication date');
    const authors = list(node['author']);
    need('author', authors.length > 0, 'an author');
    authors.forEach((author, i) => {
      const ok = isAgent(author);
      need(`author[${String(i)}]`, ok && hasText(author['name']), 'a Person or Organization with a name');
      need(`author[${String(i)}].url`, ok && isAbsolute(author['url'] ?? null), 'an author page URL');
    });
    if (typeof node['datePublished'] === 'string' && typeof node['dateModified'] === 'string')
      need('dateModified', node['dateModified'] >= node['datePublished'], 'a change on or after publication');
  }
  if (type === 'BreadcrumbList') {
    const items = list(node['itemListElement']);
    need('itemListElement', items.length > 0, 'at least one ListItem');
    items.forEach((item, i) => {
      const at = `itemListElement[${String(i)}]`;
      need(at, isNode(item) && item['@type'] === 'ListItem', 'ListItems');
      need(`${at}.position`, isNode(item) && item['position'] === i + 1, `position ${String(i + 1)}`);
      need(`${at}.name`, isNode(item) && hasText(item['name']), 'a name');
      // Only the last crumb (the page itself) may go without an address.
      if (i < items.length - 1) need(`${at}.item`, isNode(item) && item['item'] !== undefined, 'an item URL');
    });
  }
  if (type === 'ProfilePage') {
    const entity = node['mainEntity'];
    const ok = isAgent(entity);
    need(
      'mainEntity',
      ok && isNode(entity) && hasText(entity['name']),
      'a Person or Organization with a name',
    );
  }
  if (type === 'CorrectionComment') {
    need('text', hasText(node['text']), 'its text');
    need('datePublished', node['datePublished'] !== undefined, 'its date');
  }
  if (
    ['CreativeWorkSeries', 'WebSite', 'NewsMediaOrganization', 'Organization', 'Person', 'Place'].includes(
      type,
    )
  )
    need('name', hasText(node['name']), 'a name');
  if (type === 'WebSite') need('url', node['url'] !== undefined, 'its URL');
  return problems;
}

/** The JSON-LD objects of an HTML page, parsed. */
export function jsonLdOf(html: string): Json[] {
  return Array.from(
    html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    (m) => JSON.parse(m[1] ?? 'null') as Json,
  );
}
