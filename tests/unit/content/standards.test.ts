import { describe, expect, test } from 'vitest';
import { editorialStrings } from '../../../src/config/editorial-strings.ts';
import { site } from '../../../src/config/site.ts';
import { kindsOfWork, standardsPages, templateLines } from '../../../src/lib/content/standards.ts';
import { kickerAnchor, routes } from '../../../src/lib/urls/routes.ts';

const settings = {
  publishingPrinciples: 'principles',
  correctionsPolicy: 'corrections',
  ethicsPolicy: 'ethics',
  masthead: 'masthead',
  actionableFeedbackPolicy: 'feedback',
};

describe('standardsPages', () => {
  test('gives the configured pages that exist, in the settings’ order, with their property', () => {
    const pages = [
      { slug: 'masthead', title: 'Masthead', template: true },
      { slug: 'corrections', title: 'Corrections Policy', template: false },
      { slug: 'data-protection', title: 'Data Protection Policy', template: false },
    ];
    expect(standardsPages(settings, pages)).toEqual([
      { property: 'correctionsPolicy', slug: 'corrections', title: 'Corrections Policy', template: false },
      { property: 'masthead', slug: 'masthead', title: 'Masthead', template: true },
    ]);
  });

  test('gives none when no configured page exists', () => {
    expect(standardsPages(settings, [{ slug: 'about', title: 'About', template: false }])).toEqual([]);
  });
});

describe('templateLines', () => {
  test('finds each line holding the template mark, numbered from the first line of the text', () => {
    const body = 'Our editors.\n\nTEMPLATE: name them.\n  TEMPLATE: and their roles.\nDone.';
    expect(templateLines(body)).toEqual([
      { text: 'TEMPLATE: name them.', line: 3 },
      { text: 'TEMPLATE: and their roles.', line: 4 },
    ]);
  });

  test('finds nothing in a completed page, nor in the word “template” written otherwise', () => {
    expect(templateLines('This page was a template once.\n\nNow it is ours.')).toEqual([]);
  });
});

describe('kindsOfWork', () => {
  test('defines every kicker in order, with the anchor an article’s kicker links to', () => {
    const kinds = kindsOfWork(
      ['News', 'Analysis'],
      { Analysis: 'Interprets.', News: 'Reports.' },
      kickerAnchor,
    );
    expect(kinds).toEqual([
      { kicker: 'News', anchor: 'news', definition: 'Reports.' },
      { kicker: 'Analysis', anchor: 'analysis', definition: 'Interprets.' },
    ]);
    expect(routes.typesOfWork('Analysis')).toBe(`types-of-work/#${kinds[1]?.anchor ?? ''}`);
  });

  test('refuses a kicker without a definition, naming it', () => {
    expect(() => kindsOfWork(['News', 'Obituary'], { News: 'Reports.' }, kickerAnchor)).toThrow(
      'the kicker "Obituary" has no definition',
    );
  });
});

describe('the Types of work page’s definitions', () => {
  test('cover every kicker an editor may use', () => {
    expect(kindsOfWork(site.kickers, editorialStrings.kindsOfWork, kickerAnchor)).toHaveLength(
      site.kickers.length,
    );
  });
});
