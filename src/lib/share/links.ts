/**
 * Share links that need no script from the sites they share to: each is a plain URL that opens the site's
 * own share form. Pure.
 */

export interface ShareLink {
  /** Which site: its name, in the page's language, is the dictionary's `share.<id>` (src/lib/i18n/). */
  id: 'email' | 'x' | 'facebook' | 'linkedin' | 'whatsapp';
  href: string;
}

/** The share links for a page, e-mail first. */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const q = encodeURIComponent;
  return [
    { id: 'email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n\n${url}`)}` },
    { id: 'x', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { id: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { id: 'whatsapp', href: `https://wa.me/?text=${q(`${title} ${url}`)}` },
  ];
}
