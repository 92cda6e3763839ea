import { describe, expect, test } from 'vitest';
import { renderComponent as render } from '../../support/render-component.ts';
import ConsentBanner from '../../../src/components/ConsentBanner.astro';
import ConsentDetails from '../../../src/components/ConsentDetails.astro';
import ConsentSettings from '../../../src/components/ConsentSettings.astro';
import Embed from '../../../src/components/Embed.astro';
import { consent } from '../../../src/config/consent.ts';
import { parseConsentConfig } from '../../../src/lib/consent/config-schema.ts';

/** The site's configuration with a self-hosted analytics script and its cookie added, as README.md shows. */
const withAnalytics = parseConsentConfig({
  ...consent,
  items: [
    ...consent.items,
    {
      name: '_pk_id.*',
      storage: 'cookie',
      category: 'analytics',
      provider: { en: 'Dispatch (self-hosted Matomo)', ur: 'ڈسپیچ (ماتومو)' },
      purpose: { en: 'Tells visits apart.', ur: 'وزٹ الگ الگ پہچانتا ہے۔' },
      lifetime: { en: '13 months', ur: '13 مہینے' },
    },
  ],
  scripts: [{ category: 'analytics', src: '/stats/matomo.js', attributes: { 'data-site-id': '7' } }],
});

describe('ConsentBanner', () => {
  test('renders a hidden, labelled banner with three buttons of one kind, and a link to the policy', async () => {
    const html = await render(ConsentBanner, { props: { lang: 'en' } });
    const banner = /<section id="consent-banner"[^>]*>([\s\S]*?)<\/section>/.exec(html);
    expect(banner?.[0]).toMatch(/aria-labelledby="consent-banner-title"/);
    expect(banner?.[0]).toMatch(/ hidden[ >]/);
    const buttons = [...(banner?.[1] ?? '').matchAll(/<button ([^>]*)>([^<]*)<\/button>/g)];
    expect(buttons.map((b) => b[2])).toEqual(['Accept all', 'Reject all', 'Settings']);
    // Equal prominence: no button carries a class or style of its own.
    expect(new Set(buttons.map((b) => b[1]?.replace(/data-consent-action="\w+"/, '')))).toHaveProperty(
      'size',
      1,
    );
    expect(banner?.[1]).toContain('<a href="/data-protection/">Data Protection Policy</a>');
  });

  test('gives the script the rules and the items to delete, not the texts', async () => {
    const html = await render(ConsentBanner, { props: { lang: 'en', config: withAnalytics } });
    const attribute = /data-config="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(JSON.parse(attribute.replaceAll('&quot;', '"'))).toEqual({
      revision: 1,
      maxAgeDays: 365,
      key: 'dispatch.consent',
      categories: ['analytics', 'media'],
      items: [['analytics', 'cookie', '_pk_id.*']],
    });
  });

  test('carries no settings dialog: every page but the policy fetches it when it is opened', async () => {
    const html = await render(ConsentBanner, { props: { lang: 'en' } });
    expect(html).not.toContain('<dialog');
    expect(html).not.toContain('role="switch"');
  });

  test('writes a configured script as inert text gated by its category', async () => {
    expect(await render(ConsentBanner, { props: { lang: 'en' } })).not.toContain('type="text/plain"');
    const html = await render(ConsentBanner, { props: { lang: 'en', config: withAnalytics } });
    expect(html).toMatch(
      /<script type="text\/plain" data-consent="analytics" src="\/stats\/matomo.js" data-site-id="7"><\/script>/,
    );
  });
});

