/**
 * The cookie settings dialog's own script (src/components/ConsentSettings.astro), loaded with the dialog: on the
 * Data Protection Policy page by the page, elsewhere by the consent script (src/scripts/consent.ts) when the
 * reader first opens the settings. It links the dialog's stylesheet and opens the dialog on `consent:settings`,
 * with the switches set from the consent in force; the consent script handles the choices (Save choices,
 * Accept all, Reject all), and their `consent:change` closes the dialog. Focus returns where it came from.
 */
import stylesheet from '../styles/consent-settings.css?url';

const dialog = document.getElementById('consent-settings');

if (dialog instanceof HTMLDialogElement) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  // The dialog opens styled: never a flash of it unstyled (nor a wait for ever, if the file fails).
  const styled = new Promise((done) => {
    link.onload = link.onerror = done;
  });
  document.head.append(link);
  let opener: Element | null = null;

  document.addEventListener('consent:settings', () => {
    opener = document.activeElement;
    void styled.then(() => {
      if (dialog.open) return;
      const granted = window.dispatchConsent?.get().granted ?? [];
      for (const input of dialog.querySelectorAll<HTMLInputElement>('input[name]'))
        input.checked = granted.includes(input.name);
      dialog.querySelector('[data-gpc]')?.toggleAttribute('hidden', navigator.globalPrivacyControl !== true);
      dialog.showModal();
    });
  });

  document.addEventListener('consent:change', () => {
    dialog.close();
  });

  dialog.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-consent-action="close"]'))
      dialog.close();
  });

  // Focus goes back where it came from; when that has gone (the banner after a choice), to the main content.
  dialog.addEventListener('close', () => {
    const target =
      opener instanceof HTMLElement && !opener.closest('[hidden]') ? opener : document.getElementById('main');
    target?.focus({ preventScroll: true });
  });
}
