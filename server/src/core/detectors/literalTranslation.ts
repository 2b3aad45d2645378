/**
 * A name translated word for word: 「応用材料」 for Applied Materials, 「黒い森ラボ」 for Black Forest Labs,
 * 「ハグ顔」 for Hugging Face. Machine translation that does not know a name translates its words.
 *
 * Contract:
 * - Each entity's English names (and its Japanese name when written in Latin letters, Copilot) are rendered
 *   with a small English→Japanese word list (data: literal-words): each word translated or kept as written,
 *   as the katakana of the same piece of its Japanese name, or as the katakana other names of the knowledge
 *   base write that word with (Mistral → ミストラル); articles (Le, The) dropped; at least one word translated
 *   into kanji or kana words; joined with nothing or 「・」 in each gap (a space between two Latin words), with
 *   「の」 when the first word is translated (メタの超知能研究所 is a maker and a description), a two-word name
 *   also in reverse order, and with
 *   a company suffix (社, 研究所…) after it. Renderings without a kanji or hiragana letter are
 *   transliterations, not translations, and are left out; so are the knowledge base's own spellings.
 * - A rendering across the entity's own spelling (碁アルファ inside アルファ碁アルファ碁) is not one.
 * - Flagged only where the document speaks of the entity's field: the entity or one related to it is named,
 *   or words of its description are in the document (corroboration.ts).
 * - A rendering of several words is a warning with two such signs, information with one; a one-word name's
 *   rendering is an ordinary word (図形, 双子座) and is only information, with both signs.
 */
import { displayName, type DetectorContext } from '../context';
import { cueWeight, type DocumentEvidence } from '../corroboration';
import { katakanaKey, listedKey } from '../documentWords';
import { makeFinding } from '../finding';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import type { LiteralWords } from '../knowledge/rules';
import { keepBestNonOverlapping } from '../ranges';
import { isHiragana, isKanji, isKatakana, isLatinLetter, scriptOf } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { t } from '../l10n';
import { entriesStartingAtThree } from '../byTwoCharacters';

const CODE = 'literal-translation';
const MAX_RENDERINGS_PER_NAME = 2000;

export interface Rendering {
  readonly text: string;
  readonly entityId: string;
  /** The English name it renders. */
  readonly english: string;
  /** A one-word name: its rendering is an ordinary word. */
  readonly single: boolean;
}

/** A rendering of a name written in a chunk, where it stands alone and is not inside the name's own spelling. */
interface WrittenRendering {
  readonly rendering: Rendering;
  /** In chunk offsets. */
  readonly range: OffsetRange;
}

export const literalTranslation: SequenceDetector<WrittenRendering> = {
  code: CODE,
  description: 'A name translated word for word (応用材料 for Applied Materials), where the document speaks of its field.',
  scan(doc, services) {
    const index = renderingsOf(services.kb, services.rules.literalWords);
    const text = doc.text;
    const found: WrittenRendering[] = [];
    for (let i = 0; i < text.length; i++) {
      const candidates = entriesStartingAtThree(index, renderingText, text, i);
      if (candidates.length === 0) continue;
      const rendering = candidates.find((r) => text.startsWith(r.text, i) && standsAlone(text, i, i + r.text.length));
      if (!rendering) continue;
      const entity = services.kb.get(rendering.entityId);
      if (!entity || overlapsOwnSpelling(text, i, i + rendering.text.length, entity)) continue;
      found.push({ rendering, range: { start: i, end: i + rendering.text.length } });
    }
    return found;
  },
  itemKey: (w) => `${w.rendering.text}\u0001${w.rendering.entityId}`,
  itemRange: (w) => w.range,
  decide(chunks, context, tokenizer) {
    const verdicts = new Map<number, Finding[]>();
    const evidence = contextEvidence(context);
    const weights = new Map<string, { weight: number; cues: string[] }>();
    let ordinal = 0;
    for (const written of chunks) {
      // In a chunk, a rendering found skips the text it covers, and of overlapping findings the best is kept.
      const findings: { ordinal: number; range: OffsetRange; confidence: number; finding: Finding }[] = [];
      let covered = 0;
      for (const { rendering, range } of written) {
        const at = ordinal++;
        if (range.start < covered) continue;
        const entity = context.kb.get(rendering.entityId);
        if (!entity) continue;
        let field = weights.get(entity.id);
        if (!field) weights.set(entity.id, (field = cueWeight(entity, evidence, context.kb, tokenizer)));
        const finding = judge(rendering, entity, range, context, field);
        if (finding) {
          findings.push({ ordinal: at, range, confidence: finding.confidence, finding });
          covered = range.end;
        }
      }
      for (const kept of keepBestNonOverlapping(findings, (f) => f.confidence)) verdicts.set(kept.ordinal, [kept.finding]);
    }
    return verdicts;
  },
};

