/**
 * The consent script: a thin browser wrapper around the state machine of src/lib/consent.ts. It reads the
 * stored choice and the Global Privacy Control signal, shows the banner only when it must ask (the banner
 * is `hidden` in the HTML, so a reader who already chose never sees it, and without JavaScript nobody
 * does), activates `<script type="text/plain" data-consent="…">` and click-to-load embeds of granted
 * categories, deletes what refused categories stored, and announces every change as `consent:change`.
 * Gated scripts run once each, strictly in document order: a script with src is awaited until it has loaded
 * or failed before the next is activated, and one that fails to load or throws does not stop the rest.
 * The settings dialog and its own script (src/scripts/consent-settings.ts) are on the Data Protection Policy
 * page only: elsewhere they are fetched from there when the reader first opens the settings, so that no page
 * carries them unasked. This script asks for them with a `consent:settings` event once they are on the page.
 * Budget: 2.5 KB gzip, loading nothing else until the settings are opened (see README.md, "Cookie consent").
 */
import type { ClientConsentConfig } from '../lib/consent-config.ts';
import { choose, cookieDomains, decide, matchesName, type ConsentChoice } from '../lib/consent.ts';
import { runInOrder } from '../lib/run-in-order.ts';
import type { ConsentState } from './consent-api.ts';

/** localStorage, or undefined where the browser refuses it (then no choice is remembered). */
function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Deletes a cookie under every domain it may have been set for (path "/"). */
function deleteCookie(name: string): void {
  for (const domain of cookieDomains(location.hostname))
    document.cookie = `${name}=; max-age=0; path=/${domain ? `; domain=${domain}` : ''}`;
}

/**
 * Runs a gated script by putting a live copy in its place (so that the element cannot be found again); for a
 * script with src, the promise settles when it has loaded or failed. An inline script runs at once.
 */
function activate(gated: HTMLScriptElement): Promise<unknown> | undefined {
  const script = document.createElement('script');
  for (const { name, value } of gated.attributes)
    if (name !== 'type' && name !== 'data-consent') script.setAttribute(name, value);
  script.text = gated.text;
  const settled = script.src
    ? new Promise((done) => {
        script.onload = script.onerror = done;
      })
    : undefined;
  gated.replaceWith(script);
  return settled;
}

/** Puts an embed's iframe in place of its placeholder, once. */
function load(embed: Element): void {
  const template = embed.querySelector('template');
  if (template && !embed.querySelector('iframe')) template.before(template.content.cloneNode(true));
  embed.setAttribute('data-loaded', '');
}

/** Removes an embed's iframe and shows its placeholder again. */
function unload(embed: Element): void {
  embed.querySelector('iframe')?.remove();
  embed.removeAttribute('data-loaded');
}

/**
 * Makes sure the settings dialog and its script are on the page: on the policy page they are; elsewhere the
 * dialog is cut from the policy page (`policy`) and put after `after`, and its script runs once loaded. Only
 * the dialog is parsed: the rest of that page, its styles included, would break this page's policy.
 */
async function fetchSettings(after: Element, policy: string): Promise<void> {
  if (document.getElementById('consent-settings')) return;
  const page = await (await fetch(policy)).text();
  const start = page.indexOf('<dialog id="consent-settings"');
  // Unlike innerHTML, a contextual fragment's scripts run when it is put in the page.
  const dialog = document
    .createRange()
    .createContextualFragment(start < 0 ? '' : page.slice(start, page.indexOf('</dialog>', start) + 9));
  const script = dialog.querySelector('script');
  if (!script) throw new Error(`no cookie settings at ${policy}`);
  await new Promise((loaded, failed) => {
    script.onload = loaded;
    script.onerror = failed;
    after.after(dialog);
  });
}

