/**
 * Same-sound kanji (同音異義語), the commonest error of Japanese speech recognition and kana-to-kanji
 * conversion: 機会学習 for 機械学習, 反動体 for 半導体, 一時情報 for 一次情報, 受容が高まる for 需要が高まる.
 *
 * Contract: a run of kanji words (nouns, prefixes; never proper nouns) whose kuromoji reading equals the
 * reading of a domain term's kanji, spelt otherwise and not itself a domain term, is flagged with the term
 * as its fix:
 * - a compound of several words (機会+学習), or a word inside the term's kana/Latin (精製+AI): a warning
 *   when the passage names other terms of the term's field or the term itself, else information;
 * - a single dictionary word (受容), also one cut from a compound (価格|競技, GPU|受容): only with a
 *   collocation of the term around it (an `after` phrase, or its rest past a particle further in the clause;
 *   a `before` phrase; a cue of the term then の, or then を/も as its object: 重みも公開) and the term's
 *   subject near it (a cue in its sentence and the ones beside it in its paragraph) or often in the document
 *   (three cues, the term itself counted: information); a warning (same-sound-collocations.yaml);
 * - a single word that is a term itself (勧告 for 韓国), or one whose reading matches the term's only with
 *   long vowels blurred (保安 for 法案, 住宅 for 受託): as above, with two cues near it (or one near and three
 *   in the document);
 * - or a noun that cannot take する, followed by it, where the term can (書名し → 署名し, 覇権して → 派遣して).
 * - a single dictionary word that no list names (no collocation of the term around it, not off the field): only
 *   when the document writes the term itself elsewhere and the sentences around the word name another term
 *   of the term's field; information (unlistedFieldFit). A term with collocations none of which stands there is
 *   never read so (its sound-alikes are real words the rule file keeps quiet without a collocation).
 * - a compound whose suffix alone differs from the term's is taken for it unless the written suffix makes a word of
 *   any stem (財務相 beside 財務省, 使用量 beside 使用料: wordSuffixes); 計算料 for 計算量 is.
 * A term's reading is kuromoji's, and for a term no dictionary word, also as spoken (特化: トッカ).
 */
import { ALL_KANJI, domainLexicon, looseReading, type DomainLexicon, type DomainTerm } from '../domainLexicon';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { SameSoundCollocation } from '../knowledge/rules';
import { t } from '../l10n';
import type { Token } from '../tokenizer';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { listedKey } from '../documentWords';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';

const CODE = 'same-sound-kanji';
const MAX_WORDS = 4;
const SENTENCE_END = /[。！？!?\n]/;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly reading: string;
  readonly term: DomainTerm;
  /** Other terms of the reading that fit as well (サンカ: 酸化, 傘下): each is judged in turn, the first judged likely wins. */
  readonly others: readonly DomainTerm[];
  /** One dictionary word with nothing of the term around it: needs a collocation. */
  readonly single: boolean;
  /** The single word is a noun that cannot take する, followed by する, and the term can take it. */
  readonly verbMisfit: boolean;
  /** The term was found by the loose reading (long vowels blurred), not the exact one. */
  readonly loose: boolean;
  /** The word as written is a term of the lexicon itself (勧告 for 韓国): it needs more signs. */
  readonly writtenIsTerm: boolean;
  /** The word as written takes する (使用): after a noun and の it is that noun's action, whatever the noun. */
  readonly writtenVerbal: boolean;
  /** The word as written is the stem of a na-adjective used as one (意外な, 重要に): not a noun misheard. */
  readonly writtenAdjectival: boolean;
  /** Two kanji that are no word, a prefix and a noun (両+産, 同+画), read as a two-kanji term: information only. */
  readonly prefixedPair: boolean;
}

