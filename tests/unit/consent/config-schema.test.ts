import { describe, expect, test } from 'vitest';
import { consent } from '../../../src/config/consent.ts';
import {
  clientConsentConfig,
  parseConsentConfig,
  type ConsentConfigInput,
} from '../../../src/lib/consent/config-schema.ts';

/** A valid configuration with one item per kind of storage, as a base for the bad cases. */
const valid = (): ConsentConfigInput => ({
  revision: 2,
  maxAgeDays: 365,
  storageKey: 'site.consent',
  categories: [
    {
      id: 'necessary',
      name: { en: 'Strictly necessary', ur: 'Strictly necessary (ur)' },
      description: { en: 'Always on.', ur: 'Always on. (ur)' },
    },
    {
      id: 'analytics',
      name: { en: 'Analytics', ur: 'Analytics (ur)' },
      description: { en: 'Counts visits.', ur: 'Counts visits. (ur)' },
    },
    {
      id: 'media',
      name: { en: 'Embedded media', ur: 'Embedded media (ur)' },
      description: { en: 'Loads embeds.', ur: 'Loads embeds. (ur)' },
    },
  ],
  items: [
    {
      name: 'site.consent',
      storage: 'localStorage',
      category: 'necessary',
      provider: { en: 'Site', ur: 'Site (ur)' },
      purpose: { en: 'Your choice.', ur: 'Your choice. (ur)' },
      lifetime: { en: '12 months', ur: '12 months (ur)' },
    },
    {
      name: '_pk_id.*',
      storage: 'cookie',
      category: 'analytics',
      provider: { en: 'Site (Matomo)', ur: 'Site (Matomo) (ur)' },
      purpose: { en: 'Tells visits apart.', ur: 'Tells visits apart. (ur)' },
      lifetime: { en: '13 months', ur: '13 months (ur)' },
    },
  ],
  scripts: [{ category: 'analytics', src: '/stats/script.js', attributes: { 'data-site': '1' } }],
});

describe('the site’s consent configuration', () => {
  test('has strictly necessary, analytics and embedded media, and ships with no analytics script', () => {
    expect(consent.categories.map((category) => category.id)).toEqual(['necessary', 'analytics', 'media']);
    expect(consent.scripts).toEqual([]);
    expect(consent.items.filter((item) => item.category === 'analytics')).toEqual([]);
  });

  test('lets a choice last at most 12 months', () => {
    expect(consent.maxAgeDays).toBeLessThanOrEqual(365);
  });
});

describe('parseConsentConfig', () => {
  test('refuses text a reader sees that is missing in a language of the site', () => {
    const input = valid();
    input.categories[1] = {
      id: 'analytics',
      name: { en: 'Analytics' } as never,
      description: input.categories[1]?.description ?? { en: '', ur: '' },
    };
    expect(() => parseConsentConfig(input)).toThrow('src/config/consent.ts: categories.1.name.ur:');
  });

  test('accepts a complete configuration and defaults missing script attributes', () => {
    const input = valid();
    input.scripts = [{ category: 'media', src: 'https://stats.example/script.js' }];
    expect(parseConsentConfig(input).scripts).toEqual([
      { category: 'media', src: 'https://stats.example/script.js', attributes: {} },
    ]);
  });

  test.each<[string, (config: ConsentConfigInput) => void, string]>([
    [
      'a choice kept longer than 12 months',
      (c) => (c.maxAgeDays = 400),
      'src/config/consent.ts: maxAgeDays: expected at most 365 days',
    ],
    [
      'strictly necessary not first',
      (c) => c.categories.reverse(),
      'src/config/consent.ts: categories.0.id: expected the first category to be "necessary"',
    ],
    [
      'a category listed twice',
      (c) =>
        c.categories.push({
          id: 'media',
          name: { en: 'Again', ur: 'Again (ur)' },
          description: { en: 'Twice.', ur: 'Twice. (ur)' },
        }),
      'src/config/consent.ts: categories.3.id: duplicate category "media"',
    ],
    [
      'an item of an unknown category',
      (c) => Object.assign(c.items[1] ?? {}, { category: 'advertising' }),
      'src/config/consent.ts: items.1.category: unknown category "advertising"; expected one of "necessary", "analytics", "media"',
    ],
    [
      'a script of the strictly necessary category',
      (c) => (c.scripts = [{ category: 'necessary', src: '/x.js' }]),
      'src/config/consent.ts: scripts.0.category: expected an optional category, one of "analytics", "media"',
    ],
    [
      'a script from a plain http address',
      (c) => (c.scripts = [{ category: 'analytics', src: 'http://stats.example/x.js' }]),
      'src/config/consent.ts: scripts.0.src: expected a path starting with "/" or a full https:// address',
    ],
    [
      'no item for the consent record itself',
      (c) => c.items.shift(),
      'src/config/consent.ts: items: expected an item for the consent record itself: name "site.consent"',
    ],
    [
      'an unknown key',
      (c) => Object.assign(c, { cookieName: 'x' }),
      'src/config/consent.ts: Unrecognized key: "cookieName"',
    ],
  ])('rejects %s, naming the file and the field', (_, spoil, message) => {
    const input = valid();
    spoil(input);
    expect(() => parseConsentConfig(input)).toThrow(message);
  });
});

describe('clientConsentConfig', () => {
  test('gives the browser the rules and the optional items only', () => {
    expect(clientConsentConfig(parseConsentConfig(valid()))).toEqual({
      revision: 2,
      maxAgeDays: 365,
      key: 'site.consent',
      categories: ['analytics', 'media'],
      items: [['analytics', 'cookie', '_pk_id.*']],
    });
  });
});
