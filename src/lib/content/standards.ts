/**
 * The standards pages of the site (publishing principles, corrections and ethics policies, masthead, feedback
 * policy): standalone pages in content/pages/, named by the settings (src/config/publishing.ts), linked from the
 * site's NewsMediaOrganization JSON-LD and from the Types of work page when they exist. Shipped as templates,
 * they say so with `TEMPLATE:` in their text until the operator completes them. Pure.
 */

/** The schema.org properties of a NewsMediaOrganization that name a standards page. */
export type StandardsProperty =
  'publishingPrinciples' | 'correctionsPolicy' | 'ethicsPolicy' | 'masthead' | 'actionableFeedbackPolicy';

/** A standards page that exists, with the property that names it. */
export interface StandardsPage {
  property: StandardsProperty;
  slug: string;
  title: string;
  /** Whether it still holds template text, so that the page says it is a template. */
  template: boolean;
}

/** The configured standards pages that exist among `pages`, in the order of the settings. */
export function standardsPages(
  settings: Readonly<Record<StandardsProperty, string>>,
  pages: readonly { slug: string; title: string; template: boolean }[],
): StandardsPage[] {
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  return (Object.entries(settings) as [StandardsProperty, string][]).flatMap(([property, slug]) => {
    const page = bySlug.get(slug);
    return page ? [{ property, slug, title: page.title, template: page.template }] : [];
  });
}

/** What marks text still to be written by the operator in a shipped template page. */
export const TEMPLATE_MARK = 'TEMPLATE:';

/** The lines of a page's text that still hold template text (1-based within the text). */
export function templateLines(body: string): { text: string; line: number }[] {
  return body
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text.includes(TEMPLATE_MARK));
}

/** A kind of work, as the Types of work page defines it. */
export interface KindOfWork {
  kicker: string;
  /** The id of its definition on the page, which an article's kicker links to. */
  anchor: string;
  definition: string;
}

/** Every kicker with its definition, in the settings' order; a kicker without a definition is a setup error. */
export function kindsOfWork(
  kickers: readonly string[],
  definitions: Readonly<Record<string, string>>,
  anchor: (kicker: string) => string,
): KindOfWork[] {
  return kickers.map((kicker) => {
    const definition = definitions[kicker];
    if (definition === undefined)
      throw new Error(
        `src/config/editorial-strings.ts: kindsOfWork: the kicker "${kicker}" has no definition; expected one for every kicker of src/config/site.ts`,
      );
    return { kicker, anchor: anchor(kicker), definition };
  });
}
