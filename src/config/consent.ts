import { parseConsentConfig } from '../lib/consent/config-schema.ts';

/**
 * Cookie consent: the categories a reader is asked about, every cookie and storage item the site may set,
 * and the scripts that wait for consent. The banner, the settings dialog, the browser script and the list
 * on the Data Protection Policy page are all generated from this one module (schema:
 * src/lib/consent/config-schema.ts). See "Cookie consent" in README.md.
 *
 * Dispatch ships with no analytics. To add a self-hosted one (here Matomo, which sets `_pk_*` cookies):
 * 1. list what it stores, so that the policy page shows it and withdrawal deletes it:
 *      { name: '_pk_id.*', storage: 'cookie', category: 'analytics', provider: 'Dispatch (self-hosted Matomo)',
 *        purpose: 'Tells a returning reader’s visits apart, without identifying them.', lifetime: '13 months' },
 *      { name: '_pk_ses.*', storage: 'cookie', category: 'analytics', provider: 'Dispatch (self-hosted Matomo)',
 *        purpose: 'Groups the pages of one visit.', lifetime: '30 minutes' },
 * 2. add its script, which then runs only once the reader grants "analytics":
 *      scripts: [{ category: 'analytics', src: '/stats/matomo-loader.js' }],
 *    (or write `<script type="text/plain" data-consent="analytics">…</script>` in a layout yourself);
 * 3. raise `revision`, so that every reader is asked again, and update content/pages/data-protection.md.
 */
export const consent = parseConsentConfig({
  revision: 1,
  maxAgeDays: 365,
  storageKey: 'dispatch.consent',
  categories: [
    {
      id: 'necessary',
      name: 'Strictly necessary',
      description:
        'Remembers the choice you make here, so that we do not ask on every page. It cannot be switched off, contains no identifier and is never sent to us.',
    },
    {
      id: 'analytics',
      name: 'Analytics',
      description:
        'Would let us count visits to see which articles are read, through a service run on our own servers, never shared with advertisers. Dispatch uses no analytics at present: allowing it changes nothing until we add one, and we would ask you again.',
    },
    {
      id: 'media',
      name: 'Embedded media',
      description:
        'Loads videos and posts embedded from other sites (such as YouTube or X) as you reach them. Those sites may set their own cookies and see that you read this page. When this is off, each embed waits for you to load it.',
    },
  ],
  items: [
    {
      name: 'dispatch.consent',
      storage: 'localStorage',
      category: 'necessary',
      provider: 'Dispatch',
      purpose:
        'Your cookie choice: the categories you allowed, the policy revision and the time you chose. Never sent to our servers.',
      lifetime: '12 months, then we ask again',
    },
  ],
  scripts: [],
});
