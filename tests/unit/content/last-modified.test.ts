import { describe, expect, test } from 'vitest';
import { lastModified } from '../../../src/lib/content/last-modified.ts';

const pubDate = new Date('2024-01-10');

describe('lastModified', () => {
  test('is the publication date when the article never changed', () => {
    expect(lastModified({ pubDate })).toEqual(pubDate);
    expect(lastModified({ pubDate, updatedDate: undefined, corrections: [] })).toEqual(pubDate);
  });

  test('is the update date when there is no later correction', () => {
    const updatedDate = new Date('2024-01-12');
    expect(lastModified({ pubDate, updatedDate, corrections: [{ date: new Date('2024-01-11') }] })).toEqual(
      updatedDate,
    );
  });

  test('is the latest correction when it comes after the update, whatever the order they are listed in', () => {
    const corrections = [{ date: new Date('2024-01-20') }, { date: new Date('2024-01-15') }];
    expect(lastModified({ pubDate, updatedDate: new Date('2024-01-12'), corrections })).toEqual(
      new Date('2024-01-20'),
    );
  });
});
