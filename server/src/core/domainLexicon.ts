/**
 * The domain lexicon (data/rules/domain-terms.yaml) indexed by the reading of each term's kanji, which
 * kuromoji computes when the lexicon is first used: nobody types a reading by hand.
 */
import type { RuleSet } from './knowledge/rules';
import type { JapaneseTokenizer, Token } from './tokenizer';

const KANJI = '\\u3400-\\u9fff\\uf900-\\ufaff々';
/** A term of one kanji run with optional kana or Latin around it (生成AI, 量子コンピュータ): the run is what can be misheard. */
const ONE_KANJI_RUN = new RegExp(`^([^${KANJI}]*)([${KANJI}]{2,})([^${KANJI}]*)$`);
export const ALL_KANJI = new RegExp(`^[${KANJI}]+$`);

export interface DomainTerm {
  readonly term: string;
  readonly domain: string;
  /** The term's kanji run, and what stands before and after it in the term ('' for most terms). */
  readonly kanji: string;
  readonly before: string;
  readonly after: string;
  /** Whether the term is one word that takes する (署名する, 上場する): a same-sound noun that does not, before する, is the term. */
  readonly verbal: boolean;
}

export interface DomainLexicon {
  /** Terms by the katakana reading of their kanji run. */
  readonly byReading: ReadonlyMap<string, readonly DomainTerm[]>;
  /** Terms by their reading with long vowels and small ッ dropped (looseReading): what a recogniser hears alike (法案/保安). */
  readonly byLooseReading: ReadonlyMap<string, readonly DomainTerm[]>;
  /** Every term, by field. */
  readonly byDomain: ReadonlyMap<string, readonly string[]>;
  /** Whether a word is a term of some field (then it is no misspelling of another term). */
  has(word: string): boolean;
}

const built = new WeakMap<RuleSet, DomainLexicon>();

/** How a term's kanji run is read: kuromoji's readings (see readingsOf), and whether it is one word that takes する. */
export interface KanjiRunReading {
  readonly readings: readonly string[];
  readonly verbal: boolean;
}

export function domainLexicon(rules: RuleSet, tokenizer: Pick<JapaneseTokenizer, 'tokenize'>): DomainLexicon {
  let lexicon = built.get(rules);
  if (!lexicon) {
    lexicon = buildLexicon(rules.domainTerms, (kanji) => kanjiRunReading(kanji, tokenizer));
    built.set(rules, lexicon);
  }
  return lexicon;
}

/**
 * Takes the readings of the rules' kanji runs computed at build time (derivedData.ts) instead of tokenising
 * every term at first use; they are what kanjiRunReading computes for them.
 */
export function useDomainReadings(rules: RuleSet, readings: ReadonlyMap<string, KanjiRunReading>): void {
  if (built.has(rules)) return;
  built.set(
    rules,
    buildLexicon(rules.domainTerms, (kanji) => readings.get(kanji) ?? { readings: [], verbal: false }),
  );
}

/** The kanji run of every term that has one (a term of one run with kana or Latin around it), each once. */
export function domainKanjiRuns(rules: RuleSet): string[] {
  const runs = new Set<string>();
  for (const terms of rules.domainTerms.values())
    for (const term of terms) {
      const kanji = ONE_KANJI_RUN.exec(term)?.[2];
      if (kanji !== undefined) runs.add(kanji);
    }
  return [...runs];
}

/** How kuromoji reads a kanji run (no readings when a part has none). */
export function kanjiRunReading(kanji: string, tokenizer: Pick<JapaneseTokenizer, 'tokenize'>): KanjiRunReading {
  const tokens = tokenizer.tokenize(kanji);
  const readings = readingsOf(tokens);
  const last = tokens[tokens.length - 1];
  // One word that takes する (公開), or a word made verbal by 化 (特化する).
  const verbal = (tokens.length === 1 && last?.posDetail === 'サ変接続') || (tokens.length > 1 && last?.surface === '化' && last.posDetail === '接尾');
  return { readings, verbal };
}

