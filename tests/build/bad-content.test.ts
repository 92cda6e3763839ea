import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { contentCheck as contentCheckIntegration } from '../../src/integrations/content-check.ts';
import { formatProblem } from '../../src/lib/content/rules.ts';
import { contentCheck as contentCheckCommand } from '../../src/tools/content-check.ts';
import { checkContentDir } from '../../src/lib/content/loaders/content-folder.ts';
import { buildSite, sharedFixtureBuild } from '../support/build-site.ts';
import { contentWithFiles, type FileChanges } from '../support/content-fixtures.ts';
import { captureOutput } from '../support/tool-output.ts';

/**
 * Bad content, one mistake at a time, against the one validation that `npm run content:check` and `astro build`
 * share (src/lib/content/validate.ts on the files src/lib/content/loaders/content-folder.ts reads, run by the build's first step, src/integrations/content-check.ts).
 * For every case: the check reports the file and field first; the command prints that same line first and exits
 * 1; the build's first step logs that same line first and stops the build. The cases marked `build` also run the
 * real `astro build` (it stops before Astro reads content, so each costs only Astro's start-up): it exits non-zero,
 * its first error line is that line, and the output folder of an earlier build is left exactly as it was.
 */

/** The front matter of a valid article, field by field, as written in YAML. */
const validFields: Record<string, string> = {
  title: 'A fine article',
  description: 'A fixture article for the bad-content cases.',
  kicker: 'News',
  pubDate: '2024-01-15',
  authors: '[jane-doe]',
  tags: '[world]',
};

