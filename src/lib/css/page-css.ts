import postcss, { type AtRule } from 'postcss';

/**
 * Only the CSS a page uses. Astro inlines into a page the styles of every component its route imports, also
 * those it renders only sometimes (every article page carries the styles of the hero, the table of contents,
 * the corrections and the sources, whether the article has them or not), and every page carries the global
 * styles of Markdown content (tables, figures, heading anchors) whether its text has any or not. Two kinds of
 * rule can go without risk to anything a script shows later:
 * - a scoped rule needs an element carrying its component's `data-astro-cid-…` attribute: the build writes
 *   those into the HTML and scripts never add them, so the rules of a component with no element on the page
 *   cannot match;
 * - a rule that needs one of the `STATIC_ONLY` elements or classes, which only Markdown and the components
 *   write, never a script (tests/unit/css/page-css.test.ts checks the browser scripts), when the page has none;
 * - a rule for another language's pages, written `html[lang^='ur'] …`, on a page whose <html lang> is not
 *   that language (no script changes a page's language).
 * Everything else is kept. Pure: CSS and HTML text in, CSS text out; src/middleware.ts applies it to every
 * page.
 */

/**
 * Elements (`table`) and classes (`.credit`) that only the HTML the build writes has: Markdown content, and
 * the listings. No script creates them, so a page without them will never have them.
 */
export const STATIC_ONLY = [
  'table',
  'th',
  'td',
  'figure',
  'figcaption',
  'blockquote',
  '.credit',
  '.heading',
  '.heading-anchor',
  '.footnotes',
  '.index-list',
  '.draft-badge',
  '.dateline',
] as const;

/** What a page has, as far as pruning its CSS is concerned. */
export interface PageContent {
  /** Component ids of its elements (`data-astro-cid-abc123`). */
  readonly components: ReadonlySet<string>;
  /** The `STATIC_ONLY` elements and classes it has. */
  readonly staticOnly: ReadonlySet<string>;
  /** The language of its <html> element ("en-GB"), empty when it has none. */
  readonly lang?: string;
}

/** What the HTML of a page has: its elements and class names, not the CSS or scripts naming them. */
export function pageContent(html: string): PageContent {
  const markup = html.replaceAll(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
  const components = new Set(Array.from(markup.matchAll(/\sdata-astro-cid-([a-z0-9]+)/g), (m) => m[1] ?? ''));
  const present = new Set<string>();
  for (const [, name = '', attributes = ''] of markup.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    present.add(name.toLowerCase());
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1] ?? '';
    for (const token of classes.split(/\s+/)) if (token) present.add(`.${token}`);
  }
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
  return { components, staticOnly: new Set(STATIC_ONLY.filter((name) => present.has(name))), lang };
}

/** The languages a selector's `html[lang^='…']` asks for, if it names one. */
function languageOf(selector: string): string | undefined {
  return /^html\[lang\^=['"]?([\w-]+)['"]?\]/i.exec(selector.trim())?.[1];
}

const CID = /\[data-astro-cid-([a-z0-9]+)\]/g;

/** The `STATIC_ONLY` names a selector needs: `figcaption .credit` needs "figcaption" and ".credit". */
function staticNamesOf(selector: string): string[] {
  const names: string[] = [];
  // Brackets need nothing of the list: attribute values, and :not(…) or :is(…), which need no such element.
  const bare = selector.replaceAll(/\[[^\]]*\]|\([^)]*\)/g, '');
  // Compounds are separated by combinators; a compound starts with its element name, if it has one.
  for (const compound of bare.split(/\s*[\s>+~]\s*/)) {
    const element = /^[a-z][a-z0-9-]*/i.exec(compound)?.[0].toLowerCase();
    if (element) names.push(element);
    for (const [, name = ''] of compound.matchAll(/\.([\w-]+)/g)) names.push(`.${name}`);
  }
  return names.filter((name) => (STATIC_ONLY as readonly string[]).includes(name));
}

/** Pages of one kind share their stylesheet and mostly their content: each result is worked out once. */
const cache = new Map<string, string>();

/**
 * `css` without the selectors that need a component with no element on the page, or a `STATIC_ONLY` element
 * or class the page lacks, and without the rules and at-rules (@media) left empty by that. Everything else is
 * kept as it was written.
 */
export function withoutUnusedRules(css: string, page: PageContent): string {
  const absentComponents = [
    ...new Set(Array.from(css.matchAll(CID), (m) => m[1] ?? '').filter((id) => !page.components.has(id))),
  ].sort();
  const absentNames = STATIC_ONLY.filter((name) => !page.staticOnly.has(name));
  const lang = (page.lang ?? '').toLowerCase();
  const key = `${absentComponents.join(' ')}|${absentNames.join(' ')}|${lang}\n${css}`;
  const known = cache.get(key);
  if (known !== undefined) return known;

  const otherLanguage = (selector: string) => {
    const wanted = languageOf(selector)?.toLowerCase();
    return wanted !== undefined && !lang.startsWith(wanted);
  };
  const unused = (selector: string) =>
    otherLanguage(selector) ||
    Array.from(selector.matchAll(CID)).some((m) => absentComponents.includes(m[1] ?? '')) ||
    staticNamesOf(selector).some((name) => (absentNames as readonly string[]).includes(name));
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps ("from", "50%") are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name)) return;
    const kept = rule.selectors.filter((selector) => !unused(selector));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',');
  });
  // Innermost first, so that an @media emptied inside another empties that one too.
  const atRules: AtRule[] = [];
  root.walkAtRules((atRule) => {
    atRules.push(atRule);
  });
  for (const atRule of atRules.reverse()) if (atRule.nodes?.length === 0) atRule.remove();
  const result = root.toString();
  cache.set(key, result);
  return result;
}