describe('ConsentSettings', () => {
  test('lists every category in a labelled dialog, strictly necessary always on and the others off', async () => {
    const html = await render(ConsentSettings, { props: { lang: 'en' } });
    expect(html).toMatch(/<dialog id="consent-settings"[^>]*aria-labelledby="consent-settings-title"/);
    expect(html).toContain('<h2 id="consent-settings-title">Cookie settings</h2>');
    expect(html).toMatch(/Strictly necessary<\/span>\s*<span class="consent-always">Always on<\/span>/);
    const switches = [...html.matchAll(/<input ([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(switches.map((s) => /name="(\w+)"/.exec(s)?.[1])).toEqual(['analytics', 'media']);
    for (const input of switches) {
      expect(input).toContain('role="switch"');
      expect(input).not.toMatch(/\bchecked\b/);
    }
    for (const category of consent.categories) expect(html).toContain(category.description.en);
    expect(html).toMatch(
      /Save choices<\/button>\s*<button[^>]*>Accept all<\/button>\s*<button[^>]*>Reject all/,
    );
  });
});

describe('the consent interface in Urdu', () => {
  test('the banner asks in Urdu and links the Urdu policy, which holds the Urdu settings', async () => {
    const html = await render(ConsentBanner, { props: { lang: 'ur' } });
    expect(html).toContain('<h2 id="consent-banner-title">ڈسپیچ پر کوکیز</h2>');
    expect(html).toMatch(/<a href="\/ur\/data-protection\/">ڈیٹا کے تحفظ کی پالیسی<\/a>/);
    expect(html).toMatch(/>\s*سب قبول کیجیے\s*<\/button>/);
    // One choice for both editions: the same storage key and revision in the script's configuration.
    expect(html).toContain(`&quot;key&quot;:&quot;${consent.storageKey}&quot;`);
    expect(html).toContain(`&quot;revision&quot;:${String(consent.revision)}`);
  });

  test('the settings name and describe every category in Urdu', async () => {
    const html = await render(ConsentSettings, { props: { lang: 'ur' } });
    expect(html).toContain('<h2 id="consent-settings-title">کوکیز کی ترتیبات</h2>');
    for (const category of consent.categories) {
      expect(html).toContain(category.name.ur);
      expect(html).toContain(category.description.ur);
    }
  });
});

describe('ConsentDetails', () => {
  test('lists each item under its category with storage, provider, purpose and lifetime', async () => {
    const html = await render(ConsentDetails, { props: { lang: 'en', config: withAnalytics } });
    expect(html).toMatch(
      /<h3>Strictly necessary<\/h3>\s*<p><strong>Always on\.<\/strong>[\s\S]*<code>dispatch\.<wbr>consent<\/code><br>Local storage, Dispatch<\/td>\s*<td>Your cookie choice[^<]*<\/td>\s*<td>12 months, then we ask again<\/td>/,
    );
    expect(html).toMatch(
      /<h3>Analytics<\/h3>\s*<p><strong>Off until you allow it\.<\/strong>[\s\S]*<code>_pk_id\.<wbr>\*<\/code><br>Cookie, Dispatch \(self-hosted Matomo\)<\/td>\s*<td>Tells visits apart\.<\/td>\s*<td>13 months<\/td>/,
    );
  });

  test('holds the settings dialog, which the other pages fetch from the policy page', async () => {
    const html = await render(ConsentDetails, { props: { lang: 'en' } });
    expect(html).toMatch(/<dialog id="consent-settings"/);
    expect(html).toContain('Change your cookie settings');
  });

  test('says when the site stores nothing in a category', async () => {
    const html = await render(ConsentDetails, { props: { lang: 'en' } });
    expect(html).toMatch(
      /<h3>Analytics<\/h3>\s*<p>[\s\S]*?<\/p>\s*<p>Dispatch itself stores nothing in this category\.<\/p>/,
    );
    expect(html).toMatch(
      /<h3>Embedded media<\/h3>\s*<p>[\s\S]*?<\/p>\s*<p>Dispatch itself stores nothing in this category\.<\/p>/,
    );
  });
});

describe('Embed', () => {
  const props = {
    lang: 'en' as const,
    src: 'https://www.youtube-nocookie.com/embed/abc',
    title: 'Interview with the minister',
    provider: 'YouTube',
    href: 'https://www.youtube.com/watch?v=abc',
  };

  test('keeps the iframe inert in a template and shows a placeholder with a link to the original', async () => {
    const html = await render(Embed, { props });
    expect(html).toContain('data-consent-embed="media"');
    // The only iframe is inside the template, so nothing loads from the other site before consent.
    expect(html.match(/<iframe/g)).toHaveLength(1);
    expect(html).toMatch(
      /<template>\s*<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abc" title="Interview with the minister"[^>]*><\/iframe>\s*<\/template>/,
    );
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=abc" rel="noopener">Open it on YouTube</a>',
    );
    expect(html).toMatch(
      /data-consent-js hidden>\s*<button type="button" class="button" data-consent-action="load">Load from YouTube<\/button>\s*<button type="button" class="button" data-consent-action="always">Always load embedded media<\/button>/,
    );
  });

  test('refuses an address that is not https', async () => {
    await expect(render(Embed, { props: { ...props, src: 'http://example.com/embed' } })).rejects.toThrow(
      'Embed: src: expected a full https:// address, got "http://example.com/embed"',
    );
  });

  test('refuses a category the consent configuration does not have', async () => {
    await expect(render(Embed, { props: { ...props, category: 'necessary' } })).rejects.toThrow(
      'Embed: category: unknown optional consent category "necessary"',
    );
  });
});
