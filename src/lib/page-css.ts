import postcss, { type AtRule } from 'postcss';

/**
 * Only the CSS a page uses. Astro inlines into a page the styles of every component its route imports, also
 * those it renders only sometimes: every article page carries the styles of the hero, the table of contents,
 * the corrections and the sources, whether the article has them or not. A scoped rule can only match an
 * element carrying its component's `data-astro-cid-…` attribute, and the build writes those attributes into the
 * HTML (scripts never add them), so the rules of a component with no element on the page can go, with no risk
 * to anything a script shows later. Global rules (src/styles/) are always kept.
 * Pure: CSS and HTML text in, CSS text out; src/middleware.ts applies it to every page as it is built.
 */

/** The component ids of the elements of a page: `data-astro-cid-abc123` attributes, not the CSS naming them. */
export function renderedComponents(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sdata-astro-cid-([a-z0-9]+)/g), (match) => match[1] ?? ''));
}

const CID = /\[data-astro-cid-([a-z0-9]+)\]/g;

/** Pages of one kind share their stylesheet and mostly their components: each result is worked out once. */
const cache = new Map<string, string>();

/**
 * `css` without the selectors that need a component with no element on the page (`rendered`), and without
 * the rules and at-rules (@media) left empty by that. Everything else is kept byte for byte.
 */
export function withoutUnrenderedComponents(css: string, rendered: ReadonlySet<string>): string {
  const named = new Set(Array.from(css.matchAll(CID), (match) => match[1] ?? ''));
  const absent = [...named].filter((id) => !rendered.has(id)).sort();
  if (absent.length === 0) return css;
  const key = `${absent.join(' ')}\n${css}`;
  const known = cache.get(key);
  if (known !== undefined) return known;

  const needsAbsent = (selector: string) =>
    Array.from(selector.matchAll(CID)).some((match) => absent.includes(match[1] ?? ''));
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !needsAbsent(selector));
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
