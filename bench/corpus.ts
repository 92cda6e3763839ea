import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { site } from '../src/config/site.ts';
import type { ArticleData, AuthorData, PageData, TagData } from '../src/lib/content/schema.ts';

/**
 * A synthetic Dispatch corpus for benchmarks and large-site tests: seeded and deterministic (the same
 * options give the same bytes), shaped like the real thing. Authors, tags with a Zipf-like spread (a few
 * tags on many articles, most on few), ~1,200-word Markdown bodies with headings, lists, GFM tables, links
 * and footnotes, and a vocabulary where each tag has its own words, so that text similarity means something.
 *
 * `generateCorpus` builds it in memory; `writeCorpus` writes a content folder (articles/, authors/, tags/,
 * pages/data-protection.md) that passes the schemas of src/lib/content/schema.ts, for DISPATCH_CONTENT_DIR.
 */

export interface CorpusOptions {
  articles: number;
  /** Default 20. */
  authors?: number;
  /** Default 200; at most 400. */
  tags?: number;
  /** Approximate words of body per article; default 1,200. */
  words?: number;
  /** Default 1. */
  seed?: number;
  /** The newest possible publication date; default 2024-06-30. */
  end?: Date;
  /** Articles are spread over this many years before `end`; default 3. */
  years?: number;
  /** Share of drafts; default 0.01. */
  draftShare?: number;
  /** Share of articles with curated related articles; default 0.15. */
  curatedShare?: number;
}

/** Fields with a default that the corpus leaves out of its files (every generated piece is in English). */
type Defaulted = 'lang' | 'translationOf' | 'translations';

export interface CorpusArticle {
  slug: string;
  data: Omit<ArticleData, 'hero' | Defaulted>;
  body: string;
}

export interface Corpus {
  articles: CorpusArticle[];
  authors: { slug: string; data: Omit<AuthorData, Defaulted> }[];
  tags: { slug: string; data: Omit<TagData, Defaulted> }[];
  pages: { slug: string; data: Omit<PageData, Defaulted>; body: string }[];
}

/** mulberry32: a small, fast, seeded PRNG; enough for synthetic data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Samples indexes 0…n−1 with probability ∝ 1 / (rank + 1)^exponent (Zipf), by binary search on the CDF. */
function zipf(n: number, exponent: number): (random: Random) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** exponent;
  return (random) => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'dr',
  'kh',
  'sh',
  'st',
  'tr',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'nd', 'st'];

/** `count` distinct pronounceable pseudo-words (lowercase a–z), none of them a common English word. */
function pseudoWords(random: Random, count: number, taken: Set<string>): string[] {
  const words: string[] = [];
  while (words.length < count) {
    let word = '';
    for (let s = int(random, 2, 4); s > 0; s--) word += pick(random, ONSETS) + pick(random, NUCLEI);
    word += pick(random, CODAS);
    if (!taken.has(word)) {
      taken.add(word);
      words.push(word);
    }
  }
  return words;
}

/** Real English words that carry little meaning: they make the text read like text and test stop-word removal. */
const FUNCTION_WORDS =
  'the of and to in a that is for on with as was by at from it an be this which have are has its not but or their were been after over into more than also its about they said would could who government officials'.split(
    ' ',
  );

