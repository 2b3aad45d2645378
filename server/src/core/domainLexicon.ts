/**
 * The domain lexicon (data/rules/domain-terms.yaml) indexed by the reading of each term's kanji, which
 * kuromoji computes when the lexicon is first used: nobody types a reading by hand.
 */
import type { RuleSet } from './knowledge/rules';
import type { JapaneseTokenizer } from './tokenizer';

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
  /** Every term, by field. */
  readonly byDomain: ReadonlyMap<string, readonly string[]>;
  /** Whether a word is a term of some field (then it is no misspelling of another term). */
  has(word: string): boolean;
}

const built = new WeakMap<RuleSet, DomainLexicon>();

export function domainLexicon(rules: RuleSet, tokenizer: Pick<JapaneseTokenizer, 'tokenize'>): DomainLexicon {
  let lexicon = built.get(rules);
  if (!lexicon) {
    lexicon = buildLexicon(rules.domainTerms, tokenizer);
    built.set(rules, lexicon);
  }
  return lexicon;
}

/**
 * Takes the terms by reading computed at build time (derivedData.ts) for a rule set instead of tokenising
 * every term again at start: what buildLexicon below computes for it.
 */
export function useDomainReadings(rules: RuleSet, byReading: ReadonlyMap<string, readonly DomainTerm[]>): void {
  if (!built.has(rules)) built.set(rules, lexiconOf(rules.domainTerms, byReading));
}

function lexiconOf(domains: ReadonlyMap<string, readonly string[]>, byReading: ReadonlyMap<string, readonly DomainTerm[]>): DomainLexicon {
  const all = new Set<string>();
  for (const terms of domains.values()) for (const term of terms) all.add(term);
  return { byReading, byDomain: domains, has: (word) => all.has(word) };
}

function buildLexicon(domains: ReadonlyMap<string, readonly string[]>, tokenizer: Pick<JapaneseTokenizer, 'tokenize'>): DomainLexicon {
  const byReading = new Map<string, DomainTerm[]>();
  for (const [domain, terms] of domains) {
    for (const term of terms) {
      const parts = ONE_KANJI_RUN.exec(term);
      if (!parts) continue;
      const [, before = '', kanji = '', after = ''] = parts;
      const reading = readingOf(kanji, tokenizer);
      if (reading === undefined) continue;
      const tokens = tokenizer.tokenize(kanji);
      const verbal = tokens.length === 1 && tokens[0]?.posDetail === 'サ変接続';
      const list = byReading.get(reading) ?? [];
      list.push({ term, domain, kanji, before, after, verbal });
      byReading.set(reading, list);
    }
  }
  return lexiconOf(domains, byReading);
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
