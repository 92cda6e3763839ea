/**
 * The standards pages of the site (publishing principles, corrections and ethics policies, masthead, feedback
 * policy): standalone pages in content/pages/, named by the settings (src/config/publishing.ts), linked from the
 * site's NewsMediaOrganization JSON-LD and from the Types of work page when they exist. Shipped as templates,
 * they say so with `TEMPLATE:` in their text until the operator completes them. Pure.
 */

/** The schema.org properties of a NewsMediaOrganization that name a standards page. */
export type StandardsProperty =
  | 'publishingPrinciples'
  | 'correctionsPolicy'
  | 'ethicsPolicy'
  | 'masthead'
  | 'actionableFeedbackPolicy';

/** A standards page that exists, with the property that names it. */
export interface StandardsPage {
  property: StandardsProperty;
  slug: string;
  title: string;
}

/** The configured standards pages that exist among `pages`, in the order of the settings. */
export function standardsPages(
  settings: Readonly<Record<StandardsProperty, string>>,
  pages: readonly { slug: string; title: string }[],
): StandardsPage[] {
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  return (Object.entries(settings) as [StandardsProperty, string][]).flatMap(([property, slug]) => {
    const page = bySlug.get(slug);
    return page ? [{ property, slug, title: page.title }] : [];
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