/** What the document says, read from the context (and recorded there as facts the decision read). */
function contextEvidence(context: DetectorContext): DocumentEvidence {
  return {
    contains: (word) => context.wordCount(listedKey(word)) > 0,
    hasKatakanaRun: (run) => context.wordCount(katakanaKey(run)) > 0,
    named: { has: (id) => context.mentionCount.has(id) },
  };
}

/** Inside or across the entity's own spelling (碁アルファ in アルファ碁アルファ碁): the name as written, not a translation. */
function overlapsOwnSpelling(text: string, start: number, end: number, entity: Entity): boolean {
  for (const spelling of [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])]) {
    const from = Math.max(0, start - spelling.length);
    for (let at = text.indexOf(spelling, from); at >= 0 && at < end; at = text.indexOf(spelling, at + 1)) if (at + spelling.length > start) return true;
  }
  return false;
}

/** A country written in one kanji before a company (米アップル, 英アーム), as news writes it. */
const COUNTRY_PREFIX = /[米英独仏中韓台蘭日加豪印]/;

/** Not part of a longer word: the letters on either side are not of the same script as the rendering's ends. */
function standsAlone(text: string, start: number, end: number): boolean {
  const sameScript = (a: string, b: string): boolean =>
    (isKanji(a) && isKanji(b)) || (isKatakana(a) && isKatakana(b)) || (isLatinLetter(a) && isLatinLetter(b));
  const before = COUNTRY_PREFIX.test(text[start - 1] ?? '') && !isKanji(text[start - 2] ?? '') ? start - 1 : start;
  return !sameScript(text[before - 1] ?? '', text[before] ?? '') && !sameScript(text[end - 1] ?? '', text[end] ?? '');
}

function judge(
  rendering: Rendering,
  entity: Entity,
  range: Finding['range'],
  context: DetectorContext,
  field: { weight: number; cues: string[] },
): Finding | undefined {
  const affinity = context.affinity(entity.id);
  const signs = (affinity > 0 ? 1 : 0) + (field.weight >= 1 ? 1 : 0);
  if (signs === 0 || (rendering.single && signs < 2)) return undefined;
  const confidence = rendering.single ? 0.55 : signs >= 2 ? 0.75 : 0.6;
  const fix = context.mostUsedSpelling(entity.id, (surface) => scriptOf(surface) !== 'latin') ?? entity.ja;
  const reasons = [
    t('「{0}」 translates the words of 「{1}」 one by one.', rendering.text, rendering.english),
    affinity > 0 ? t('{0} or an entity related to it is named in this document.', displayName(entity)) : '',
    field.weight >= 1 ? t('The document speaks of its field: {0}.', field.cues.map((c) => `「${c}」`).join(', ')) : '',
    rendering.single ? t('「{0}」 is also an ordinary word, so this is only a possibility.', rendering.text) : '',
  ].filter((r) => r !== '');
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like the name {1} translated word for word', rendering.text, entity.en),
    confidence,
    explanation: { problem: t('A name translated literally: {0}.', displayName(entity)), reasons },
    replacements: [fix],
    entityId: entity.id,
  });
}

const renderingText = (rendering: Rendering): string => rendering.text;

const renderingCache = new WeakMap<KnowledgeBase, Map<LiteralWords, ReadonlyMap<string, readonly Rendering[]>>>();

/**
 * Takes the renderings of a knowledge base and word list computed at build time (derivedData.ts) instead of
 * rendering every name again at start; they are what renderingsOf below would compute for them.
 */
