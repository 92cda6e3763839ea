/**
 * Share links that need no script from the sites they share to: each is a plain URL that opens the site's
 * own share form. Pure.
 */

export interface ShareLink {
  /** The site's name, shown as the link text. */
  name: string;
  href: string;
}

/** The share links for a page, e-mail first. */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const q = encodeURIComponent;
  return [
    { name: 'Email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n\n${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${q(`${title} ${url}`)}` },
  ];
}