export const sameSoundKanji: Detector = {
  code: CODE,
  description: 'Kanji of the same reading as a term of the field, spelt otherwise (機会学習 for 機械学習, 反動体 for 半導体).',
  detect(doc, context) {
    const lexicon = domainLexicon(context.rules, doc);
    const text = doc.flow.text;
    if (!ALL_KANJI_SOMEWHERE.test(text)) return [];
    const tokens = alignedTokens(doc.tokenize(text), text);
    const findings: Finding[] = [];
    let coveredUntil = 0;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (first.start < coveredUntil || !isKanjiWord(first, tokens[i + 1])) continue;
      const firstCandidate = longestCandidate(tokens, i, text, lexicon, context.rules.sameSoundCollocations, context.rules.sameSoundWordSuffixes);
      if (!firstCandidate) continue;
      const range = flowRange(doc.flow, firstCandidate.start, firstCandidate.end);
      // Part of a name the knowledge base knows (広帯域メモリー), or of a term written as the lexicon has it: spelt as meant.
      if (context.mentions.some((m) => m.range.start < range.end && range.start < m.range.end)) continue;
      if (insideTerm(text, firstCandidate, lexicon.byDomain)) continue;
      let candidate = firstCandidate;
      let finding: Judgement | undefined;
      for (const term of [firstCandidate.term, ...firstCandidate.others]) {
        candidate = { ...firstCandidate, term };
        finding = judge(
          candidate,
          text,
          lexicon.byDomain,
          context.rules.sameSoundCollocations,
          (cue) => context.wordCount(listedKey(cue)) > 0,
          context.rules.sameSoundOffField,
          countryNames(context.kb),
        );
        if (finding) break;
      }
      if (!finding) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range,
          message: t(
            '「{0}」 reads {1} like the term 「{2}」 ({3}): probably the wrong kanji',
            candidate.written,
            candidate.reading,
            candidate.term.kanji,
            fieldName(candidate.term.domain),
          ),
          confidence: finding.confidence,
          explanation: {
            problem: t('Same reading, other kanji: speech recognition and kana-to-kanji conversion often write the wrong word of a reading.'),
            reasons: [t('「{0}」 and 「{1}」 are both read {2}.', candidate.written, candidate.term.kanji, candidate.reading), ...finding.reasons],
          },
          replacements: [candidate.term.kanji],
        }),
      );
      coveredUntil = candidate.end;
    }
    return findings;
  },
};

/** Nouns that do not take する: a common noun, or the stem of a na-adjective (私的). */
const NOT_VERBAL: ReadonlySet<string> = new Set(['一般', '形容動詞語幹']);

const NO_TOKEN: Token = { surface: '', start: 0, end: 0, pos: '', posDetail: '', known: false };
const ALL_KANJI_SOMEWHERE = /[\u3400-\u9fff]/;
const STARTS_WITH_KANJI = /^[\u3400-\u9fff々]/;

/**
 * Tokens placed by their surfaces: kuromoji's positions drift after a sentence end inside the tokenised
 * text (seen after 「。」 in real text), and a fix must replace exactly the flagged word.
 */
function alignedTokens(tokens: readonly Token[], text: string): Token[] {
  let cursor = 0;
  return tokens.map((token) => {
    const at = text.indexOf(token.surface, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + token.surface.length;
    return start === token.start ? token : { ...token, start, end: cursor };
  });
}

/** A word that may be part of a misheard term: a known kanji noun or prefix with a reading, not a name (or an adverb used as a noun, before を/が/は: 再三を).*/
function isKanjiWord(token: Token, next?: Token): boolean {
  return (
    token.reading !== undefined &&
    (token.pos === '名詞' ||
      token.pos === '接頭詞' ||
      (token.pos === '副詞' && next !== undefined && next.pos === '助詞' && /^[をがは]$/.test(next.surface))) &&
    token.posDetail !== '固有名詞' &&
    token.posDetail !== '数' &&
    ALL_KANJI.test(token.surface)
  );
}

/** The longest run of kanji words from token i whose reading is a domain term's and whose spelling is not. */
/**
 * The stem the same and only its suffix another of one reading (財務相/財務省, 経済産業相/経済産業省, 使用量/使用料),
 * the written suffix one that makes a word of any stem (wordSuffixes): both are words formed as the language forms
 * them (a minister, a ministry; an amount, a fee), and the sound cannot tell them apart.
 */
function suffixSwap(words: readonly Token[], written: string, term: string, wordSuffixes: ReadonlySet<string>): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || last?.posDetail !== '接尾') return false;
  const stem = written.slice(0, written.length - last.surface.length);
  // Only a suffix that makes a word of any stem (相, 省, 量: 使用量 as much as 使用料): 計算料 for 計算量 makes none.
  return term.startsWith(stem) && term.length === written.length && wordSuffixes.has(last.surface);
}

