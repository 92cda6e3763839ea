import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedPosts } from '../posts.ts';

/** The RSS feed of every post. */
export async function GET(context: APIContext): Promise<Response> {
  const posts = await publishedPosts();
  return rss({
    title: 'Minimal blog',
    description: 'Every post, newest first.',
    site: context.site ?? 'https://blog.example.org',
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: `/posts/${post.id}/`,
    })),
  });
}
