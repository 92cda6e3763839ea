import { languages, type Lang } from '../../config/languages.ts';
import { en } from './en.ts';
import { ur } from './ur.ts';

/**
 * The interface strings of every language, one typed dictionary each (./en.ts, ./ur.ts), and the few helpers
 * that put values into them. Components take a page's language and read every string they show from here,
 * so no English word is left on an Urdu page (tests/built-files/urdu-edition.spec.ts reads every built Urdu page
 * and looks for each English value). Pure.
 */

/** The shape of the English dictionary with every string widened: what each language must provide. */
type Widen<T> = T extends string ? string : { readonly [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;

/** A count's forms, chosen by the language's plural rules (Urdu and English: one and other). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const dictionaries: Readonly<Record<Lang, Dictionary>> = { en, ur };

/** The dictionary of a language. */
export function dictionaryOf(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** A template with `{name}` placeholders filled in ("{count} articles" → "3 articles"); unknown names stay. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A template cut at its placeholders, for markup that puts an element where a placeholder stands
 * ("Spotted an error? {link} to the article’s text." → text, { slot: 'link' }, text).
 */
export function templateParts(template: string): ({ text: string } | { slot: string })[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot === undefined ? { text: part } : { slot };
    });
}

/** A kicker in a language ("Analysis" is "تجزیہ" in Urdu); every kicker of src/config/site.ts has one (tested). */
export function kickerLabel(kicker: string, lang: Lang): string {
  return (dictionaryOf(lang).kickers as Readonly<Record<string, string>>)[kicker] ?? kicker;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** A number written in the language's way (Intl, with the language's locale). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(languages[lang].locale);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** "1 article", "3 articles" ("1 مضمون", "3 مضامین"): the form the language's plural rules choose, filled in. */
export function plural(forms: PluralForms, count: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(languages[lang].locale);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { count: formatNumber(count, lang) });
}
