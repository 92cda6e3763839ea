import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { renderArticle } from '../content/query.ts';
import type { FeedArticle } from './feed-data.ts';
import { FeedHtmlThread } from './feed-html-worker.ts';
import { absoluteLink } from '../urls/links.ts';

/**
 * An article's body as standalone HTML for the feeds. The Markdown was rendered once, when the content
 * layer loaded it; `renderArticle()` hands back that HTML (resolving its images), and the Container API
 * turns the component into a string, which a thread of its own rewrites for the feeds (./feed-html-worker.ts).
 * Each article is done once per build, however many feeds carry it.
 */

let container: Promise<AstroContainer> | undefined;
const thread = new FeedHtmlThread();
const done = new Map<string, Promise<string>>();

/** The article's body HTML with absolute URLs, computed on first use. */
export function articleFeedHtml(article: FeedArticle): Promise<string> {
  let html = done.get(article.slug);
  if (!html) {
    html = renderBody(article);
    done.set(article.slug, html);
  }
  return html;
}

async function renderBody(article: FeedArticle): Promise<string> {
  container ??= AstroContainer.create();
  const { Content } = await renderArticle(article);
  const html = await (await container).renderToString(Content);
  return thread.feedHtml(html, absoluteLink(article.path));
}
