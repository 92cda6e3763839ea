import { getCollection, type CollectionEntry } from 'astro:content';

/** The published posts, newest first. */
export async function publishedPosts(): Promise<CollectionEntry<'posts'>[]> {
  const posts = await getCollection('posts', ({ data }) => !data.draft);
  return posts.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
}