function start(banner: HTMLElement): void {
  const config = JSON.parse(banner.dataset['config'] ?? '') as ClientConsentConfig;
  const gpc = navigator.globalPrivacyControl === true;
  const store = storage();
  const first = decide(store?.getItem(config.key) ?? null, config, Date.now(), gpc);
  if (first.stale) store?.removeItem(config.key);
  let state: ConsentState = { granted: [], source: 'none' };
  // The banner's one link goes to the Data Protection Policy, the page that holds the settings dialog.
  const policy = banner.querySelector('a')?.href ?? '/';
  let settings: Promise<void> | undefined;
  // Gated scripts of granted categories, one at a time in document order, each src script awaited: an inline
  // script inserted by the DOM runs at once, so `async = false` alone would run it before a library above it.
  // The list is read again before each, so a withdrawal stops the ones not yet run (src/lib/run-in-order.ts).
  const runGated = runInOrder(
    () =>
      [...document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-consent]')].filter(
        (gated) => state.granted.includes(gated.dataset['consent'] ?? ''),
      ),
    activate,
  );

  function apply(granted: readonly string[], source: ConsentState['source']): void {
    const before = state.granted;
    state = { granted, source };
    void runGated();
    for (const embed of document.querySelectorAll('[data-consent-embed]')) {
      const category = embed.getAttribute('data-consent-embed') ?? '';
      if (granted.includes(category)) load(embed);
      else if (before.includes(category)) unload(embed);
    }
    // What a refused category may have stored goes, whether it was just withdrawn or never granted.
    for (const [category, kind, pattern] of config.items) {
      if (granted.includes(category)) continue;
      const names =
        kind === 'cookie'
          ? document.cookie.split('; ').map((pair) => pair.split('=')[0] ?? '')
          : Object.keys(store ?? {});
      for (const name of names)
        if (matchesName(pattern, name)) {
          if (kind === 'cookie') deleteCookie(name);
          else store?.removeItem(name);
        }
    }
    document.dispatchEvent(new CustomEvent('consent:change', { detail: state }));
  }

  function save(choice: ConsentChoice): void {
    const record = choose(choice, config, Date.now(), gpc);
    try {
      store?.setItem(config.key, JSON.stringify(record));
    } catch {
      // Storage full or refused: the choice holds for this page only.
    }
    const main = document.getElementById('main');
    // A choice made in the banner hides it: focus moves on to the page rather than being lost.
    if (banner.contains(document.activeElement)) main?.focus({ preventScroll: true });
    banner.hidden = true;
    apply(record.granted, 'choice');
  }

  function open(): void {
    settings ??= fetchSettings(banner, policy);
    settings.then(
      () => document.dispatchEvent(new Event('consent:settings')),
      // Without the dialog (offline?), the reader goes to the policy page, where it is part of the page.
      () => {
        location.assign(policy);
      },
    );
  }

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-consent-action]') : null;
    const action = button?.getAttribute('data-consent-action');
    const embed = button?.closest('[data-consent-embed]');
    if (action === 'accept') save('all');
    else if (action === 'reject') save('none');
    else if (action === 'save')
      save(
        [...document.querySelectorAll<HTMLInputElement>('#consent-settings :checked')].map(
          (input) => input.name,
        ),
      );
    else if (action === 'settings') open();
    else if (embed) {
      if (action === 'always') save([...state.granted, embed.getAttribute('data-consent-embed') ?? '']);
      else load(embed);
      embed.querySelector('iframe')?.focus();
    }
  });

  // Controls that only work with this script (the footer's "Cookie settings", the embeds' buttons).
  for (const control of document.querySelectorAll<HTMLElement>('[data-consent-js]')) control.hidden = false;
  window.dispatchConsent = { get: () => state, open };
  // While the banner shows, the page keeps its height free: focus and scrolling stop above it (WCAG 2.4.11).
  new ResizeObserver(() => {
    // Rounded up: offsetHeight rounds, and a fraction of a pixel left over would let focus land under the banner.
    const height = Math.ceil(banner.getBoundingClientRect().height);
    document.documentElement.style.setProperty('--consent-banner-height', `${height}px`);
  }).observe(banner);
  banner.hidden = !first.ask;
  apply(first.granted, first.ask ? 'none' : first.reason === 'gpc' ? 'gpc' : 'choice');
}

const banner = document.getElementById('consent-banner');
if (banner) start(banner);