function longestCandidate(
  tokens: readonly Token[],
  i: number,
  text: string,
  lexicon: DomainLexicon,
  collocations: readonly SameSoundCollocation[],
  wordSuffixes: ReadonlySet<string>,
): Candidate | undefined {
  const { byReading, has: isTerm } = lexicon;
  // Most kanji words start no term's reading (nor sound like a term on their own): nothing below can match them.
  const firstReading = tokens[i]?.reading ?? '';
  if (!readingPrefixes(lexicon).has(firstReading) && !lexicon.byLooseReading.has(looseReading(firstReading))) return undefined;
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < MAX_WORDS; k++) {
    const token = tokens[k] as Token;
    if (!isKanjiWord(token, tokens[k + 1]) || (run.length > 0 && token.start !== (run[run.length - 1] as Token).end)) break;
    run.push(token);
  }
  const previous = tokens[i - 1];
  // A counter after a number (5|月) ends a number, not a compound with what follows (5月|以降).
  const counter = previous !== undefined && previous.surface.length === 1 && /[0-9０-９]/.test(text[previous.start - 1] ?? '');
  const inCompound = previous !== undefined && previous.end === (run[0] as Token).start && isKanjiWord(previous) && !counter;
  const ruled = (entry: DomainTerm): boolean => collocations.some((rule) => rule.term === entry.kanji);
  // The most words whose readings run together start some term's reading: more make no term's (nor, beyond
  // one word, a loose reading's), so nothing below can match them.
  const prefixes = readingPrefixes(lexicon);
  let readable = 0;
  for (let joined = ''; readable < run.length; readable++) {
    joined += (run[readable] as Token).reading ?? '';
    if (!prefixes.has(joined)) break;
  }
  for (let length = Math.min(Math.max(readable, 1), run.length); length >= 1; length--) {
    const words = run.slice(0, length);
    const start = (words[0] as Token).start;
    const end = (words[length - 1] as Token).end;
    const written = text.slice(start, end);
    // Two kanji read as one word (線+状) are too easily another word; and part of a longer compound
    // (線状|降水帯) is one only when long enough to be a term of its own.
    const pair = length === 2 && prefixedPair(words, run.length, inCompound);
    if (length > 1 && written.length < 3 && !pair) continue;
    const reading = words.map((w) => w.reading).join('');
    const entries = byReading.get(reading) ?? [];
    const cut = (inCompound || length < run.length || isKanjiWord(tokens[i + run.length] ?? NO_TOKEN)) && written.length < 3;
    // A word cut from a compound (供給|競技, GPU|受容) is judged only as a single word by its term's collocations.
    const looseEntries = length === 1 ? (lexicon.byLooseReading.get(looseReading(reading)) ?? []) : [];
    if (cut && !(length === 1 && (entries.some(ruled) || looseEntries.some(ruled)))) continue;
    const next = tokens[i + 1];
    const takesSuru = next !== undefined && next.start === end && next.pos === '動詞' && /^(し|す|さ|せ)/.test(next.surface);
    // A noun that cannot take する, before する: ungrammatical as written, whatever else the word is.
    const misfit = length === 1 && takesSuru && NOT_VERBAL.has((words[0] as Token).posDetail);
    // A word that is a term itself (精製) is no misspelling of another, unless the other's kana or Latin stands
    // around it (精製AI), or it cannot take the する that follows it, or the other's collocations say so (judged stricter).
    // Before a する it cannot take, the terms that take it first (意向した: 移行, not 以降).
    const ordered = misfit ? [...entries.filter((e) => e.verbal), ...entries.filter((e) => !e.verbal)] : entries;
    const fitting = ordered.filter(
      (entry) =>
        entry.kanji !== written &&
        !suffixSwap(words, written, entry.kanji, wordSuffixes) &&
        entry.kanji.length === written.length &&
        text.slice(start - entry.before.length, start) === entry.before &&
        text.slice(end, end + entry.after.length) === entry.after &&
        endsWord(text, start - entry.before.length, end + entry.after.length, entry) &&
        (entry.before !== '' || entry.after !== ''
          ? !isTerm(text.slice(start - entry.before.length, end + entry.after.length))
          : !isTerm(written) || (length === 1 && ((misfit && entry.verbal) || ruled(entry)))),
    );
    const term = fitting[0];
    if (!term) {
      // A single word heard with a vowel cut short or drawn out (保安 for 法案): only a term with collocations, judged by them.
      if (length !== 1 || isTerm(written)) continue;
      const loose = looseEntries.find(
        (entry) => entry.kanji !== written && entry.before === '' && entry.after === '' && entry.kanji.length === written.length && ruled(entry),
      );
      if (!loose) continue;
      return {
        start,
        end,
        written,
        reading,
        term: loose,
        others: [],
        single: true,
        verbMisfit: false,
        loose: true,
        writtenIsTerm: false,
        writtenVerbal: isVerbal(words),
        writtenAdjectival: isAdjectival(words, text, end),
        prefixedPair: false,
      };
    }
    // A prefix before a term spelt right (全|工程, 各|市場) is that term qualified, not another term misheard.
    if (length > 1 && (words[0] as Token).pos === '接頭詞' && isTerm(text.slice((words[1] as Token).start, end))) continue;
    // A prefixed pair stands for a one-word term of two kanji (量産, 動画), not for a term with kana or Latin around it.
    if (pair && !(term.before === '' && term.after === '' && term.kanji.length === 2)) continue;
    const single = length === 1 && term.before === '' && term.after === '';
    const verbMisfit = single && term.verbal && misfit && !cut;
    return {
      start,
      end,
      written,
      reading,
      term,
      others: fitting.slice(1),
      single,
      verbMisfit,
      loose: false,
      writtenIsTerm: isTerm(written),
      writtenVerbal: isVerbal(words),
      writtenAdjectival: isAdjectival(words, text, end),
      prefixedPair: pair,
    };
  }
  return undefined;
}

