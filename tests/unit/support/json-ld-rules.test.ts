import { describe, expect, test } from 'vitest';
import { jsonLdOf, jsonLdProblems, schemaOrgVocabulary } from '../../support/json-ld-rules.ts';

const vocabulary = schemaOrgVocabulary();

const article = {
  '@context': 'https://schema.org',
  '@type': 'AnalysisNewsArticle',
  headline: 'A headline',
  image: ['https://example.org/share.png'],
  datePublished: '2024-01-18T00:00:00.000Z',
  dateModified: '2024-01-21T00:00:00.000Z',
  author: [{ '@type': 'Person', name: 'Ann', url: 'https://example.org/authors/ann/' }],
  dateline: 'ISLAMABAD',
  contentLocation: { '@type': 'Place', name: 'Islamabad, Pakistan' },
  correction: [{ '@type': 'CorrectionComment', text: 'Fixed.', datePublished: '2024-01-21T00:00:00.000Z' }],
};

describe('schemaOrgVocabulary', () => {
  test('knows schema.org’s types and properties, the trust signals among them', () => {
    for (const type of ['ReportageNewsArticle', 'CorrectionComment', 'ProfilePage', 'NewsMediaOrganization'])
      expect(vocabulary.types).toContain(type);
    for (const property of ['dateline', 'correction', 'actionableFeedbackPolicy', 'knowsAbout', 'abstract'])
      expect(vocabulary.properties).toContain(property);
    expect(vocabulary.types).not.toContain('NewsStory');
  });
});

describe('jsonLdProblems', () => {
  test('passes an article that keeps every rule', () => {
    expect(jsonLdProblems(article, vocabulary)).toEqual([]);
  });

  test('names an unknown type and a misspelt property, however deep', () => {
    const bad = { ...article, datline: 'X', contentLocation: { '@type': 'Town', name: 'Gwadar' } };
    expect(jsonLdProblems(bad, vocabulary)).toEqual([
      '$.contentLocation.@type: "Town" is not a schema.org type',
      '$.datline: "datline" is not a schema.org property',
    ]);
  });

  test('names what Google needs of an article: an author with a name and page, a date with a time zone', () => {
    const bad = {
      ...article,
      datePublished: '2024-01-18',
      author: [{ '@type': 'Person', name: 'Ann', url: '/authors/ann/' }],
    };
    expect(jsonLdProblems(bad, vocabulary)).toEqual([
      '$.datePublished: expected an ISO 8601 date and time with a time zone',
      '$.author[0].url: expected an absolute URL',
      '$.author[0].url: AnalysisNewsArticle needs an author page URL',
    ]);
  });

  test('names a correction without a date and breadcrumbs out of order', () => {
    const correction = { ...article, correction: [{ '@type': 'CorrectionComment', text: 'Fixed.' }] };
    expect(jsonLdProblems(correction, vocabulary)).toEqual([
      '$.correction[0].datePublished: CorrectionComment needs its date',
    ]);
    const crumbs = {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 2, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Here' },
      ],
    };
    expect(jsonLdProblems(crumbs, vocabulary)).toEqual([
      '$.itemListElement[0].position: BreadcrumbList needs position 1',
    ]);
  });

  test('names a profile page without its person, and a missing context', () => {
    const noContext = { '@type': 'ProfilePage', mainEntity: { '@type': 'Person' } };
    expect(jsonLdProblems(noContext, vocabulary)).toEqual([
      '$.@context: expected "https://schema.org"',
      '$.mainEntity.name: Person needs a name',
      '$.mainEntity: ProfilePage needs a Person or Organization with a name',
    ]);
  });
});

describe('jsonLdOf', () => {
  test('parses each JSON-LD script of a page', () => {
    const html =
      '<script type="application/ld+json">{"@type":"WebSite"}</script><script>x</script><script type="application/ld+json">{"@type":"Person"}</script>';
    expect(jsonLdOf(html)).toEqual([{ '@type': 'WebSite' }, { '@type': 'Person' }]);
  });
});
