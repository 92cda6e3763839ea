/**
 * The consent script, on every page: it reads the stored choice and the Global Privacy Control signal and
 * shows the banner only when it must ask (the banner is `hidden` in the HTML, so a reader who already chose
 * never sees it, and without JavaScript nobody does); it shows the controls that need it, answers
 * `window.dispatchConsent.get()`, and announces the consent with `consent:change` once it has read it.
 * Everything else is done by src/lib/consent/consent-actions.ts, loaded only when there is something to do: a
 * choice, the settings, an embed to load, gated scripts or embeds of a granted category on the page, or
 * something a refused category may have stored to delete. A first visit loads no more than this until the
 * reader acts. Budget: 1.5 KB gzip, loading nothing else until then (see README.md, "Cookie consent").
 */
import type { ClientConsentConfig } from './config-schema.ts';
import { decide } from './state-machine.ts';
import type { ConsentAction, ConsentState } from './script-api.ts';
import { consentStorage } from './storage.ts';
// Vite bundles consent-actions.ts on its own and gives its address without loading it (`?worker&url`; it
// runs here as a module script, not a worker): a dynamic import() would cost every page Vite's 1.7 KB
// preload helper.
import actionsScript from './consent-actions.ts?worker&url';

const banner = document.getElementById('consent-banner');

if (banner) {
  const config = JSON.parse(banner.dataset['config'] ?? '') as ClientConsentConfig;
  const store = consentStorage();
  const first = decide(
    store?.getItem(config.key) ?? null,
    config,
    Date.now(),
    navigator.globalPrivacyControl === true,
  );
  if (first.stale) store?.removeItem(config.key);
  const state: ConsentState = {
    granted: first.granted,
    source: first.ask ? 'none' : first.reason === 'gpc' ? 'gpc' : 'choice',
  };
  let actions: Promise<unknown> | undefined;

  /** Loads consent-actions.ts once, then hands it `action` (it takes over window.dispatchConsent on load). */
  const act = (action?: ConsentAction) => {
    actions ??= new Promise((loaded, failed) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = actionsScript;
      script.onload = loaded;
      script.onerror = failed;
      document.head.append(script);
    });
    void actions.then(() => {
      if (action) document.dispatchEvent(new CustomEvent('consent:action', { detail: action }));
    });
  };

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-consent-action]') : null;
    if (button) act({ name: button.getAttribute('data-consent-action') ?? '', button });
  });
  // Controls that only work with this script (the footer's "Cookie settings", the embeds' buttons).
  for (const control of document.querySelectorAll<HTMLElement>('[data-consent-js]')) control.hidden = false;
  window.dispatchConsent = {
    get: () => state,
    open: () => {
      act({ name: 'settings' });
    },
  };
  // While the banner shows, the page keeps its height free: focus and scrolling stop above it (WCAG 2.4.11).
  new ResizeObserver(() => {
    // Rounded up: offsetHeight rounds, and a pixel's fraction left over would let focus land under the banner.
    const height = Math.ceil(banner.getBoundingClientRect().height);
    document.documentElement.style.setProperty('--consent-banner-height', `${height}px`);
  }).observe(banner);
  banner.hidden = !first.ask;
  document.dispatchEvent(new CustomEvent('consent:change', { detail: state }));
  // Now, only if the consent in force has something to do on this page: gated scripts (data-consent) or
  // embeds to load, or items of a refused category to delete.
  if (
    (state.granted.length > 0 && document.querySelector('[data-consent], [data-consent-embed]')) ||
    config.items.some(([category]) => !state.granted.includes(category))
  )
    act();
}