/**
 * A prefix and a plain noun that make no dictionary word together (両+産, 同+画) and stand alone (no kanji word
 * around them): a two-kanji word kuromoji does not know, which a recogniser writes for a term of the same sound.
 */
function prefixedPair(words: readonly Token[], runLength: number, inCompound: boolean): boolean {
  const [prefix, noun] = words;
  return (
    runLength === 2 &&
    !inCompound &&
    prefix?.pos === '接頭詞' &&
    noun?.pos === '名詞' &&
    noun.posDetail === '一般' &&
    prefix.surface.length === 1 &&
    noun.surface.length === 1
  );
}

const prefixesOf = new WeakMap<DomainLexicon, ReadonlySet<string>>();

/** Every beginning of a term's reading (the readings themselves included): a run of words can read as a term only from one of them. */
function readingPrefixes(lexicon: DomainLexicon): ReadonlySet<string> {
  let prefixes = prefixesOf.get(lexicon);
  if (!prefixes) {
    const all = new Set<string>();
    for (const reading of lexicon.byReading.keys()) for (let length = 1; length <= reading.length; length++) all.add(reading.slice(0, length));
    prefixes = all;
    prefixesOf.set(lexicon, prefixes);
  }
  return prefixes;
}

const isVerbal = (words: readonly Token[]): boolean => words.length === 1 && (words[0] as Token).posDetail === 'サ変接続';
const isAdjectival = (words: readonly Token[], text: string, end: number): boolean =>
  words.length === 1 && (words[0] as Token).posDetail === '形容動詞語幹' && /^(?:な|に|だ|で|性|さ)/.test(text.slice(end));

const WORD_CHARACTER = /[\p{Script=Katakana}\p{Script=Latin}ー0-9]/u;

/** A term's kana or Latin matched whole words (メモリ in メモリー is not the word メモリ). */
function endsWord(text: string, from: number, to: number, entry: DomainTerm): boolean {
  if (entry.after !== '' && WORD_CHARACTER.test(text[to] ?? '')) return false;
  if (entry.before !== '' && WORD_CHARACTER.test(text[from - 1] ?? '')) return false;
  return true;
}

/** Whether the written kanji stand inside a longer term of the lexicon written as it is there. */
function insideTerm(text: string, candidate: Candidate, byDomain: ReadonlyMap<string, readonly string[]>): boolean {
  for (const [term, at] of placesInTerms(candidate.written, byDomain)) if (text.startsWith(term, candidate.start - at)) return true;
  return false;
}

const placesByLexicon = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, readonly (readonly [string, number])[]>>();
const PLACES_LIMIT = 20_000;