const REGIONS = [
  'Gulf',
  'Sahel',
  'Balkan',
  'Andean',
  'Baltic',
  'Caspian',
  'Levant',
  'Mekong',
  'Nordic',
  'Pacific',
];
const REGIONS_2 = [
  'Horn of Africa',
  'Central Asia',
  'South Asia',
  'East Asia',
  'Caucasus',
  'Maghreb',
  'Great Lakes',
  'Caribbean',
  'Arctic',
  'Danube',
];
const THEMES = [
  'Security',
  'Energy',
  'Trade',
  'Elections',
  'Diplomacy',
  'Migration',
  'Water',
  'Finance',
  'Health',
  'Media',
  'Courts',
  'Labour',
  'Climate',
  'Food',
  'Shipping',
  'Technology',
  'Defence',
  'Aid',
  'Borders',
  'Religion',
];
const FIRST_NAMES = [
  'Amina',
  'Bilal',
  'Chen',
  'Dana',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Imran',
  'Jonas',
  'Kemal',
  'Lina',
  'Malik',
  'Nadia',
  'Omar',
  'Priya',
  'Rafael',
  'Sana',
  'Tomas',
  'Yara',
];
const LAST_NAMES = [
  'Abbasi',
  'Berg',
  'Castro',
  'Demir',
  'Evans',
  'Farouk',
  'Gill',
  'Haddad',
  'Ivanova',
  'Jafri',
  'Khan',
  'Lund',
  'Mirza',
  'Novak',
  'Okafor',
  'Park',
  'Qureshi',
  'Rahman',
  'Silva',
  'Tariq',
];

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Builds a corpus in memory; the same options always give the same corpus. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const {
    articles: articleCount,
    authors: authorCount = 20,
    tags: tagCount = 200,
    words: targetWords = 1200,
    seed = 1,
    end = new Date('2024-06-30T00:00:00Z'),
    years = 3,
    draftShare = 0.01,
    curatedShare = 0.15,
  } = options;
  if (tagCount > REGIONS.length * THEMES.length + REGIONS_2.length * THEMES.length)
    throw new RangeError('corpus: at most 400 tags');
  const random = prng(seed);

  const authors = Array.from({ length: authorCount }, (_, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length] ?? ''} ${LAST_NAMES[(i * 7) % LAST_NAMES.length] ?? ''}`;
    const slug = `${slugify(name)}-${i + 1}`;
    const data: Corpus['authors'][number]['data'] = {
      name,
      bio: `${name} reports on ${pick(random, THEMES).toLowerCase()} and ${pick(random, THEMES).toLowerCase()} for Dispatch.`,
      knowsAbout: [],
      links: i % 3 === 0 ? [{ label: 'Website', url: `https://example.org/${slug}` }] : [],
    };
    return { slug, data };
  });

  const tagNames = [...REGIONS, ...REGIONS_2].flatMap((region) =>
    THEMES.map((theme) => `${region} ${theme}`),
  );
  const tags = Array.from({ length: tagCount }, (_, i) => {
    // Spread the names so that the first tags (the most used ones) are not all about one region.
    const name = tagNames[(i * 37) % tagNames.length] ?? `Topic ${i}`;
    const [region, theme] = [name.slice(0, name.lastIndexOf(' ')), name.slice(name.lastIndexOf(' ') + 1)];
    const data: Corpus['tags'][number]['data'] = {
      name,
      description: `Reporting and analysis on ${theme.toLowerCase()} in the ${region} region.`,
    };
    return { slug: slugify(name), data };
  });

  const taken = new Set(FUNCTION_WORDS);
  const general = pseudoWords(random, 20_000, taken);
  const topical = tags.map(() => pseudoWords(random, 60, taken));
  const generalRank = zipf(general.length, 1.05);
  const topicRank = zipf(60, 0.9);
  const tagRank = zipf(tagCount, 1);
  const authorRank = zipf(authorCount, 0.4);

  /** One word: a topic word of the article's tags, a function word, or a general word. */
  const word = (topics: readonly string[][]): string => {
    const r = random();
    if (r < 0.25 && topics.length > 0) return pick(random, topics)[topicRank(random)] ?? 'report';
    if (r < 0.45) return pick(random, FUNCTION_WORDS);
    return general[generalRank(random)] ?? 'report';
  };
  const phrase = (topics: readonly string[][], length: number) =>
    Array.from({ length }, () => word(topics)).join(' ');
  const sentence = (topics: readonly string[][]) => `${capitalise(phrase(topics, int(random, 8, 20)))}.`;

  const articles: CorpusArticle[] = [];
  const published: number[] = [];
  const span = years * 365;
  for (let i = 0; i < articleCount; i++) {
    const tagSet = new Set<number>();
    const wanted = Math.min(int(random, 1, 6), tagCount);
    while (tagSet.size < wanted) tagSet.add(tagRank(random));
    const tagIdx = [...tagSet];
    const topics = tagIdx.map((t) => topical[t] ?? []);

    let title = capitalise(phrase(topics, int(random, 5, 9)));
    if (title.length > 110) title = title.slice(0, title.lastIndexOf(' ', 110));
    let description = capitalise(phrase(topics, int(random, 14, 24)));
    if (description.length > 195) description = description.slice(0, description.lastIndexOf(' ', 195));
    const pubDate = new Date(end.getTime() - Math.floor(random() * span) * 86_400_000);
    const draft = random() < draftShare;
    const related =
      published.length > 0 && random() < curatedShare
        ? [...new Set(Array.from({ length: int(random, 1, 2) }, () => pick(random, published)))].map(
            (idx) => articles[idx]?.slug ?? '',
          )
        : [];
    const slug = `${slugify(title.split(' ').slice(0, 5).join(' '))}-${i + 1}`;

    const data: CorpusArticle['data'] = {
      title,
      description: `${description}.`,
      kicker: pick(random, site.kickers),
      pubDate,
      ...(random() < 0.2
        ? { updatedDate: new Date(pubDate.getTime() + int(random, 1, 10) * 86_400_000) }
        : {}),
      authors: [authors[authorRank(random)]?.slug ?? ''],
      tags: tagIdx.map((t) => tags[t]?.slug ?? ''),
      related,
      corrections:
        random() < 0.03
          ? [
              {
                date: new Date(pubDate.getTime() + 86_400_000),
                text: `${sentence(topics)} This was corrected.`,
              },
            ]
          : [],
      sources: Array.from({ length: random() < 0.3 ? int(random, 1, 2) : 0 }, (_, s) => ({
        title: capitalise(phrase(topics, int(random, 3, 7))),
        publisher: `${pick(random, REGIONS)} Review`,
        url: `https://example.org/sources/${i + 1}-${s + 1}`,
      })),
      draft,
    };
    articles.push({ slug, data, body: body(random, topics, targetWords, sentence, phrase) });
    if (!draft) published.push(i);
  }

  const pages = [
    {
      slug: 'data-protection',
      data: {
        title: 'Data Protection Policy',
        description: 'How Dispatch handles personal data.',
        updatedDate: end,
      },
      body: 'Dispatch keeps no personal data about readers.\n',
    },
  ];
  return { articles, authors, tags, pages };
}

