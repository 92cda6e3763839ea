import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { isCalendarDate } from '../../../src/lib/content/schema.ts';
import { dateFromYamlText, yamlWithTextDates } from '../../../src/lib/content/yaml.ts';

describe('yamlWithTextDates', () => {
  test('keeps dates as the text written, where the default schema rolls an impossible one over', () => {
    const text = 'pubDate: 2024-02-30\ntags: [a, b]\ndraft: true\ncount: 3';
    expect((yaml.load(text) as { pubDate: Date }).pubDate.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(yaml.load(text, { schema: yamlWithTextDates })).toEqual({
      pubDate: '2024-02-30',
      tags: ['a', 'b'],
      draft: true,
      count: 3,
    });
  });
});

describe('dateFromYamlText', () => {
  test('reads a date and a date-time as js-yaml reads them unquoted', () => {
    for (const text of [
      '2024-01-18',
      '2024-01-18T09:30:00Z',
      '2024-01-18 09:30:00',
      '2024-01-18T09:30:00+05:00',
    ])
      expect(dateFromYamlText(text)).toEqual(yaml.load(text));
  });

  test('gives undefined for text that is not a YAML date', () => {
    expect(dateFromYamlText('18 January 2024')).toBeUndefined();
    expect(dateFromYamlText('2024/01/18')).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  test.each(['2024-01-18', '2024-02-29', '2024-12-31T23:59:59Z', 'not a date at all'])(
    'accepts %s',
    (text) => {
      expect(isCalendarDate(text)).toBe(true);
    },
  );
  test.each(['2024-02-30', '2023-02-29', '2024-13-45', '2024-00-10', '2024-04-31', '2024-01-18T24:00:00Z'])(
    'refuses %s',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});
