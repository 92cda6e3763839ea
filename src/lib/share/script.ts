/**
 * Progressive enhancement of the share links (src/components/ShareLinks.astro): where the browser can,
 * show a button for the system share sheet (Web Share API) and one that copies the link. Bundled by Astro
 * into a file under /_astro/, so the Content-Security-Policy allows it as 'self'.
 */
export function enhanceShareLinks(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const url = box.dataset['url'] ?? location.href;
    const title = box.dataset['title'] ?? document.title;
    const status = box.querySelector('[role="status"]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };

    const native = box.querySelector<HTMLElement>('[data-share-native]');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.querySelector('button')?.addEventListener('click', () => {
        // A reader who closes the share sheet rejects the promise: that is not an error.
        navigator.share({ title, url }).catch(() => undefined);
      });
    }

    const copy = box.querySelector<HTMLElement>('[data-share-copy]');
    // navigator.clipboard is missing on pages not served over HTTPS (the DOM types say otherwise).
    if (copy && 'clipboard' in navigator) {
      copy.hidden = false;
      copy.querySelector('button')?.addEventListener('click', () => {
        navigator.clipboard.writeText(url).then(
          () => {
            say(box.dataset['copied'] ?? '');
          },
          () => {
            say(box.dataset['copyFailed'] ?? '');
          },
        );
      });
    }
  }
}
