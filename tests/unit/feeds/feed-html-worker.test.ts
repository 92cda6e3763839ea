import { afterAll, describe, expect, test } from 'vitest';
import { feedHtml } from '../../../src/lib/feeds/feed-html.ts';
import { FeedHtmlThread } from '../../../src/lib/feeds/feed-html-worker.ts';

const page = 'https://example.org/news/articles/b/';

/** Bodies of the kinds the feeds carry: headings with anchors, links, images with a srcset, a table, entities. */
const bodies = [
  '<div class="heading"><h2 id="what">What</h2><a class="heading-anchor" href="#what"><span aria-hidden="true">#</span><span class="sr-only">Link to the section “What”</span></a></div><p>Text with <a href="../a/">a link</a>.</p>',
  '<figure><img src="/news/_astro/a.webp" srcset="/news/_astro/a.webp 400w, /news/_astro/b.webp 800w" alt="A"><figcaption>A <span class="credit">Dispatch</span></figcaption></figure>',
  '<table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2024</td></tr></tbody></table><p>Fish &amp; chips &lt;3 — “quoted”</p>',
];

describe('FeedHtmlThread', () => {
  const thread = new FeedHtmlThread();
  afterAll(() => thread.close());

  test('gives what feedHtml gives on the main thread, byte for byte, however many bodies are waiting', async () => {
    const many = Array.from({ length: 30 }, (_, i) => bodies[i % bodies.length] ?? '');
    const results = await Promise.all(many.map((body) => thread.feedHtml(body, page)));
    expect(results).toEqual(many.map((body) => feedHtml(body, page)));
    expect(results[0]).toBe(
      '<h2 id="what">What</h2><p>Text with <a href="https://example.org/news/articles/a/">a link</a>.</p>',
    );
  });

  test('refuses a body the thread cannot rewrite with its reason, and goes on with the next', async () => {
    // A relative link cannot be resolved against an address that is not one.
    await expect(thread.feedHtml('<a href="../a/">a</a>', 'not an address')).rejects.toThrow('Invalid URL');
    await expect(thread.feedHtml(bodies[2] ?? '', page)).resolves.toBe(feedHtml(bodies[2] ?? '', page));
  });

  test('stops when idle for a second and starts again for the next body', async () => {
    const idle = new FeedHtmlThread();
    await idle.feedHtml('<p>x</p>', page);
    expect(idle.running).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(idle.running).toBe(false);
    await expect(idle.feedHtml(bodies[0] ?? '', page)).resolves.toBe(feedHtml(bodies[0] ?? '', page));
    expect(idle.running).toBe(true);
    await idle.close();
  });

  test('once stopped, refuses every body instead of waiting for a thread that is gone', async () => {
    const stopped = new FeedHtmlThread();
    await stopped.feedHtml('<p>x</p>', page);
    await stopped.close();
    await expect(stopped.feedHtml('<p>y</p>', page)).rejects.toThrow('the feed HTML thread was stopped');
  });
});
