/**
 * The typed API of the consent script (src/lib/consent/script.ts) for other code on the page:
 *
 *   const state = window.dispatchConsent?.get();            // read the current consent
 *   document.addEventListener('consent:change', (event) => { // subscribe to changes
 *     if (event.detail.granted.includes('analytics')) startCounting();
 *   });
 *   window.dispatchConsent?.open();                          // open the settings dialog
 *
 * `consent:change` fires on `document` once when the script has read the stored choice, and again every
 * time the reader saves a choice. Types only: importing this module (with `import type`) adds no code.
 */

/** The consent in force on this page. */
export interface ConsentState {
  /** The optional categories granted (strictly necessary is always on and not listed). */
  readonly granted: readonly string[];
  /**
   * Where that comes from: the reader's stored `choice`; the browser's Global Privacy Control signal
   * (`gpc`: everything optional off, not asked); or `none` yet (the banner is showing).
   */
  readonly source: 'choice' | 'gpc' | 'none';
}

/**
 * What the consent script hands src/lib/consent/consent-actions.ts as `consent:action` (internal to the two): the
 * `data-consent-action` of the control the reader used ("accept", "reject", "save", "settings", "close",
 * "load", "always") and the control, or "settings" alone from `window.dispatchConsent.open()`.
 */
export interface ConsentAction {
  readonly name: string;
  readonly button?: Element;
}

/** `window.dispatchConsent`, set by the consent script. */
export interface ConsentApi {
  /** The consent in force now. */
  get(): ConsentState;
  /** Opens the cookie settings dialog. */
  open(): void;
}

declare global {
  interface Window {
    dispatchConsent?: ConsentApi;
  }
  interface DocumentEventMap {
    'consent:change': CustomEvent<ConsentState>;
    'consent:action': CustomEvent<ConsentAction>;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/): true when the reader opts out. */
    readonly globalPrivacyControl?: boolean;
  }
}
