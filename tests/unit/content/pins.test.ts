import { describe, expect, test } from 'vitest';
import { busiestPins, isPinned, pinEnd, pinIsOver } from '../../../src/lib/content/pins.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const article = (pubDate: string, pinUntil?: string, draft = false) => ({
  pubDate: day(pubDate),
  pinUntil: pinUntil === undefined ? undefined : day(pinUntil),
  draft,
});

describe('pinEnd and isPinned', () => {
  test('a pin holds to the end of its last day, UTC', () => {
    expect(pinEnd(day('2026-12-05')).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    const pinned = article('2026-12-01', '2026-12-05');
    expect(isPinned(pinned, new Date('2026-12-05T23:59:59Z'))).toBe(true);
    expect(isPinned(pinned, new Date('2026-12-06T00:00:00Z'))).toBe(false);
  });

  test('pins nothing that is not out yet, a draft, or an article without a pin', () => {
    const now = day('2026-12-03');
    expect(isPinned(article('2026-12-04', '2026-12-10'), now)).toBe(false);
    expect(isPinned(article('2026-12-01', '2026-12-10', true), now)).toBe(false);
    expect(isPinned(article('2026-12-01'), now)).toBe(false);
    expect(isPinned(article('2026-12-01', '2026-12-10'), now)).toBe(true);
  });

  test('tells a pin that is over from one still to come', () => {
    expect(pinIsOver(article('2026-11-01', '2026-11-30'), day('2026-12-01'))).toBe(true);
    expect(pinIsOver(article('2026-11-01', '2026-12-01'), day('2026-12-01'))).toBe(false);
    expect(pinIsOver(article('2026-11-01'), day('2026-12-01'))).toBe(false);
  });
});

describe('busiestPins', () => {
  const now = day('2026-12-01');

  test('finds the moment the most pins overlap, counting a scheduled article from when it comes out', () => {
    const a = article('2026-11-20', '2026-12-10');
    const b = article('2026-11-25', '2026-12-03');
    const c = article('2026-12-05', '2026-12-20'); // scheduled: pinned from 5 December
    const d = article('2026-11-01', '2026-12-08');
    const busiest = busiestPins([a, b, c, d], now);
    // On 1 December a, b and d are pinned; from 4 December (b over) until 5 December only a and d; then a, c, d.
    expect(busiest.pinned).toEqual([a, b, d]);
    expect(busiest.at).toEqual(now);
    const later = busiestPins([a, c, d, article('2026-12-05', '2026-12-06')], now);
    expect(later.pinned).toHaveLength(4);
    expect(later.at).toEqual(day('2026-12-05'));
  });

  test('ignores drafts, pins that are over and articles without a pin', () => {
    const busiest = busiestPins(
      [article('2026-11-01', '2026-12-10', true), article('2026-11-01', '2026-11-30'), article('2026-11-01')],
      now,
    );
    expect(busiest.pinned).toEqual([]);
  });
});