function buildLexicon(domains: ReadonlyMap<string, readonly string[]>, readingOfRun: (kanji: string) => KanjiRunReading): DomainLexicon {
  const byReading = new Map<string, DomainTerm[]>();
  const byLooseReading = new Map<string, DomainTerm[]>();
  const all = new Set<string>();
  const add = (map: Map<string, DomainTerm[]>, key: string, entry: DomainTerm): void => {
    const list = map.get(key) ?? [];
    if (!list.some((e) => e.term === entry.term)) list.push(entry);
    map.set(key, list);
  };
  for (const [domain, terms] of domains) {
    for (const term of terms) {
      all.add(term);
      const parts = ONE_KANJI_RUN.exec(term);
      if (!parts) continue;
      const [, before = '', kanji = '', after = ''] = parts;
      const { readings, verbal } = readingOfRun(kanji);
      if (readings.length === 0) continue;
      const entry: DomainTerm = { term, domain, kanji, before, after, verbal };
      for (const reading of readings) {
        add(byReading, reading, entry);
        add(byLooseReading, looseReading(reading), entry);
      }
    }
  }
  return { byReading, byLooseReading, byDomain: domains, has: (word) => all.has(word) };
}

/** Kana of the o and u rows (and their small forms), after which ウ only lengthens the vowel. */
const LONG_U = /([オコソトノホモヨロゴゾドボポョォウクスツヌフムユルグズヅブプュゥ])ウ/g;
/** Kana of the e row, after which イ only lengthens the vowel. */
const LONG_E = /([エケセテネヘメレゲゼデベペェ])イ/g;

/**
 * A reading as a quick speaker's vowels blur it: long vowels (ホウアン, ジュウタク, セイ) short, ー and small ッ
 * dropped. Two readings equal here are heard alike though spelt apart (法案/保安, 受託/住宅).
 */
export function looseReading(reading: string): string {
  let loose = looseReadings.get(reading);
  if (loose === undefined) {
    loose = reading
      .replace(/[ーッ]/g, '')
      .replace(LONG_U, '$1')
      .replace(LONG_E, '$1');
    if (looseReadings.size >= LOOSE_READINGS_LIMIT) looseReadings.clear();
    looseReadings.set(reading, loose);
  }
  return loose;
}

// By reading: the same-sound check asks for the loose reading of most kanji words of every chunk, and a
// document repeats its words.
const looseReadings = new Map<string, string>();
const LOOSE_READINGS_LIMIT = 20_000;

/** A voiceless consonant's kana (k, s, t, h/p rows): a one-kanji word ending in ク/キ/ツ/チ before it doubles it (特+化 → トッカ). */
const VOICELESS = /^[カキクケコサシスセソタチツテトハヒフヘホパピプペポ]/;

/**
 * The readings of a term from its tokens: kuromoji's, and when the term is no dictionary word and a
 * one-kanji part ends in ク/キ/ツ/チ before a voiceless sound, that part doubled as spoken (特化: トクカ → トッカ).
 */
function readingsOf(tokens: readonly Token[]): string[] {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.reading === undefined) return [];
    parts.push(token.reading);
  }
  const plain = parts.join('');
  const doubled = parts
    .map((part, k) => {
      const next = parts[k + 1];
      const token = tokens[k] as Token;
      return next !== undefined && token.surface.length === 1 && /[クキツチ]$/.test(part) && part.length === 2 && VOICELESS.test(next)
        ? `${part.slice(0, -1)}ッ`
        : part;
    })
    .join('');
  return doubled === plain ? [plain] : [plain, doubled];
}

/** The reading of an all-kanji word as kuromoji reads it, or undefined when one of its parts has none. */
export function readingOf(word: string, tokenizer: Pick<JapaneseTokenizer, 'tokenize'>): string | undefined {
  let reading = '';
  for (const token of tokenizer.tokenize(word)) {
    if (token.reading === undefined) return undefined;
    reading += token.reading;
  }
  return reading;
}
