import { parseConsentConfig } from '../lib/consent/config-schema.ts';

/**
 * Cookie consent: the categories a reader is asked about, every cookie and storage item the site may set,
 * and the scripts that wait for consent. What readers see is written in every language of the site (`en`,
 * `ur`); one choice, under one storage key and revision, holds in every edition. The banner, the settings dialog, the browser script and the list
 * on the Data Protection Policy page are all generated from this one module (schema:
 * src/lib/consent/config-schema.ts). See "Cookie consent" in README.md.
 *
 * Dispatch ships with no analytics. To add a self-hosted one (here Matomo, which sets `_pk_*` cookies):
 * 1. list what it stores, so that the policy page shows it and withdrawal deletes it:
 *      { name: '_pk_id.*', storage: 'cookie', category: 'analytics',
 *        provider: { en: 'Dispatch (self-hosted Matomo)', ur: 'ڈسپیچ (اپنے سرور پر ماتومو)' },
 *        purpose: { en: 'Tells a returning reader’s visits apart, without identifying them.', ur: '…' },
 *        lifetime: { en: '13 months', ur: '13 مہینے' } },
 * 2. add its script, which then runs only once the reader grants "analytics":
 *      scripts: [{ category: 'analytics', src: '/stats/matomo-loader.js' }],
 *    (or write `<script type="text/plain" data-consent="analytics">…</script>` in a layout yourself);
 * 3. raise `revision`, so that every reader is asked again, and update content/pages/data-protection.md and
 *    its translations.
 */
export const consent = parseConsentConfig({
  revision: 1,
  maxAgeDays: 365,
  storageKey: 'dispatch.consent',
  categories: [
    {
      id: 'necessary',
      name: { en: 'Strictly necessary', ur: 'لازمی' },
      description: {
        en: 'Remembers the choice you make here, so that we do not ask on every page. It cannot be switched off, contains no identifier and is never sent to us.',
        ur: 'یہاں کیا گیا آپ کا انتخاب یاد رکھتا ہے، تاکہ ہم ہر صفحے پر نہ پوچھیں۔ اسے بند نہیں کیا جا سکتا، اس میں آپ کی کوئی شناخت نہیں ہوتی اور یہ کبھی ہمیں نہیں بھیجا جاتا۔',
      },
    },
    {
      id: 'analytics',
      name: { en: 'Analytics', ur: 'تجزیاتی' },
      description: {
        en: 'Would let us count visits to see which articles are read, through a service run on our own servers, never shared with advertisers. Dispatch uses no analytics at present: allowing it changes nothing until we add one, and we would ask you again.',
        ur: 'اس کی اجازت سے ہم اپنے سرور پر چلنے والی ایک سروس کے ذریعے، جس کا ڈیٹا کبھی مشتہرین کو نہیں دیا جاتا، وزٹ گن سکیں گے تاکہ معلوم ہو کہ کون سے مضامین پڑھے جاتے ہیں۔ ڈسپیچ فی الحال کوئی تجزیاتی سروس استعمال نہیں کرتا: اجازت دینے سے اس وقت تک کچھ نہیں بدلتا جب تک ہم کوئی سروس شامل نہ کریں، اور تب ہم آپ سے دوبارہ پوچھیں گے۔',
      },
    },
    {
      id: 'media',
      name: { en: 'Embedded media', ur: 'شامل کیا گیا میڈیا' },
      description: {
        en: 'Loads videos and posts embedded from other sites (such as YouTube or X) as you reach them. Those sites may set their own cookies and see that you read this page. When this is off, each embed waits for you to load it.',
        ur: 'دوسری ویب سائٹوں (جیسے یوٹیوب یا ایکس) سے شامل کی گئی ویڈیوز اور پوسٹیں آپ کے وہاں پہنچنے پر لوڈ کرتا ہے۔ وہ ویب سائٹیں اپنی کوکیز رکھ سکتی ہیں اور دیکھ سکتی ہیں کہ آپ یہ صفحہ پڑھ رہے ہیں۔ جب یہ بند ہو تو ہر شامل کی گئی چیز آپ کے لوڈ کرنے کا انتظار کرتی ہے۔',
      },
    },
  ],
  items: [
    {
      name: 'dispatch.consent',
      storage: 'localStorage',
      category: 'necessary',
      provider: { en: 'Dispatch', ur: 'ڈسپیچ' },
      purpose: {
        en: 'Your cookie choice: the categories you allowed, the policy revision and the time you chose. Never sent to our servers.',
        ur: 'کوکیز کے بارے میں آپ کا انتخاب: جن زمروں کی آپ نے اجازت دی، پالیسی کا نسخہ اور انتخاب کا وقت۔ یہ کبھی ہمارے سرور کو نہیں بھیجا جاتا۔',
      },
      lifetime: { en: '12 months, then we ask again', ur: '12 مہینے، پھر ہم دوبارہ پوچھیں گے' },
    },
  ],
  scripts: [],
});