/** A Markdown body of about `target` words: intro, sections with a list, a table, links and footnotes. */
function body(
  random: Random,
  topics: readonly string[][],
  target: number,
  sentence: (topics: readonly string[][]) => string,
  phrase: (topics: readonly string[][], length: number) => string,
): string {
  const out: string[] = [];
  let words = 0;
  let footnotes = 0;
  const paragraph = () => {
    const sentences = Array.from({ length: int(random, 3, 6) }, () => sentence(topics));
    if (random() < 0.3) {
      const at = int(random, 0, sentences.length - 1);
      sentences[at] =
        `${sentences[at] ?? ''} See [${phrase(topics, 3)}](https://example.org/${phrase(topics, 2).replace(/ /g, '-')}).`;
    }
    if (random() < 0.15) sentences.push(`[^${++footnotes}]`);
    const text = sentences.join(' ');
    words += text.split(' ').length;
    return text;
  };
  out.push(paragraph(), paragraph());
  const sections = Math.max(3, Math.round(target / 250));
  for (let s = 0; s < sections && words < target; s++) {
    out.push(`## ${capitalise(phrase(topics, int(random, 2, 5)))}`);
    out.push(paragraph());
    if (s === 1) {
      out.push(
        Array.from(
          { length: int(random, 3, 5) },
          () => `- ${capitalise(phrase(topics, int(random, 4, 10)))}`,
        ).join('\n'),
      );
    }
    if (s === 2) {
      const row = () =>
        `| ${[phrase(topics, 2), String(int(random, 1, 999)), phrase(topics, 3)].join(' | ')} |`;
      out.push(['| Item | Figure | Note |', '| --- | ---: | --- |', row(), row(), row(), row()].join('\n'));
    }
    if (s === 3) out.push(`### ${capitalise(phrase(topics, int(random, 2, 4)))}`);
    while (words < ((s + 1) / sections) * target) out.push(paragraph());
  }
  for (let f = 1; f <= footnotes; f++) out.push(`[^${f}]: ${sentence(topics)}`);
  return `${out.join('\n\n')}\n`;
}

/** Front matter and body as one Markdown file. */
function markdownFile(data: object, body: string): string {
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body}`;
}

/** Writes the corpus as a content folder at `dir` (emptied first). */
export function writeCorpus(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'authors', 'tags', 'pages'])
    mkdirSync(join(dir, folder), { recursive: true });
  for (const a of corpus.articles)
    writeFileSync(join(dir, 'articles', `${a.slug}.md`), markdownFile(a.data, a.body));
  for (const a of corpus.authors) writeFileSync(join(dir, 'authors', `${a.slug}.yaml`), yaml.dump(a.data));
  for (const t of corpus.tags) writeFileSync(join(dir, 'tags', `${t.slug}.yaml`), yaml.dump(t.data));
  for (const p of corpus.pages)
    writeFileSync(join(dir, 'pages', `${p.slug}.md`), markdownFile(p.data, p.body));
}