/** The longer terms a written word stands in, with where in each: looked for in the whole lexicon once per word. */
function placesInTerms(written: string, byDomain: ReadonlyMap<string, readonly string[]>): readonly (readonly [string, number])[] {
  let byWritten = placesByLexicon.get(byDomain);
  if (!byWritten) placesByLexicon.set(byDomain, (byWritten = new Map()));
  let places = byWritten.get(written);
  if (!places) {
    const found: (readonly [string, number])[] = [];
    for (const terms of byDomain.values()) {
      for (const term of terms) {
        if (term.length <= written.length) continue;
        for (let at = term.indexOf(written); at >= 0; at = term.indexOf(written, at + 1)) found.push([term, at]);
      }
    }
    places = found;
    if (byWritten.size >= PLACES_LIMIT) byWritten.clear();
    byWritten.set(written, places);
  }
  return places;
}

interface Judgement {
  readonly confidence: number;
  readonly reasons: readonly string[];
}

function judge(
  candidate: Candidate,
  text: string,
  byDomain: ReadonlyMap<string, readonly string[]>,
  collocations: readonly SameSoundCollocation[],
  inDocument: (cue: string) => boolean,
  offField: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): Judgement | undefined {
  if (alsoRightFor(candidate.written, candidate.term.kanji, collocations)) return undefined;
  if (candidate.single) {
    if (candidate.verbMisfit) {
      return {
        confidence: 0.72,
        reasons: [t('「{0}」 is not a word that takes する, 「{1}」 is: 「{1}する」 is meant.', candidate.written, candidate.term.kanji)],
      };
    }
    const following = text.slice(candidate.end);
    // A na-adjective before な or made a noun (重要な, 重要性): the word as written is in its place. (Before に it
    // may be a noun misheard: 取締役快調に就任.)
    if (candidate.writtenAdjectival && /^(?:な|性|さ)/.test(following)) return undefined;
    const rule = collocations.find((r) => r.term === candidate.term.kanji);
    const preceding = text.slice(0, candidate.start);
    const collocation = rule && collocationAround(rule, following, preceding, !candidate.writtenVerbal);
    // A term with a collocation rule is read only when one of its collocations stands here (the rule file's contract).
    if (!rule)
      return offField.has(candidate.written)
        ? fieldFit(candidate, text, byDomain, countries)
        : unlistedFieldFit(candidate, text, byDomain, countries, inDocument(candidate.term.term));
    // No usual phrase of the term here: only a word off the field is read. The others are real words of the field's
    // stories too (受容 beside 需要, 後悔 beside 公開), which the rule file's contract says need a collocation.
    if (!collocation) return offField.has(candidate.written) ? fieldFit(candidate, text, byDomain, countries) : undefined;
    const phrase = collocation.before
      ? [collocation.words + candidate.term.kanji, collocation.words + candidate.written]
      : [candidate.term.kanji + collocation.words, candidate.written + collocation.words];
    // The cues are looked for in the sentence and its neighbours: a story names its subject once, not in every sentence.
    // A word that needs more (a term itself, a vowel blurred) needs cues beside the collocation's own words:
    // 製造 of 住宅製造 says nothing of 受託 that the phrase did not.
    // A written term whose own usual phrases are known and none of them stands here (勤務の精度を: no phrase of
    // 精度) is judged like a plain word: the phrases of the two terms tell them apart.
    const ownRule = candidate.writtenIsTerm ? collocations.find((r) => r.term === candidate.written) : undefined;
    const ownPhraseAbsent = ownRule !== undefined && collocationAround(ownRule, following, preceding, true) === undefined;
    const strict = (candidate.writtenIsTerm && !ownPhraseAbsent) || candidate.loose;
    const [from, to] = !strict
      ? [candidate.start, candidate.end]
      : collocation.before
        ? [candidate.start - collocation.words.length, candidate.end]
        : [candidate.start, candidate.end + collocation.words.length];
    const near = window(text, from, to);
    const cues = rule.cues.filter((cue) => mentions(near, cue));
    // And in the whole document (the term itself written elsewhere is one): a story that speaks of the subject
    // often (three cues or more) vouches for a plain word alone, and for one that needs more (a term itself,
    // a vowel blurred) with one cue near it.
    const far = [rule.term, ...rule.cues].filter((cue) => (cue.length >= 2 || cues.includes(cue)) && inDocument(cue));
    const nearEnough = cues.length >= (strict ? 2 : 1);
    const farEnough = far.length >= 3 && (!strict || cues.length >= 1);
    if (!nearEnough && !farEnough) return undefined;
    const reasons = [
      t('「{0}」 is a usual phrase, 「{1}」 is not.', phrase[0], phrase[1]),
      nearEnough ? t('The sentence speaks of {0}.', quoted(cues)) : t('The document speaks of {0}.', quoted(far.slice(0, 4))),
    ];
    if (candidate.loose) reasons.unshift(t('「{0}」 sounds like 「{1}」 said quickly.', candidate.written, candidate.term.kanji));
    return { confidence: nearEnough || strict ? 0.72 : 0.6, reasons };
  }
  // A prefix and a noun that are no word may still be a word kuromoji does not know (両+面): never more than information.
  if (candidate.prefixedPair) {
    return {
      confidence: 0.55,
      reasons: [
        t(
          '「{0}」 is no dictionary word; 「{1}」 is, and reads the same: unsure, a word the dictionary lacks may be meant.',
          candidate.written,
          candidate.term.kanji,
        ),
      ],
    };
  }
  // The passage: the chunk's text without the candidate itself.
  const passage = text.slice(0, candidate.start) + '\u0000' + text.slice(candidate.end);
  const termItself = passage.includes(candidate.term.term);
  const neighbours = (byDomain.get(candidate.term.domain) ?? []).filter((term) => term !== candidate.term.term && passage.includes(term)).slice(0, 4);
  if (!termItself && neighbours.length === 0)
    return { confidence: 0.55, reasons: [t('Nothing else in the passage speaks of {0}: unsure.', fieldName(candidate.term.domain))] };
  return {
    confidence: termItself ? 0.85 : 0.75,
    reasons: [
      termItself
        ? t('The passage writes 「{0}」 elsewhere.', candidate.term.term)
        : t('The passage speaks of {0}: {1}.', fieldName(candidate.term.domain), quoted(neighbours)),
    ],
  };
}

const countryCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The names of the countries of the knowledge base, as Japanese writes them. */
function countryNames(kb: KnowledgeBase): ReadonlySet<string> {
  let names = countryCache.get(kb);
  if (!names) {
    const built = new Set<string>();
    for (const entity of kb.entities.values())
      if (entity.type === 'country') for (const name of [entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])]) built.add(name);
    countryCache.set(kb, (names = built));
  }
  return names;
}

/** Fields whose words are in every story: they say nothing of which word of a reading is meant. */
const GENERAL_FIELDS: ReadonlySet<string> = new Set(['media']);

/**
 * A single word never meant in the field's stories (敗戦, 懐炉: offField), with the reading of a term of one (配線, 回路), where the
 * sentence and the ones beside it speak of that field: other terms of it around the word (電気の敗戦, チップの中の
 * 敗戦). A warning with two such terms, or one and the term itself written near; information with one.
 * Names of countries (日本) are no such terms.
 * Ordinary words of the genre are never listed there: they need a collocation.
 */
function fieldFit(candidate: Candidate, text: string, byDomain: ReadonlyMap<string, readonly string[]>, countries: ReadonlySet<string>): Judgement | undefined {
  if (candidate.writtenIsTerm || candidate.loose || candidate.writtenAdjectival || GENERAL_FIELDS.has(candidate.term.domain)) return undefined;
  // A word of a compound (敗戦|国) is that compound's.
  if (ALL_KANJI_SOMEWHERE.test(text[candidate.start - 1] ?? '') || ALL_KANJI_SOMEWHERE.test(text[candidate.end] ?? '')) return undefined;
  const near = window(text, candidate.start, candidate.end);
  // Names of countries (日本, 米国: terms for their homophones) are in stories of every field.
  const terms = (byDomain.get(candidate.term.domain) ?? []).filter(
    (term) => term !== candidate.term.term && term.length >= 2 && !term.includes(candidate.written) && !countries.has(term) && mentions(near, term),
  );
  // A term inside a longer one found (電力 in 電力網) is the same mention.
  const neighbours = terms.filter((term) => !terms.some((other) => other !== term && other.includes(term))).slice(0, 4);
  if (neighbours.length === 0) return undefined;
  const termItself = mentions(near, candidate.term.term);
  // One word of the field may be near by chance: information then.
  const sure = neighbours.length >= 2 || termItself;
  return {
    confidence: sure ? 0.7 : 0.55,
    reasons: [
      t('The sentences around it speak of {0}: {1}.', fieldName(candidate.term.domain), quoted(neighbours)),
      ...(termItself ? [t('The passage writes 「{0}」 elsewhere.', candidate.term.term)] : []),
      ...(sure ? [] : [t('Only one word of the field is near: unsure.')]),
    ],
  };
}