export function useRenderings(kb: KnowledgeBase, words: LiteralWords, index: ReadonlyMap<string, readonly Rendering[]>): void {
  let byWords = renderingCache.get(kb);
  if (!byWords) renderingCache.set(kb, (byWords = new Map()));
  if (!byWords.has(words)) byWords.set(words, index);
}

/** Every rendering of every entity's English names, by first character, longest first: built once per knowledge base and word list. */
export function renderingsOf(kb: KnowledgeBase, words: LiteralWords): ReadonlyMap<string, readonly Rendering[]> {
  let byWords = renderingCache.get(kb);
  if (!byWords) renderingCache.set(kb, (byWords = new Map()));
  const cached = byWords.get(words);
  if (cached) return cached;
  const own = new Set<string>();
  for (const entity of kb.entities.values()) for (const s of [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])]) own.add(s);
  const index = new Map<string, Rendering[]>();
  const katakanaOf = katakanaWords(kb);
  for (const entity of kb.entities.values()) {
    for (const { english, core } of englishNames(entity)) {
      for (const rendering of renderName(english, entity, words, katakanaOf)) {
        if (own.has(rendering) || ![...rendering].some((ch) => isKanji(ch) || isHiragana(ch))) continue;
        const suffixed = words.suffixes.some((suffix) => rendering.endsWith(suffix));
        // Without its generic word, a name is rendered only with a company suffix (認知社, not 認知).
        if (core && !suffixed) continue;
        const first = rendering[0] ?? '';
        const list = index.get(first) ?? [];
        // A one-word name with a company suffix (認知社) is no ordinary word any more.
        const single = wordsOf(english, words).length === 1 && !suffixed;
        if (!list.some((r) => r.text === rendering)) list.push({ text: rendering, entityId: entity.id, english, single });
        index.set(first, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  byWords.set(words, index);
  return index;
}

/** Words a company's name ends with that translation drops (Cognition AI → 認知社, Recursion Pharmaceuticals → 再帰製薬). */
const GENERIC_ENDING = /\s+(?:AI|Inc\.?|Labs?|Pharmaceuticals|Technologies|Technology|Systems|Corporation|Corp\.?|Holdings|Group|Research|Therapeutics)$/;

/** The entity's English names: its own, its Latin aliases, and (a company's) each of these without a generic last word. */
function englishNames(entity: Entity): { english: string; core: boolean }[] {
  // The Japanese name too when it is written in Latin letters (Copilot of Microsoft Copilot): the name as used.
  const latin = [entity.ja, ...(entity.aliases ?? [])].filter((a) => scriptOf(a) === 'latin');
  const names = [...new Set([entity.en, ...latin])];
  const cores = entity.type === 'company' ? names.map((n) => n.replace(GENERIC_ENDING, '')).filter((n) => n.length >= 4 && !names.includes(n)) : [];
  return [...names.map((english) => ({ english, core: false })), ...[...new Set(cores)].map((english) => ({ english, core: true }))];
}

/** "Applied Materials" → [Applied, Materials]; "SemiAnalysis" → [Semi, Analysis]; "Blackwell" → [Black, well] when both halves are listed. */
function wordsOf(english: string, words: LiteralWords): string[] {
  const split = english.split(/[\s-]+/).flatMap((w) => w.split(/(?<=[a-z])(?=[A-Z])/));
  // An article translation drops (Le Chat → 猫, The Browser Company): the rest is the name.
  const pieces = split.length > 1 ? split.filter((piece) => !ARTICLES.has(piece.toLowerCase())) : split;
  return pieces.flatMap((piece) => {
    const lower = piece.toLowerCase();
    if (words.words.has(lower) || lower.length < 6) return [piece];
    for (let cut = 2; cut <= lower.length - 2; cut++) {
      if (words.words.has(lower.slice(0, cut)) && words.words.has(lower.slice(cut))) return [piece.slice(0, cut), piece.slice(cut)];
    }
    return [piece];
  });
}

/** Articles a translation leaves out of a name. */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

function renderName(english: string, entity: Entity, words: LiteralWords, katakanaOf: ReadonlyMap<string, readonly string[]>): string[] {
  const pieces = wordsOf(english, words);
  if (pieces.length > 4) return [];
  const katakanaPieces = entity.ja.split(/[・･]/);
  const options = pieces.map((piece, i) => {
    const literal = words.words.get(piece.toLowerCase()) ?? [];
    // A word kept is written as it is, as the same piece of the Japanese name, or as the katakana the
    // knowledge base writes it with in other names (Mistral → ミストラル, for 「ミストラル大」 of Mistral Large).
    const own = katakanaPieces.length === pieces.length && katakanaPieces[i] ? [katakanaPieces[i]] : [];
    const kept = [...new Set([piece, ...own, ...(katakanaOf.get(piece.toLowerCase()) ?? [])])];
    return { literal, kept };
  });
  if (options.every((o) => o.literal.length === 0)) return [];
  const results: string[] = [];
  const combine = (i: number, parts: { text: string; literal: boolean }[]): void => {
    if (results.length > MAX_RENDERINGS_PER_NAME) return;
    if (i === options.length) {
      if (!parts.some((p) => p.literal)) return;
      const texts = parts.map((p) => p.text);
      // A name kept before 「の」 (メタの超知能研究所) is its owner and a description, as good Japanese writes it.
      const joined = [...joinings(texts), ...(parts[0]?.literal ? [texts.join('の')] : [])];
      if (texts.length === 2) joined.push([...texts].reverse().join(''));
      for (const base of new Set(joined)) {
        results.push(base);
        if (!/(研究所|ラボ|社)$/.test(base)) for (const suffix of words.suffixes) results.push(base + suffix);
      }
      return;
    }
    const option = options[i];
    if (!option) return;
    // A katakana rendering (アルファ for alpha) is a transliteration: it keeps the word, it does not translate it.
    for (const text of option.literal) combine(i + 1, [...parts, { text, literal: [...text].some((ch) => isKanji(ch) || isHiragana(ch)) }]);
    for (const text of option.kept) combine(i + 1, [...parts, { text, literal: false }]);
  };
  combine(0, []);
  return results;
}

/**
 * The words joined as translations write them: nothing or 「・」 between two words, each gap on its own
 * (光速ベンチャー・パートナーズ translates one word and keeps the rest as spelled), a space between two words
 * in Latin letters (Azure AI鋳造所).
 */
function joinings(texts: readonly string[]): string[] {
  let results = [texts[0] ?? ''];
  for (let i = 1; i < texts.length; i++) {
    const before = texts[i - 1] ?? '';
    const text = texts[i] ?? '';
    const bothLatin = /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(text);
    const gaps = bothLatin ? [' ', ''] : ['', '・'];
    results = results.flatMap((done) => gaps.map((gap) => done + gap + text));
  }
  return results;
}

const katakanaWordCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/**
 * The katakana the knowledge base writes English words with, read off names whose English and Japanese
 * spellings have the same pieces (Mistral AI / ミストラルAI: mistral → ミストラル; Lightspeed Venture Partners /
 * ライトスピード・ベンチャー・パートナーズ: venture → ベンチャー).
 */
function katakanaWords(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  let found = katakanaWordCache.get(kb);
  if (found) return found;
  const words = new Map<string, string[]>();
  for (const entity of kb.entities.values()) {
    const english = entity.en.split(/[\s-]+/);
    for (const spelling of [entity.ja, ...(entity.aliases ?? [])]) {
      const japanese = spelling.match(/[\u30A1-\u30FA\u30FC]+|[A-Za-z0-9]+/g) ?? [];
      if (japanese.length !== english.length || japanese.join('').length < spelling.replace(/[・･\s]/g, '').length) continue;
      // Aligned only when every Latin piece is the English word in its place, and a katakana piece stands for one.
      const aligned = japanese.every((piece, i) => !/^[A-Za-z0-9]/.test(piece) || piece.toLowerCase() === english[i]?.toLowerCase());
      if (!aligned) continue;
      japanese.forEach((piece, i) => {
        const word = english[i]?.toLowerCase() ?? '';
        if (!/^[\u30A1-\u30FA]/.test(piece) || !/^[a-z]{3,}$/.test(word)) return;
        const list = words.get(word) ?? [];
        if (!list.includes(piece) && list.length < 3) list.push(piece);
        words.set(word, list);
      });
    }
  }
  katakanaWordCache.set(kb, (found = words));
  return found;
}
