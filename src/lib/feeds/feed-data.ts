import { publishing } from '../../config/publishing.ts';
import { site } from '../../config/site.ts';
import { articleFeedHtml } from './article-html.ts';
import { getSiteIndex, type SiteArticle } from '../content/query.ts';
import { feedItemOf, latest, type Feed, type FeedItem } from './formats.ts';
import { absoluteLink } from '../urls/links.ts';
import { publisher } from '../seo/page-meta.ts';
import { routes } from '../urls/routes.ts';
import type { ArticleSummary, TagListing } from '../content/site-index.ts';

/** Gathers the feeds from the site index (the site-wide feed and one per tag); src/lib/feeds/formats.ts shapes them. */

async function toItem(article: SiteArticle): Promise<FeedItem> {
  return feedItemOf(article, await articleFeedHtml(article), absoluteLink);
}

/** The full articles behind summaries (tag listings hold summaries only). */
async function items(summaries: readonly ArticleSummary[]): Promise<FeedItem[]> {
  const { articleBySlug } = await getSiteIndex();
  return Promise.all(
    latest(summaries, publishing.feedItems).flatMap((s) => {
      const article = articleBySlug.get(s.slug);
      return article ? [toItem(article)] : [];
    }),
  );
}

/** The site-wide feed: the newest articles. */
export async function siteFeed(): Promise<Feed> {
  const { articles } = await getSiteIndex();
  return {
    title: site.name,
    description: site.description,
    language: site.locale,
    homeUrl: publisher.url,
    icon: publisher.logo.url,
    items: await items(articles),
  };
}

/** One tag's feed: the newest articles with that tag. */
export async function tagFeed(tag: TagListing): Promise<Feed> {
  return {
    title: `${site.name}: ${tag.name}`,
    description: tag.description,
    language: site.locale,
    homeUrl: absoluteLink(routes.tag(tag.slug)),
    icon: publisher.logo.url,
    items: await items(tag.articles),
  };
}