/**
 * A single word of no list (受容, 向上) with the reading of a term: judged generically, by the field tags of the
 * lexicon and the document itself, never by a collocation or a listed word. Two signs together: the term is
 * written, spelt right, elsewhere in the document (a recogniser that got a word right once got it wrong here),
 * and the sentences around the word name another term of the term's field. Information only: an ordinary
 * word of the genre (参加, 向上) can stand where its homophone is also in the story.
 */
function unlistedFieldFit(
  candidate: Candidate,
  text: string,
  byDomain: ReadonlyMap<string, readonly string[]>,
  countries: ReadonlySet<string>,
  termInDocument: boolean,
): Judgement | undefined {
  if (!termInDocument || candidate.writtenIsTerm || candidate.loose || candidate.writtenAdjectival || GENERAL_FIELDS.has(candidate.term.domain))
    return undefined;
  // A word of a compound, kanji or loanword (敗戦|国, 参加|チーム), is that compound's.
  if (ALL_KANJI_SOMEWHERE.test(text[candidate.start - 1] ?? '') || COMPOUND_NEXT.test(text[candidate.end] ?? '')) return undefined;
  // Used as a verb (向上した), the word is in its place: a term that takes no する cannot stand there.
  if (candidate.writtenVerbal && !candidate.term.verbal && SURU_FORM.test(text.slice(candidate.end))) return undefined;
  // Its own sentence only: the sentence before may be the one that writes the term, and says nothing of this word.
  const near = window(text, candidate.start, candidate.end, 1);
  // The term in the word's own sentence (重みを公開したことを後悔, 規制当局は既成の): the writer tells the two apart there.
  if (near.includes(candidate.term.term)) return undefined;
  const terms = (byDomain.get(candidate.term.domain) ?? []).filter(
    (term) => term !== candidate.term.term && term.length >= 2 && !term.includes(candidate.written) && !countries.has(term) && mentions(near, term),
  );
  const neighbours = [...new Set(terms.filter((term) => !terms.some((other) => other !== term && other.includes(term))))].slice(0, 4);
  if (neighbours.length === 0) return undefined;
  return {
    confidence: 0.55,
    reasons: [
      t('The sentences around it speak of {0}: {1}.', fieldName(candidate.term.domain), quoted(neighbours)),
      t('The passage writes 「{0}」 elsewhere.', candidate.term.term),
    ],
  };
}

/** A kanji, katakana or Latin letter right after a word: the word begins a compound. */
const COMPOUND_NEXT = /[\u3400-\u9fff\u30a0-\u30ffA-Za-z]/;
/** The forms of する (and できる) after a verbal noun. */
const SURU_FORM = /^(?:し|す|さ|せ|でき)/;

/** Particles a collocation's noun may take before the rest of its clause (需要は…強い, 精度が大きく落ちる). */
const PARTICLE = /^[がはもをにの]/;
/** How far into its clause the rest of a collocation may stand after the particle. */
const CLAUSE_GAP = 16;
const CLAUSE_END = /[。、！？!?\n「」『』（）()]/;

interface Collocation {
  /** The words of the collocation as written (after the word, or before it). */
  readonly words: string;
  readonly before: boolean;
}

/**
 * A collocation of the term around the word: one of its `after` phrases right after it, or the rest of such
 * a phrase further in the same clause past the phrase's particle (需要が強い → 受容は非常に強い); one of its
 * `before` phrases right before it; or one of its cue words right before it with の (推論の精度).
 */
/** The written word is the term with a word of it that is right in its place too (監視態勢 for 監視体制: alsoRight). */
function alsoRightFor(written: string, term: string, collocations: readonly SameSoundCollocation[]): boolean {
  return collocations.some(
    (rule) => rule.alsoRight !== undefined && term.includes(rule.term) && rule.alsoRight.some((right) => written === term.replace(rule.term, right)),
  );
}

