import { z } from 'astro/zod';
import { LANGUAGES, type Lang } from '../../config/languages.ts';
import type { ConsentRules } from './state-machine.ts';

/**
 * The schema of the consent configuration (src/config/consent.ts): the categories a reader is asked about,
 * every cookie and storage item the site may set, the scripts that need consent, and the policy revision.
 * The banner, the settings dialog, the browser script and the Data Protection Policy's list of cookies are
 * all generated from one parsed configuration, so that they cannot drift apart.
 */

/** The id of the strictly necessary category, which is always on. */
export const NECESSARY = 'necessary';

const id = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, {
  error: 'expected an id of lowercase letters and single hyphens, e.g. "analytics"',
});
const text = z.string().trim().min(1, { error: 'expected text, but it is empty' });
/** Text a reader sees, in every language of the site: `{ en: '…', ur: '…' }`. */
const localized = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, text])) as Record<Lang, typeof text>,
  {
    error: `expected the text in every language of the site: ${LANGUAGES.join(', ')}`,
  },
);

const categorySchema = z.strictObject({
  /** Identifier used in `data-consent="…"` attributes and in the stored record. */
  id,
  /** Name shown in the settings dialog and the policy, e.g. "Analytics", in every language. */
  name: localized,
  /** What the category is for and what allowing it means, in plain language, in every language. */
  description: localized,
});

const itemSchema = z.strictObject({
  /** The cookie or storage key; a final `*` stands for any ending (e.g. "_pk_id.*"). */
  name: z.string().regex(/^[\w.-]+\*?$/, {
    error: 'expected a cookie or storage name (letters, digits, "_", "-", "."), optionally ending in "*"',
  }),
  /** Where it is kept. */
  storage: z.enum(['cookie', 'localStorage'], { error: 'expected "cookie" or "localStorage"' }),
  /** The category it belongs to: deleted when that category is withdrawn. */
  category: id,
  /** Who sets it, e.g. "Dispatch" or "Dispatch (self-hosted Matomo)", in every language. */
  provider: localized,
  /** Why it is stored, in plain language, in every language. */
  purpose: localized,
  /** How long it is kept, in plain language, e.g. "12 months", in every language. */
  lifetime: localized,
});

const scriptSchema = z.strictObject({
  /** The category that must be granted before the script runs. */
  category: id,
  /** The script's address: a path on this site (e.g. "/stats/script.js") or a full https URL. */
  src: z.string().regex(/^(\/[^/]|https:\/\/)/, {
    error: 'expected a path starting with "/" or a full https:// address',
  }),
  /** Extra attributes for the script element, e.g. { "data-site-id": "…" }. */
  attributes: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string()).default({}),
});

export const consentConfigSchema = z
  .strictObject({
    /**
     * The policy revision. Raise it whenever the categories, the items or what they do change: every
     * reader is then asked again.
     */
    revision: z.number().int().positive(),
    /** How long a choice lasts before the reader is asked again, in days; at most 365 (12 months). */
    maxAgeDays: z
      .number()
      .int()
      .positive()
      .max(365, { error: 'expected at most 365 days: a choice lasts at most 12 months' }),
    /** The localStorage key the reader's choice is kept under. */
    storageKey: z.string().regex(/^[\w.-]+$/),
    /** The categories, strictly necessary first. */
    categories: z.array(categorySchema).min(1),
    /** Every cookie and storage item the site may set, with the category that allows it. */
    items: z.array(itemSchema),
    /** Scripts loaded only once their category is granted. */
    scripts: z.array(scriptSchema).default([]),
  })
  .superRefine((config, ctx) => {
    const ids = config.categories.map((category) => category.id);
    if (ids[0] !== NECESSARY)
      ctx.addIssue({
        code: 'custom',
        path: ['categories', 0, 'id'],
        message: `expected the first category to be "${NECESSARY}" (strictly necessary, always on)`,
      });
    ids.forEach((category, i) => {
      if (ids.indexOf(category) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'id'],
          message: `duplicate category "${category}"`,
        });
    });
    const known = `one of ${ids.map((category) => `"${category}"`).join(', ')}`;
    config.items.forEach((item, i) => {
      if (!ids.includes(item.category))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'category'],
          message: `unknown category "${item.category}"; expected ${known}`,
        });
    });
    config.scripts.forEach((script, i) => {
      if (!ids.includes(script.category) || script.category === NECESSARY)
        ctx.addIssue({
          code: 'custom',
          path: ['scripts', i, 'category'],
          message: `expected an optional category, one of ${ids
            .filter((category) => category !== NECESSARY)
            .map((category) => `"${category}"`)
            .join(', ')}`,
        });
    });
    if (
      !config.items.some(
        (item) =>
          item.name === config.storageKey && item.storage === 'localStorage' && item.category === NECESSARY,
      )
    )
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `expected an item for the consent record itself: name "${config.storageKey}", storage "localStorage", category "${NECESSARY}"`,
      });
  });

export type ConsentConfig = z.output<typeof consentConfigSchema>;
export type ConsentConfigInput = z.input<typeof consentConfigSchema>;

/** Parses the consent configuration; an invalid one throws, naming the file, each field and what was expected. */
export function parseConsentConfig(input: unknown, file = 'src/config/consent.ts'): ConsentConfig {
  const result = consentConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${file}: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  );
  throw new Error(`Invalid consent configuration:\n${problems.join('\n')}`);
}

/** What the browser script needs: the rules, the storage key, and the optional items to delete on withdrawal. */
export interface ClientConsentConfig extends ConsentRules {
  readonly key: string;
  /** [category, "cookie" | "localStorage", name pattern] of every item of an optional category. */
  readonly items: readonly (readonly [string, 'cookie' | 'localStorage', string])[];
}

/** The part of the configuration the browser script reads, as small as it can be. */
export function clientConsentConfig(config: ConsentConfig): ClientConsentConfig {
  return {
    revision: config.revision,
    maxAgeDays: config.maxAgeDays,
    key: config.storageKey,
    categories: config.categories.map((c) => c.id).filter((category) => category !== NECESSARY),
    items: config.items
      .filter((item) => item.category !== NECESSARY)
      .map((item) => [item.category, item.storage, item.name] as const),
  };
}
