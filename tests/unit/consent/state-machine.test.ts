import { describe, expect, test } from 'vitest';
import {
  choose,
  cookieDomains,
  decide,
  matchesName,
  parseRecord,
  type ConsentRecord,
  type ConsentRules,
} from '../../../src/lib/consent/state-machine.ts';

const DAY = 86_400_000;
const rules: ConsentRules = { revision: 3, maxAgeDays: 365, categories: ['analytics', 'media'] };
const now = Date.UTC(2025, 5, 1, 12);

/** A stored record as the browser would keep it. */
const stored = (record: Partial<ConsentRecord> = {}): string =>
  JSON.stringify({ v: 1, rev: 3, at: now - DAY, granted: ['analytics'], gpc: false, ...record });

describe('decide', () => {
  test('asks on a first visit, with nothing granted and nothing to remove', () => {
    expect(decide(null, rules, now, false)).toEqual({ ask: true, granted: [], reason: 'none', stale: false });
    expect(decide('', rules, now, false).ask).toBe(true);
  });

  test('does not ask again after Accept all, and grants every optional category', () => {
    const record = JSON.stringify(choose('all', rules, now, false));
    expect(decide(record, rules, now + DAY, false)).toEqual({
      ask: false,
      granted: ['analytics', 'media'],
      reason: 'choice',
      stale: false,
    });
  });

  test('does not ask again after Reject all, and grants nothing', () => {
    const record = JSON.stringify(choose('none', rules, now, false));
    expect(decide(record, rules, now + DAY, false)).toEqual({
      ask: false,
      granted: [],
      reason: 'choice',
      stale: false,
    });
  });

  test('keeps a partial choice as made', () => {
    const record = JSON.stringify(choose(['media'], rules, now, false));
    expect(decide(record, rules, now, false).granted).toEqual(['media']);
  });

  test('asks again when the policy revision changed, and marks the old record for removal', () => {
    const decision = decide(stored({ rev: 2 }), rules, now, false);
    expect(decision).toEqual({ ask: true, granted: [], reason: 'revision', stale: true });
  });

  test('keeps a choice for the whole maximum age and asks again just after it', () => {
    const at = now - 365 * DAY;
    expect(decide(stored({ at }), rules, now, false).reason).toBe('choice');
    expect(decide(stored({ at: at - 1 }), rules, now, false)).toEqual({
      ask: true,
      granted: [],
      reason: 'expired',
      stale: true,
    });
  });

  test('expires by the configured age when it is shorter than a year', () => {
    const shorter = { ...rules, maxAgeDays: 180 };
    expect(decide(stored({ at: now - 181 * DAY }), shorter, now, false).reason).toBe('expired');
    expect(decide(stored({ at: now - 179 * DAY }), shorter, now, false).reason).toBe('choice');
  });

  test('with GPC on and no choice, grants nothing without asking', () => {
    expect(decide(null, rules, now, true)).toEqual({ ask: false, granted: [], reason: 'gpc', stale: false });
  });

  test('with GPC on, overrides an earlier acceptance made without the signal', () => {
    expect(decide(stored({ granted: ['analytics', 'media'] }), rules, now, true)).toEqual({
      ask: false,
      granted: [],
      reason: 'gpc',
      stale: false,
    });
  });

  test('with GPC on, keeps a choice the reader made in the settings under the signal', () => {
    const record = JSON.stringify(choose(['media'], rules, now, true));
    expect(decide(record, rules, now, true)).toEqual({
      ask: false,
      granted: ['media'],
      reason: 'choice',
      stale: false,
    });
  });

  test('with GPC on, does not ask about an outdated choice but removes it', () => {
    expect(decide(stored({ rev: 1 }), rules, now, true)).toEqual({
      ask: false,
      granted: [],
      reason: 'gpc',
      stale: true,
    });
  });

  test('ignores granted categories the configuration no longer has', () => {
    const decision = decide(stored({ granted: ['advertising', 'media', 'media'] }), rules, now, false);
    expect(decision.granted).toEqual(['media']);
  });

  test.each([
    ['text that is not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a bare value', 'true'],
    ['an array', '[1,3]'],
    ['another site’s value under the key', JSON.stringify({ theme: 'dark' })],
    ['a later format', stored({ v: 2 } as unknown as Partial<ConsentRecord>)],
    ['a revision that is not a whole number', stored({ rev: '3' } as unknown as Partial<ConsentRecord>)],
    ['a time that is not a number', stored({ at: '2025-05-31' } as unknown as Partial<ConsentRecord>)],
    [
      'granted categories that are not a list',
      stored({ granted: 'analytics' } as unknown as Partial<ConsentRecord>),
    ],
    ['granted categories that are not names', stored({ granted: [1] } as unknown as Partial<ConsentRecord>)],
    ['a missing GPC flag', JSON.stringify({ v: 1, rev: 3, at: now, granted: [] })],
    ['a time more than a day ahead', stored({ at: now + 2 * DAY })],
  ])('treats %s as no choice, without throwing', (_, raw) => {
    expect(parseRecord(raw, now)).toBeUndefined();
    expect(decide(raw, rules, now, false)).toEqual({ ask: true, granted: [], reason: 'none', stale: false });
  });
});

describe('choose', () => {
  test('records every category, the revision, the time and the GPC signal for Accept all', () => {
    expect(choose('all', rules, now, false)).toEqual({
      v: 1,
      rev: 3,
      at: now,
      granted: ['analytics', 'media'],
      gpc: false,
    });
  });

  test('records no category for Reject all', () => {
    expect(choose('none', rules, now, true)).toMatchObject({ granted: [], gpc: true });
  });

  test('keeps only known categories of a partial choice, in the configured order', () => {
    expect(choose(['media', 'advertising', 'analytics'], rules, now, false).granted).toEqual([
      'analytics',
      'media',
    ]);
  });

  test('gives a record that reads back as the same choice', () => {
    const record = choose(['analytics'], rules, now, false);
    expect(parseRecord(JSON.stringify(record), now)).toEqual(record);
  });
});

describe('matchesName', () => {
  test('matches a plain name exactly', () => {
    expect(matchesName('_ga', '_ga')).toBe(true);
    expect(matchesName('_ga', '_gat')).toBe(false);
  });

  test('matches any ending after a final star', () => {
    expect(matchesName('_pk_id.*', '_pk_id.1.a1b2')).toBe(true);
    expect(matchesName('_pk_id.*', '_pk_ses.1.a1b2')).toBe(false);
  });
});

describe('cookieDomains', () => {
  test('lists a host-only cookie first, then the host and each parent domain above the top level', () => {
    expect(cookieDomains('www.dispatch.example')).toEqual([
      undefined,
      'www.dispatch.example',
      'dispatch.example',
    ]);
  });

  test('gives only a host-only cookie for localhost and IP addresses', () => {
    expect(cookieDomains('localhost')).toEqual([undefined]);
    expect(cookieDomains('127.0.0.1')).toEqual([undefined]);
    expect(cookieDomains('::1')).toEqual([undefined]);
  });
});