function collocationAround(rule: SameSoundCollocation, following: string, preceding: string, ownedByCue: boolean): Collocation | undefined {
  const after = rule.after?.find((a) => following.startsWith(a));
  if (after !== undefined) return { words: after, before: false };
  if (PARTICLE.test(following)) {
    const clause = clauseAhead(following.slice(1));
    for (const phrase of rule.after ?? []) {
      const rest = PARTICLE.test(phrase) && sameRole(phrase[0] ?? '', following[0] ?? '') ? phrase.slice(1) : undefined;
      // The rest must be a phrase of its own (高ま, 上回) or a kanji (強, 読), not one kana (し).
      if (rest === undefined || (rest.length < 2 && !STARTS_WITH_KANJI.test(rest))) continue;
      const at = clause.indexOf(rest);
      // A whole word, not the start of another (落ち of 落ち着く).
      if (at >= 0 && !STARTS_WITH_KANJI.test(clause.slice(at + rest.length))) return { words: following.slice(0, 1 + at + rest.length), before: false };
    }
  }
  const before = rule.before?.find((b) => preceding.endsWith(b));
  if (before !== undefined) return { words: before, before: true };
  // A cue word of the term's own, then の (推論の精度, 米国の制裁): the cue names what the term is of; or then
  // を/も, its object (重みも公開): the cue is what the term acts on. Short Latin cues (AI) and one-kanji cues (年)
  // name too much to vouch for one term.
  // (Not before a suffix: モデルを制度化する is a rule made of it. Nor の before a word that takes する: APIの使用
  // is the API's use.)
  // Or then への, where it goes or bears on (送電網への負荷, クラウドへの移行).
  const particle = /(?:への|[のをも])$/.exec(preceding)?.[0];
  if (particle !== undefined && (particle === 'の' ? ownedByCue : particle === 'への' || !STARTS_WITH_KANJI.test(following))) {
    const owner = preceding.slice(-12 - particle.length + 1, -particle.length);
    const cue = rule.cues.find((c) => c.length >= 2 && !/^[A-Za-z]{1,3}$/.test(c) && owner.endsWith(c));
    if (cue !== undefined) return { words: `${cue}${particle}`, before: true };
  }
  return undefined;
}

/**
 * Whether the particle written after the word plays the role of the phrase's own: the same particle, or は/も
 * standing for が/を (需要が強い → 受容は非常に強い). に and の are other roles: 試作に成功したと発表 is not 施策を発表.
 */
function sameRole(phraseParticle: string, writtenParticle: string): boolean {
  if (phraseParticle === writtenParticle) return true;
  const topic = (p: string): boolean => p === 'は' || p === 'も';
  const core = (p: string): boolean => p === 'が' || p === 'を';
  return (topic(writtenParticle) && core(phraseParticle)) || (topic(phraseParticle) && core(writtenParticle));
}

/** The text ahead up to the clause's end, at most CLAUSE_GAP characters and one more phrase. */
function clauseAhead(text: string): string {
  let end = 0;
  while (end < text.length && end < CLAUSE_GAP + 6 && !CLAUSE_END.test(text[end] ?? '')) end++;
  return text.slice(0, end);
}

/** A cue in a text: a Latin one as a word of its own (AI is not in OpenAI). */
function mentions(text: string, word: string): boolean {
  if (!/^[A-Za-z0-9]/.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[A-Za-z0-9]/.test(text[at - 1] ?? '') && !/[A-Za-z0-9]/.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** The sentence around a span and the sentences before and after it (or the sentence alone: sentences 1), without the span. */
function window(text: string, start: number, end: number, sentences = 2): string {
  let from = start;
  for (let ends = 0; from > 0; from--) if (SENTENCE_END.test(text[from - 1] ?? '') && ++ends === sentences) break;
  let to = end;
  for (let ends = 0; to < text.length; to++) if (SENTENCE_END.test(text[to] ?? '') && ++ends === sentences) break;
  return text.slice(from, start) + '\u0000' + text.slice(end, to);
}

function fieldName(domain: string): string {
  switch (domain) {
    case 'ai':
      return t('AI');
    case 'semiconductor':
      return t('semiconductors and energy');
    case 'finance':
      return t('finance');
    case 'policy':
      return t('policy and law');
    case 'biotech':
      return t('biotech and medicine');
    default:
      return t('news and business');
  }
}

function quoted(words: readonly string[]): string {
  return words.map((word) => `「${word}」`).join(', ');
}