/** An article's text: the valid fields with `changes` applied (null removes a field), then the body. */
function article(changes: Record<string, string | null> = {}, body = 'Words of the article.\n'): string {
  const fields = { ...validFields, ...changes };
  const lines = Object.entries(fields).flatMap(([key, value]) =>
    value === null ? [] : [`${key}: ${value}`],
  );
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

interface Case {
  /** What the editor got wrong. */
  name: string;
  changes: FileChanges;
  /** Files of the base content copied to other names first (images an article refers to). */
  copy?: Record<string, string>;
  /** The file (relative to the content folder), the field and part of the message of the first problem. */
  file: string;
  field: string;
  says: string;
  /** Also run the real `astro build`. */
  build?: boolean;
}

const chart = { 'articles/chart.png': 'articles/corrected-analysis/chart.png' };
const hero = { 'articles/hero.png': 'articles/corrected-analysis/hero.png' };

const cases: Case[] = [
  // Each field's type and range.
  {
    name: 'a missing headline',
    changes: { 'articles/bad.md': article({ title: null }) },
    file: 'articles/bad.md',
    field: 'title',
    says: 'expected a headline as text',
  },
  {
    name: 'a headline over 120 characters',
    changes: { 'articles/bad.md': article({ title: 'Long '.repeat(30) }) },
    file: 'articles/bad.md',
    field: 'title',
    says: 'at most 120 characters',
  },
  {
    name: 'an empty dek',
    changes: { 'articles/bad.md': article({ description: "''" }) },
    file: 'articles/bad.md',
    field: 'description',
    says: 'expected a dek (summary), but it is empty',
  },
  {
    name: 'a misspelt kicker',
    changes: { 'articles/bad.md': article({ kicker: 'Analyis' }) },
    file: 'articles/bad.md',
    field: 'kicker',
    says: '(did you mean "Analysis"?)',
  },
  {
    name: 'a date that is not a date',
    changes: { 'articles/bad.md': article({ pubDate: 'last Tuesday' }) },
    file: 'articles/bad.md',
    field: 'pubDate',
    says: 'expected the publication date as a date such as 2024-01-18',
  },
  {
    name: 'an impossible date, which YAML would roll over into the next year',
    changes: { 'articles/bad.md': article({ pubDate: '2024-13-45' }) },
    file: 'articles/bad.md',
    field: 'pubDate',
    says: '2024-13-45 is not a calendar date',
    build: true,
  },
  {
    name: 'an impossible date that would have been in the future, holding the article back unseen',
    changes: { 'articles/bad.md': article({ pubDate: '2026-11-45' }) },
    file: 'articles/bad.md',
    field: 'pubDate',
    says: '2026-11-45 is not a calendar date',
  },
  {
    name: 'an impossible date in a correction',
    changes: {
      'articles/bad.md': article({ corrections: '\n  - date: 2024-02-30\n    text: A fixed error.' }),
    },
    file: 'articles/bad.md',
    field: 'corrections.0.date',
    says: '2024-02-30 is not a calendar date',
  },
  {
    name: 'an update before publication',
    changes: { 'articles/bad.md': article({ updatedDate: '2024-01-01' }) },
    file: 'articles/bad.md',
    field: 'updatedDate',
    says: 'expected a date on or after pubDate',
  },
  {
    name: 'a draft flag that is not true or false',
    changes: { 'articles/bad.md': article({ draft: 'maybe' }) },
    file: 'articles/bad.md',
    field: 'draft',
    says: 'expected true or false',
  },
  {
    name: 'a canonical address that is not a web address',
    changes: { 'articles/bad.md': article({ canonical: 'example.org/original' }) },
    file: 'articles/bad.md',
    field: 'canonical',
    says: 'expected a full web address',
  },
  {
    name: 'a source with a javascript: address',
    changes: {
      'articles/bad.md': article({ sources: "\n  - title: A report\n    url: 'javascript:alert(1)'" }),
    },
    file: 'articles/bad.md',
    field: 'sources.0.url',
    says: 'expected a full web address',
  },
  {
    name: 'no tags',
    changes: { 'articles/bad.md': article({ tags: '[]' }) },
    file: 'articles/bad.md',
    field: 'tags',
    says: 'expected at least 1 tag',
  },
  {
    name: 'nine tags',
    changes: { 'articles/bad.md': article({ tags: `[${Array(9).fill('world').join(', ')}]` }) },
    file: 'articles/bad.md',
    field: 'tags',
    says: 'expected at most 8 tags',
  },
  {
    name: 'an unknown key',
    changes: { 'articles/bad.md': article({ subtitle: 'A second headline' }) },
    file: 'articles/bad.md',
    field: 'front matter',
    says: 'unknown front-matter key "subtitle"',
  },
  {
    name: 'a TODO placeholder left in a field',
    changes: { 'articles/bad.md': article({ description: "'TODO: write the dek'" }) },
    file: 'articles/bad.md',
    field: 'description',
    says: 'still a TODO placeholder',
  },
  {
    name: 'front matter that is not valid YAML',
    changes: { 'articles/bad.md': article({ tags: '[world' }) },
    file: 'articles/bad.md',
    field: 'front matter',
    says: 'not valid YAML',
    build: true,
  },
  // References between files.
  {
    name: 'an unknown author',
    changes: { 'articles/bad.md': article({ authors: '[jane-do]' }) },
    file: 'articles/bad.md',
    field: 'authors',
    says: 'unknown author "jane-do"; expected the slug of a file in content/authors/ (did you mean "jane-doe"?)',
  },
  {
    name: 'an unknown co-author after a known one',
    changes: { 'articles/bad.md': article({ authors: '[jane-doe, omar-khn]' }) },
    file: 'articles/bad.md',
    field: 'authors',
    says: 'unknown author "omar-khn"; expected the slug of a file in content/authors/ (did you mean "omar-khan"?)',
  },
  {
    name: 'an author written as a name, not a slug',
    changes: { 'articles/bad.md': article({ authors: '[Jane Doe]' }) },
    file: 'articles/bad.md',
    field: 'authors.0',
    says: 'expected the slug of an author',
  },
  {
    name: 'an author listed twice',
    changes: { 'articles/bad.md': article({ authors: '[jane-doe, jane-doe]' }) },
    file: 'articles/bad.md',
    field: 'authors',
    says: 'an author is listed twice',
  },
  {
    name: 'five authors',
    changes: { 'articles/bad.md': article({ authors: '[jane-doe, omar-khan, a, b, c]' }) },
    file: 'articles/bad.md',
    field: 'authors',
    says: 'expected at most 4 authors',
  },
  {
    name: 'no author',
    changes: { 'articles/bad.md': article({ authors: '[]' }) },
    file: 'articles/bad.md',
    field: 'authors',
    says: 'expected at least 1 author',
  },
  {
    name: 'an old file’s single author: “author” is now “authors”, and the message says what to write',
    changes: { 'articles/bad.md': article({ authors: null, author: 'jane-doe' }) },
    file: 'articles/bad.md',
    field: 'author',
    says: '"author" is now "authors"; expected authors: [jane-doe]',
    build: true,
  },
  {
    name: 'an unknown tag',
    changes: { 'articles/bad.md': article({ tags: '[politcs]' }) },
    file: 'articles/bad.md',
    field: 'tags',
    says: 'unknown tag "politcs"',
  },
  {
    name: 'a tag listed twice',
    changes: { 'articles/bad.md': article({ tags: '[world, world]' }) },
    file: 'articles/bad.md',
    field: 'tags',
    says: 'a tag is listed twice',
  },
  {
    name: 'an unknown related article',
    changes: { 'articles/bad.md': article({ related: '[frist-article]' }) },
    file: 'articles/bad.md',
    field: 'related',
    says: '(did you mean "first-article"?)',
  },
  {
    name: 'an article related to itself',
    changes: { 'articles/bad.md': article({ related: '[bad]' }) },
    file: 'articles/bad.md',
    field: 'related',
    says: 'the article lists itself',
  },
  {
    name: 'a published article related to a draft',
    changes: { 'articles/bad.md': article({ related: '[draft-article]' }) },
    file: 'articles/bad.md',
    field: 'related',
    says: '"draft-article" is a draft',
  },
  // Series.
  {
    name: 'an unknown series',
    changes: { 'articles/bad.md': article({ series: 'border-dispatchs' }) },
    file: 'articles/bad.md',
    field: 'series',
    says: 'unknown series "border-dispatchs"; expected the slug of a file in content/series/ (did you mean "border-dispatches"?)',
  },
  {
    name: 'a series written as its title, not its slug',
    changes: { 'articles/bad.md': article({ series: 'Border Dispatches' }) },
    file: 'articles/bad.md',
    field: 'series',
    says: 'expected the slug of a series in content/series/',
  },
  {
    name: 'a part number without a series',
    changes: { 'articles/bad.md': article({ seriesPart: '2' }) },
    file: 'articles/bad.md',
    field: 'seriesPart',
    says: 'a part number needs a series',
  },
  {
    name: 'a part number that is not a whole number',
    changes: { 'articles/bad.md': article({ series: 'border-dispatches', seriesPart: 'two' }) },
    file: 'articles/bad.md',
    field: 'seriesPart',
    says: 'expected the part number as a whole number',
  },
  {
    name: 'two articles claiming the same part of a series',
    changes: { 'articles/bad.md': article({ series: 'border-dispatches', seriesPart: '2' }) },
    file: 'articles/bad.md',
    field: 'seriesPart',
    says: 'part 2 of the series "border-dispatches" is also claimed by',
    build: true,
  },
  {
    name: 'a part number beyond the series’ articles',
    changes: { 'articles/bad.md': article({ series: 'border-dispatches', seriesPart: '7' }) },
    file: 'articles/bad.md',
    field: 'seriesPart',
    says: 'expected a part number from 1 to 4: the series "border-dispatches" has 4 articles',
  },
  {
    name: 'a series with no published article (a draft does not count)',
    changes: {
      'series/empty.yaml': 'title: Empty\ndescription: A series nobody wrote.\n',
      'articles/bad.md': article({ series: 'empty', draft: 'true' }),
    },
    file: 'series/empty.yaml',
    field: 'series',
    says: 'no article is published in this series',
    build: true,
  },
  {
    name: 'a series file without a title',
    changes: { 'series/border-dispatches.yaml': 'description: Three parts.\n' },
    file: 'series/border-dispatches.yaml',
    field: 'title',
    says: 'expected the series title as text',
  },
  // Pins.
  {
    name: 'a draft that is pinned',
    changes: { 'articles/bad.md': article({ draft: 'true', pinUntil: '2099-12-31' }) },
    file: 'articles/bad.md',
    field: 'pinUntil',
    says: 'a draft cannot be pinned',
  },
  {
    name: 'a pin that ends before the article is published',
    changes: { 'articles/bad.md': article({ pinUntil: '2024-01-14' }) },
    file: 'articles/bad.md',
    field: 'pinUntil',
    says: 'expected a day on or after pubDate',
  },
  {
    name: 'a pin with a time of day (a pin lasts whole days)',
    changes: { 'articles/bad.md': article({ pinUntil: '2099-12-05T10:00:00Z' }) },
    file: 'articles/bad.md',
    field: 'pinUntil',
    says: 'expected a day such as 2026-12-05, without a time',
  },
  {
    name: 'four articles pinned at once (the fixtures pin two for good)',
    changes: {
      'articles/bad.md': article({ pinUntil: '2099-12-31' }),
      'articles/other-pin.md': article({ title: 'Another pinned article', pinUntil: '2099-06-30' }),
    },
    file: 'articles/bad.md',
    field: 'pinUntil',
    says: '4 articles would be pinned at once on',
    build: true,
  },
  // Key points and datelines.
  {
    name: 'a single key point',
    changes: { 'articles/bad.md': article({ keyPoints: '[Only one point.]' }) },
    file: 'articles/bad.md',
    field: 'keyPoints',
    says: 'expected at least 2 key points (or none)',
  },
  {
    name: 'six key points',
    changes: { 'articles/bad.md': article({ keyPoints: '[One., Two., Three., Four., Five., Six.]' }) },
    file: 'articles/bad.md',
    field: 'keyPoints',
    says: 'expected at most 5 key points',
  },
  {
    name: 'key points written as one paragraph, not a list',
    changes: { 'articles/bad.md': article({ keyPoints: 'One point. Another point.' }) },
    file: 'articles/bad.md',
    field: 'keyPoints',
    says: 'expected a list of 2 to 5 key points, each one sentence',
  },
  {
    name: 'a key point over 200 characters',
    changes: {
      'articles/bad.md': article({ keyPoints: `['${'A point that runs on. '.repeat(10)}', Two.]` }),
    },
    file: 'articles/bad.md',
    field: 'keyPoints.0',
    says: 'at most 200 characters',
  },
  {
    name: 'a dateline over 60 characters',
    changes: { 'articles/bad.md': article({ dateline: `'${'ISLAMABAD AND '.repeat(5)}'` }) },
    file: 'articles/bad.md',
    field: 'dateline.text',
    says: 'at most 60 characters',
  },
  {
    name: 'a misspelt key in the dateline',
    changes: { 'articles/bad.md': article({ dateline: '{ text: GWADAR, plcae: Gwadar }' }) },
    file: 'articles/bad.md',
    field: 'dateline',
    says: 'unknown front-matter key "plcae" (did you mean "place"?)',
  },
  // Search and social overrides.
  {
    name: 'a search title over 70 characters',
    changes: { 'articles/bad.md': article({ seo: `\n  title: '${'A title that runs on '.repeat(4)}'` }) },
    file: 'articles/bad.md',
    field: 'seo.title',
    says: 'expected a search and social title of at most 70 characters',
  },
  {
    name: 'a search description over 200 characters',
    changes: { 'articles/bad.md': article({ seo: `\n  description: '${'Words that go on. '.repeat(12)}'` }) },
    file: 'articles/bad.md',
    field: 'seo.description',
    says: 'of at most 200 characters',
  },
  {
    name: 'a social image without alt text',
    changes: { 'articles/bad.md': article({ seo: '\n  image: ./hero.png' }) },
    copy: hero,
    file: 'articles/bad.md',
    field: 'seo.imageAlt',
    says: 'seo.image needs seo.imageAlt',
  },
  {
    name: 'a social image that does not exist',
    changes: { 'articles/bad.md': article({ seo: '\n  image: ./no-such-card.jpg\n  imageAlt: A card' }) },
    file: 'articles/bad.md',
    field: 'seo.image',
    says: 'there is no file "./no-such-card.jpg" beside',
    build: true,
  },
  {
    name: 'a misspelt key in the overrides',
    changes: { 'articles/bad.md': article({ seo: '\n  tilte: A search title' }) },
    file: 'articles/bad.md',
    field: 'seo',
    says: 'unknown front-matter key "tilte" (did you mean "title"?)',
  },
  // Images.
  {
    name: 'a hero without alt text',
    changes: { 'articles/bad.md': article({ hero: '\n  src: ./hero.png' }) },
    copy: hero,
    file: 'articles/bad.md',
    field: 'hero.alt',
    says: 'expected alt text describing the image',
  },
  {
    name: 'a hero image that does not exist',
    changes: { 'articles/bad.md': article({ hero: '\n  src: ./no-such-hero.png\n  alt: A map' }) },
    file: 'articles/bad.md',
    field: 'hero.src',
    says: 'there is no file "./no-such-hero.png" beside',
    build: true,
  },
  {
    name: 'a hero that is not an image',
    changes: { 'articles/bad.md': article({ hero: '\n  src: ./hero.pdf\n  alt: A map' }) },
    file: 'articles/bad.md',
    field: 'hero.src',
    says: 'expected a JPEG, PNG, WebP, AVIF, GIF or TIFF image',
  },
  {
    name: 'an image in the text without alt text',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\n![](./chart.png)\n') },
    copy: chart,
    file: 'articles/bad.md',
    field: 'body',
    says: 'the image "./chart.png" has no alt text',
  },
  {
    name: 'a reference-style image without alt text',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\n![][map]\n\n[map]: ./chart.png\n') },
    copy: chart,
    file: 'articles/bad.md',
    field: 'body',
    says: 'the image "./chart.png" has no alt text',
  },
  {
    name: 'an HTML image without alt text',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\n<img src="./chart.png">\n') },
    copy: chart,
    file: 'articles/bad.md',
    field: 'body',
    says: 'the image "./chart.png" has no alt text',
  },
  {
    name: 'an image in the text that does not exist',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\n![A chart](./no-such-chart.png)\n') },
    file: 'articles/bad.md',
    field: 'body',
    says: 'the image "./no-such-chart.png" does not exist',
  },
  {
    name: 'a reference image whose definition is missing',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\n![A chart][chart]\n') },
    file: 'articles/bad.md',
    field: 'body',
    says: 'the image reference [chart] has no definition',
  },
  // The text.
  {
    name: 'an article with no text',
    changes: { 'articles/bad.md': article({}, '') },
    file: 'articles/bad.md',
    field: 'body',
    says: 'the article has no text',
    build: true,
  },
  {
    name: 'an article with a heading but no paragraph',
    changes: { 'articles/bad.md': article({}, '## A heading\n') },
    file: 'articles/bad.md',
    field: 'body',
    says: 'the article has no text',
  },
  {
    name: 'a TODO placeholder left in the text',
    changes: { 'articles/bad.md': article({}, 'A paragraph.\n\nTODO: write the ending\n') },
    file: 'articles/bad.md',
    field: 'body',
    says: 'a TODO placeholder is left in the text',
  },
  // File names.
  {
    name: 'two files with one slug: foo.md and foo/index.md',
    changes: { 'articles/first-article/index.md': article() },
    file: 'articles/first-article.md',
    field: 'file name',
    says: 'first-article/index.md; expected each slug once',
    build: true,
  },
  {
    name: 'two files with one slug: foo.md and foo.markdown',
    changes: { 'articles/first-article.markdown': article() },
    file: 'articles/first-article.markdown',
    field: 'file name',
    says: 'first-article.md; expected each slug once',
  },
  {
    name: 'an article in a .markdown file, which Astro’s collections do not read',
    changes: { 'articles/long-read.markdown': article() },
    file: 'articles/long-read.markdown',
    field: 'file name',
    says: 'reads Markdown from .md files only; expected long-read.md',
  },
  {
    name: 'a file name with spaces',
    changes: { 'articles/My article.md': article() },
    file: 'articles/My article.md',
    field: 'file name',
    says: '"My article" is not a valid slug',
  },
  {
    name: 'a file name with capitals',
    changes: { 'articles/Breaking-News.md': article() },
    file: 'articles/Breaking-News.md',
    field: 'file name',
    says: '"Breaking-News" is not a valid slug',
  },
  {
    name: 'a file the build would not read',
    changes: { 'articles/notes.txt': 'Ideas for next week.\n' },
    file: 'articles/notes.txt',
    field: 'file name',
    says: 'this file is not read by the build',
  },
  {
    name: 'an article folder without index.md',
    changes: { 'articles/new-piece/article.md': article() },
    file: 'articles/new-piece',
    field: 'file name',
    says: 'this folder is not read by the build',
  },
  {
    name: 'no articles at all',
    changes: { articles: null },
    file: 'articles',
    field: 'articles',
    says: 'no articles were found',
  },
  // Authors, tags and pages.
  {
    name: 'an author file without a name',
    changes: { 'authors/jane-doe.yaml': 'bio: Writes about diplomacy.\n' },
    file: 'authors/jane-doe.yaml',
    field: 'name',
    says: 'expected the author’s name as text',
  },
  {
    name: 'a javascript: address in an author’s links',
    changes: {
      'authors/jane-doe.yaml':
        "name: Jane Doe\nbio: Writes about diplomacy.\nlinks:\n  - label: Website\n    url: 'javascript:alert(1)'\n",
    },
    file: 'authors/jane-doe.yaml',
    field: 'links.0.url',
    says: 'expected a full web address starting with https://',
  },
  {
    name: 'an author’s job title over 80 characters',
    changes: {
      'authors/jane-doe.yaml': `name: Jane Doe\nbio: Writes about diplomacy.\njobTitle: '${'Senior correspondent '.repeat(5)}'\n`,
    },
    file: 'authors/jane-doe.yaml',
    field: 'jobTitle',
    says: 'at most 80 characters',
  },
  {
    name: 'an author’s subjects written as one text, not a list',
    changes: {
      'authors/jane-doe.yaml': 'name: Jane Doe\nbio: Writes about diplomacy.\nknowsAbout: Diplomacy\n',
    },
    file: 'authors/jane-doe.yaml',
    field: 'knowsAbout',
    says: 'expected a list of subjects, e.g. [Pakistan, Iran]',
  },
  {
    name: 'a misspelt key in an author file',
    changes: {
      'authors/jane-doe.yaml': 'name: Jane Doe\nbio: Writes about diplomacy.\njobtitle: Correspondent\n',
    },
    file: 'authors/jane-doe.yaml',
    field: 'front matter',
    says: 'did you mean "jobTitle"?',
  },
  {
    name: 'a tag file without a description',
    changes: { 'tags/world.yaml': 'name: World\n' },
    file: 'tags/world.yaml',
    field: 'description',
    says: 'expected a one-sentence description',
  },
  {
    name: 'a tag file name with capitals',
    changes: { 'tags/Economy.yaml': 'name: Economy\ndescription: Money and trade.\n' },
    file: 'tags/Economy.yaml',
    field: 'file name',
    says: '"Economy" is not a valid slug',
  },
  {
    name: 'a page whose date does not exist',
    changes: {
      'pages/data-protection.md':
        '---\ntitle: Data Protection Policy\ndescription: How personal data is handled.\nupdatedDate: 2024-02-30\n---\n\nText.\n',
    },
    file: 'pages/data-protection.md',
    field: 'updatedDate',
    says: '2024-02-30 is not a calendar date',
  },
  {
    name: 'a page named like a page of the site itself',
    changes: {
      'pages/series.md':
        '---\ntitle: Our series\ndescription: About our series.\nupdatedDate: 2024-02-01\n---\n\nText.\n',
    },
    file: 'pages/series.md',
    field: 'file name',
    says: '/series/ is a page of the site itself; expected another file name for this page',
  },
];

/** What the build's first step logs (its errors, then its warnings) and whether it stops the build. */
function runBuildStep(dir: string) {
  const logged: string[] = [];
  const warned: string[] = [];
  const logger = {
    error: (line: string) => logged.push(line),
    warn: (line: string) => warned.push(line),
  } as unknown as AstroIntegrationLogger; // the only methods the step calls
  const hook = contentCheckIntegration(dir).hooks['astro:config:setup'] as (options: object) => void;
  let stopped = false;
  try {
    hook({ command: 'build', logger });
  } catch {
    stopped = true;
  }
  return { logged, warned, stopped };
}

/** Every file under a folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path), readFileSync(path, 'base64'));
    }
  return files;
}

/** `astro build` of a content folder into an output folder, as the deploy workflow runs it. */
function astroBuild(contentDir: string, outDir: string) {
  return buildSite(
    { DISPATCH_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    { outDir, cacheDir: join(outDir, '..', 'cache') },
  );
}

/** An earlier build's output: the tests/fixtures/link-check site stands in for it. */
const earlierOutput = 'tests/fixtures/link-check/dispatch-site';

describe('bad content is refused by content:check and by the build, with the same first line', () => {
  test(`covers at least 20 kinds of mistake (${String(cases.length)})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  test.each(cases)('$name', ({ changes, copy, file, field, says, build }) => {
    const dir = contentWithFiles(changes, copy);
    const [first] = checkContentDir(dir).problems;
    expect(first, 'the check found no problem').toBeDefined();
    if (!first) return;
    expect(relative(dir, first.file)).toBe(file);
    expect(first.field).toBe(field);
    expect(first.message).toContain(says);
    const line = formatProblem(first);

    const { out, err, context } = captureOutput();
    expect(contentCheckCommand([dir], context.out, context.err)).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toBe(line);

    const step = runBuildStep(dir);
    expect(step.stopped).toBe(true);
    expect(step.logged[0]).toBe(line);

    if (!build) return;
    const work = mkdtempSync(join(tmpdir(), 'dispatch-bad-build-'));
    const outDir = join(work, 'dist');
    cpSync(earlierOutput, outDir, { recursive: true });
    const before = snapshot(outDir);
    const { status, output } = astroBuild(dir, outDir);
    expect(status).not.toBe(0);
    const firstError = output.split('\n').find((text) => /error/i.test(text));
    // The problem's line names the file and field (asserted above), and it is the first error the build prints.
    expect(firstError).toContain(`[ERROR] [dispatch:content-check] ${line}`);
    expect(snapshot(outDir)).toEqual(before);
  });
});

describe('content that deserves a warning, never a failure', () => {
  test('a pin that is over is a warning of the check and of the build, which goes on', () => {
    const dir = contentWithFiles({ 'articles/old-pin.md': article({ pinUntil: '2024-01-31' }) });
    const { problems, warnings } = checkContentDir(dir, new Date('2024-06-01'));
    expect(problems).toEqual([]);
    const old = warnings.find((w) => w.file.endsWith('old-pin.md'));
    expect(old && formatProblem(old)).toBe(
      `${join(dir, 'articles/old-pin.md')}:8: pinUntil: the pin ended with 2024-01-31, so the article is no longer pinned; expected a day still to come, or no pinUntil`,
    );
    const step = runBuildStep(dir);
    expect(step.stopped).toBe(false);
    expect(step.logged).toEqual([]);
    expect(step.warned).toContain(old && formatProblem(old));
  });

  test('a standards page still holding template text is a warning at each such line, and the build goes on', () => {
    const page =
      '---\ntitle: Masthead\ndescription: Who edits the site.\nupdatedDate: 2024-02-01\n---\n\nOur editors.\n\nTEMPLATE: name the editors.\n';
    const dir = contentWithFiles({ 'pages/masthead.md': page });
    const { problems, warnings } = checkContentDir(dir, new Date('2024-06-01'));
    expect(problems).toEqual([]);
    const onPage = warnings.filter((w) => w.file.endsWith('masthead.md')).map(formatProblem);
    expect(onPage).toEqual([
      `${join(dir, 'pages/masthead.md')}:9: body: template text is left ("TEMPLATE: name the editors."); expected the publication’s own words before launch`,
    ]);
    const step = runBuildStep(dir);
    expect(step).toMatchObject({ logged: [], stopped: false });
    for (const warning of onPage) expect(step.warned).toContain(warning);
  });
});

describe('content that looks wrong but is right', () => {
  // An article that quotes `<img src="banner.png">` and `<img src="">` in code: text, not images without alt text.
  // It is one of the articles of the build tests' fixture site (tests/support/build-site.ts).
  const quotingHtml = readFileSync('tests/fixtures/publishing/articles/quoting-html.md', 'utf8');

  test('an <img> quoted in code passes the check', () => {
    const dir = contentWithFiles({ 'articles/quoting-html.md': quotingHtml });
    expect(checkContentDir(dir).problems.map(formatProblem)).toEqual([]);
    expect(runBuildStep(dir)).toMatchObject({ logged: [], stopped: false });
  });

  test('is published by the build, the quoted HTML shown as code', () => {
    const { status, output, distDir } = sharedFixtureBuild();
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    const page = readFileSync(join(distDir, 'articles/quoting-html/index.html'), 'utf8');
    expect(page).toContain('<code>&#x3C;img src="banner.png"></code>');
    expect(page).not.toMatch(/<img src="(?:banner\.png)?">/);
  });
});
