import { describe, expect, test } from 'vitest';
import { bodyImages, hasParagraph, isLocalImage } from '../../../src/lib/markdown/body.ts';

describe('bodyImages', () => {
  test('finds Markdown, reference-style and HTML images with their alt text and line', () => {
    const body = [
      'A paragraph.', // 1
      '',
      '![A map](./map.png "The border")', // 3
      '',
      '![][chart]', // 5
      '',
      '<p><img src="./photo.jpg" alt=" "></p>', // 7
      '',
      '[chart]: ./chart.png',
    ].join('\n');
    expect(bodyImages(body)).toEqual([
      { src: './map.png', alt: 'A map', line: 3 },
      { src: './chart.png', alt: '', line: 5 },
      { src: './photo.jpg', alt: '', line: 7 },
    ]);
  });

  test('treats <img> and image syntax in code spans and code blocks as text', () => {
    const body =
      'Write `<img src="a.png">` or `![](b.png)`:\n\n```html\n<img src="c.png">\n```\n\n    ![](d.png)\n';
    expect(bodyImages(body)).toEqual([]);
  });

  test('reports a reference image whose definition is missing, which would be printed as text', () => {
    expect(bodyImages('Text.\n\n![The map][map]\n')).toEqual([
      { src: '', alt: 'The map', line: 3, undefinedReference: 'map' },
    ]);
  });

  test('finds an HTML image on a later line of an HTML block', () => {
    expect(bodyImages('<figure>\n<img src="x.png">\n</figure>\n')).toEqual([
      { src: 'x.png', alt: '', line: 2 },
    ]);
  });
});

describe('hasParagraph', () => {
  test.each([
    ['Hello world.\n', true],
    ['یہ ایک پیراگراف ہے۔\n', true],
    ['> A quotation with words.\n', true],
    ['1. A numbered item\n', true],
    ['**Bold** opening.\n', true],
  ])('%j → %s', (body, expected) => {
    expect(hasParagraph(body)).toBe(expected);
  });

  test.each([
    '',
    '\n\n',
    '## Only a heading\n',
    'A setext heading\n=====\n',
    '```\nonly code\n```\n',
    '    indented code\n',
    '<!-- a comment -->\n',
    '![An image alone](./x.png)\n',
    '---\n',
  ])('no paragraph in %j', (body) => {
    expect(hasParagraph(body)).toBe(false);
  });
});

describe('isLocalImage', () => {
  test('is true for a file beside the article, false for web addresses, site paths and nothing', () => {
    expect(isLocalImage('./chart.png')).toBe(true);
    expect(isLocalImage('chart.png')).toBe(true);
    expect(isLocalImage('https://example.org/a.png')).toBe(false);
    expect(isLocalImage('data:image/png;base64,AAAA')).toBe(false);
    expect(isLocalImage('/logo.png')).toBe(false);
    expect(isLocalImage('')).toBe(false);
  });
});
