import { describe, expect, test } from 'vitest';
import { shareLinks } from '../../../src/lib/share/links.ts';

describe('shareLinks', () => {
  const links = shareLinks({
    url: 'https://example.org/articles/a/?x=1',
    title: 'Iran & Pakistan: a “turn”',
  });
  const href = (id: string) => links.find((l) => l.id === id)?.href ?? '';

  test('offers e-mail, X, Facebook, LinkedIn and WhatsApp, in that order', () => {
    expect(links.map((l) => l.id)).toEqual(['email', 'x', 'facebook', 'linkedin', 'whatsapp']);
  });

  test('puts the encoded URL and title into each site’s own share address', () => {
    const url = encodeURIComponent('https://example.org/articles/a/?x=1');
    const title = encodeURIComponent('Iran & Pakistan: a “turn”');
    expect(href('x')).toBe(`https://x.com/intent/post?text=${title}&url=${url}`);
    expect(href('facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${url}`);
    expect(href('linkedin')).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${url}`);
    expect(new URL(href('whatsapp')).searchParams.get('text')).toBe(
      'Iran & Pakistan: a “turn” https://example.org/articles/a/?x=1',
    );
  });

  test('writes an e-mail with the title as subject and the link in the body', () => {
    const mail = new URL(href('email'));
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe('Iran & Pakistan: a “turn”');
    expect(mail.searchParams.get('body')).toBe(
      'Iran & Pakistan: a “turn”\n\nhttps://example.org/articles/a/?x=1',
    );
  });
});
