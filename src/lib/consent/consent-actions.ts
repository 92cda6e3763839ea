/**
 * What the consent does, loaded by the consent script (src/lib/consent/script.ts) only when there is something
 * to do; it takes over `window.dispatchConsent` and handles the actions that script hands it
 * (`consent:action`). It activates `<script type="text/plain" data-consent="…">` and click-to-load embeds of
 * granted categories, deletes what refused categories stored, saves a choice and announces it as
 * `consent:change`, and opens the settings dialog. Gated scripts run once each, strictly in document order: a
 * script with src is awaited until it has loaded or failed before the next is activated, and one that fails
 * to load or throws does not stop the rest. The settings dialog is on the Data Protection Policy page only:
 * elsewhere it is fetched from there, with its stylesheet, when the reader first opens it.
 */
import type { ClientConsentConfig } from './config-schema.ts';
import { choose, cookieDomains, matchesName, type ConsentChoice } from './state-machine.ts';
import { runInOrder } from './run-in-order.ts';
import settingsStylesheet from '../../styles/consent-settings.css?url';
import type { ConsentState } from './script-api.ts';
import { consentStorage } from './storage.ts';

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
 * The settings dialog, put after `after` once its stylesheet has loaded: the page's own on the policy page,
 * else the one of the policy page (`policy`), cut from it: only the dialog is parsed, since the rest of that
 * page, its styles included, would break this page's policy. Undefined when there is none.
 */
async function fetchSettings(after: Element, policy: string): Promise<HTMLDialogElement | undefined> {
  const stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = settingsStylesheet;
  const styled = new Promise((done) => {
    stylesheet.onload = stylesheet.onerror = done;
  });
  document.head.append(stylesheet);
  if (!document.getElementById('consent-settings')) {
    const page = await (await fetch(policy)).text();
    const start = page.indexOf('<dialog id="consent-settings"');
    if (start >= 0)
      after.after(
        document
          .createRange()
          .createContextualFragment(page.slice(start, page.indexOf('</dialog>', start) + 9)),
      );
  }
  await styled;
  const dialog = document.getElementById('consent-settings');
  return dialog instanceof HTMLDialogElement ? dialog : undefined;
}

function start(banner: HTMLElement): void {
  const config = JSON.parse(banner.dataset['config'] ?? '') as ClientConsentConfig;
  const gpc = navigator.globalPrivacyControl === true;
  const store = consentStorage();
  // The consent script has read the stored choice: this starts from what it found.
  let state: ConsentState = window.dispatchConsent?.get() ?? { granted: [], source: 'none' };
  // The banner's one link goes to the Data Protection Policy, the page that holds the settings dialog.
  const policy = banner.querySelector('a')?.href ?? '/';
  let opener: Element | null = null;
  let settings: Promise<HTMLDialogElement | undefined> | undefined;
  let dialog: HTMLDialogElement | undefined;
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

  /** Puts `granted` in force; `announce` it as `consent:change` (the consent script announced the first). */
  function apply(granted: readonly string[], source: ConsentState['source'], announce: boolean): void {
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
    if (announce) document.dispatchEvent(new CustomEvent('consent:change', { detail: state }));
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
    apply(record.granted, 'choice', true);
    dialog?.close();
  }

  function open(): void {
    opener = document.activeElement;
    settings ??= fetchSettings(banner, policy).then((found) => {
      // Focus goes back where it came from, or when that has gone (the banner after a choice) to the main content.
      found?.addEventListener('close', () => {
        const target =
          opener instanceof HTMLElement && !opener.closest('[hidden]')
            ? opener
            : document.getElementById('main');
        target?.focus({ preventScroll: true });
      });
      return (dialog = found);
    });
    void settings
      .catch(() => undefined)
      .then((found) => {
        // Without the dialog (offline?), the reader goes to the policy page, where it is part of the page.
        if (!found) location.assign(policy);
        else if (!found.open) {
          for (const input of found.querySelectorAll<HTMLInputElement>('input[name]'))
            input.checked = state.granted.includes(input.name);
          found.querySelector('[data-gpc]')?.toggleAttribute('hidden', !gpc);
          found.showModal();
        }
      });
  }

  document.addEventListener('consent:action', ({ detail: { name, button } }) => {
    const embed = button?.closest('[data-consent-embed]');
    if (name === 'accept') save('all');
    else if (name === 'reject') save('none');
    else if (name === 'save')
      save(
        [...(dialog?.querySelectorAll<HTMLInputElement>('input[name]:checked') ?? [])].map(
          (input) => input.name,
        ),
      );
    else if (name === 'settings') open();
    else if (name === 'close') dialog?.close();
    else if (embed) {
      if (name === 'always') save([...state.granted, embed.getAttribute('data-consent-embed') ?? '']);
      else load(embed);
      embed.querySelector('iframe')?.focus();
    }
  });

  window.dispatchConsent = { get: () => state, open };
  apply(state.granted, state.source, false);
}

const banner = document.getElementById('consent-banner');
if (banner) start(banner);
