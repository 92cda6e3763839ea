import { describe, expect, test } from 'vitest';
import { buildEditions } from '../../../src/lib/content/site-index.ts';
import { cardsToDraw } from '../../../src/lib/share/article-cards.ts';
import { makeArticle, siteInput } from '../../support/make-article.ts';

describe('cardsToDraw', () => {
  test('gives each article’s card at its path in the site, except an article with a social image of its own', () => {
    const ownImages = new Map([['own', 'https://example.org/own.jpg']]);
    const editions = buildEditions(
      siteInput([
        makeArticle('one', { title: 'Rivers of the plain', kicker: 'Analysis' }),
        makeArticle('own'),
        makeArticle('ek', { lang: 'ur', translationOf: 'one', title: 'میدان کے دریا' }),
      ]),
      { includeDrafts: false, now: new Date('2030-01-01'), wordsPerMinute: 200, socialImages: ownImages },
    );
    const cards = [...editions.values()].flatMap((edition) => cardsToDraw(edition.summaries, ownImages));
    expect(cards.map(({ path, card }) => [path, card.lang, card.headline, card.byline])).toEqual([
      ['articles/one/share.png', 'en', 'Rivers of the plain', 'By Ann'],
      ['ur/articles/one/share.png', 'ur', 'میدان کے دریا', 'تحریر: این'],
    ]);
  });
});
