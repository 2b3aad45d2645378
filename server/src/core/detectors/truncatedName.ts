/**
 * A name cut short: 「デミ」 beside 「デミス」, 「マイクロ」 for マイクロン. Speech recognition drops the last
 * sound of a name, and translation keeps what it heard.
 *
 * Contract:
 * - A katakana word (or a part of a dotted name) that is a strict beginning of a katakana spelling, or of a
 *   part of one, of an entity the document names (as written there, or as the knowledge base lists it),
 *   or of an entity related to one it names.
 * - Cut at a sound boundary: what is lost does not start with a small kana, nor with a long-vowel mark unless
 *   a sound follows it (ラムリサ of ラムリサーチ), and the word keeps at least half the name and two sounds of it.
 * - A known spelling of any name, an ordinary loanword and a dictionary word are names or words of their
 *   own: a dictionary word (マイクロ) is at most information, and only when the entity is named, or when it
 *   stands before 世代 or 搭載 and the entity is a chip, product or model (ブラック世代 for ブラックウェル), or when
 *   the document names the entity and the word stands where a name stands (シールドは…を発表 for シールドAI, before
 *   a title or 社, listed beside a known name: namePlace.ts).
 * - A named entity the knowledge base spells only as one Latin word is matched by our katakana rendering of
 *   it (ミニマ of MiniMax → ミニマックス), and a katakana spelling with a version by its katakana (トマホー of
 *   トマホーク6); a cut of a rendering is information. A cut may fall before a long-vowel or geminate mark a
 *   sound follows (ラムリサ, ミニマ).
 * - A spelling of several pieces (SKハイニックス, アンドリーセン・ホロウィッツ) cut inside a piece after the first
 *   (SKハイ, アンドリーセン・ホロ) is that name, of any entity of the knowledge base: its whole first pieces are
 *   the evidence. Warning (a cut that is itself a spelling of some name is never one).
 * - The lost end written in hiragana right after the word (ジェミに) is the same cut name: the fix takes it in.
 * - Kanji names cut short (孫正さん for 孫正義, サムスン電 for サムスン電子): see kanjiNameCuts.ts. Warning when the
 *   entity is named or related to one named, information otherwise.
 * - Warning when the entity is named in the document, information when it is only related to one named. A
 *   proper noun the dictionary knows whole (パリ) is a cut only of a name the document itself writes.
 * - An organisation's dotted name written as its first word alone (プリファード, ハギング), when the document
 *   names that organisation (and no other with that first word) and the word is no spelling of any entity
 *   nor a dictionary word, and what is left out is more than a word of kind (エナジー, グループ, ラボ):
 *   information, since a writer may shorten a name on purpose.
 * - A word of six kana or more, not all dictionary words, that is the cut beginning (60% or more, two kana or
 *   more lost) of a one-word katakana spelling of any entity (グローバルファウ): information, the story need
 *   not name it. So is a word of four or five kana, no dictionary word, that only one entity's one-word
 *   katakana spelling begins with (60% or more of it, one kana or more lost: エヌビディ), at a lower confidence.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { displayName, type DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { knownKatakanaWords, splitNameParts } from '../nameIndex';
import { keepBestNonOverlapping } from '../ranges';
import { katakanaToRomaji, scriptOf } from '../text';
import type { Entity } from '../knowledge/model';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { renderWordBySpelling } from '../bilingual/katakanaRendering';
import { isDictionaryWord } from './dictionaryWords';
import { kanjiCuts, type KanjiCut } from './kanjiNameCuts';
import { pieceCutOf } from './pieceCuts';
import { t } from '../l10n';
import { namePlaceOf } from '../namePlace';

const CODE = 'truncated-name';
const MIN_ROMAJI = 4;
/** Kana that cannot start a sound of their own: a cut before one splits a sound. */
const NOT_A_SOUND_START = /^[ーァィゥェォッャュョヮヵヶ]/;

/**
 * Where a cut may fall: before a sound, or before a long-vowel mark or a geminate mark that a sound follows
 * (ラムリサ of ラムリサーチ, ミニマ of ミニマックス: the mark is lost with the end, as ears drop it).
 */
function cutsAtSound(lost: string): boolean {
  return !NOT_A_SOUND_START.test(lost) || (/^[ーッ]/.test(lost) && lost.length >= 2 && !NOT_A_SOUND_START.test(lost.slice(1)));
}

interface Target {
  readonly entity: Entity;
  /** The whole spelling, or the part of a dotted one, that the word begins. */
  readonly part: string;
  readonly named: boolean;
  /** The katakana is our rendering of a name the knowledge base writes only in Latin letters (MiniMax → ミニマックス). */
  readonly rendered?: boolean;
}

export const truncatedName: Detector = {
  code: CODE,
  description: 'A name cut short, the beginning of a name the document uses (デミ for デミス).',
  detect(doc, context) {
    const findings: Finding[] = [];
    const known = knownKatakanaWords(context.kb);
    const text = doc.flow.text;
    let targets: Targets | undefined;
    for (const run of text.matchAll(/[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*/g)) {
      // Alone means followed by a particle or punctuation: アポロ of アポロ計画, スタビリティ of スタビリティAI
      // and ボストン of ボストン コンサルティング グループ go on in other letters.
      const after = text[(run.index ?? 0) + run[0].length] ?? '';
      const alone = (after === '' || STANDS_ALONE_BEFORE.test(after)) && firstPieceAlone(doc, run[0], context);
      if (alone) {
        const start = run.index ?? 0;
        findings.push(firstPieceFinding(run[0], alone, flowRange(doc.flow, start, start + run[0].length)));
        continue;
      }
      let at = run.index ?? 0;
      for (const word of run[0].split(/[・･]/)) {
        const start = at;
        at += word.length + 1;
        // Before 世代 or 搭載, a part of another name (ブラック of ブラック・フォレスト) is no name of its own.
        const productPlace = PRODUCT_AFTER.test(text.slice(start + word.length, start + word.length + 4));
        const knownName = productPlace ? wholeSpellingsOf(context.kb).has(word) : known.has(word);
        if (word.length < 2 || katakanaToRomaji(word).length < MIN_ROMAJI || knownName || context.rules.ordinaryKatakana.has(word)) continue;
        targets ??= context.derived('truncated-name targets', targetsOf);
        const target = bestTarget(word, targets.byStart.get(word.slice(0, 2)) ?? []);
        if (!target) {
          const long = longCut(doc, word, context.kb);
          if (long) findings.push(longCutFinding(word, long, flowRange(doc.flow, start, start + word.length)));
          continue;
        }
        const lost = target.part.slice(word.length);
        // The lost end written in hiragana (ジェミに for ジェミニ): the name is whole, in the wrong script.
        const inHiragana = text.startsWith(toHiragana(lost), start + word.length);
        const dictionary = !inHiragana && isDictionaryWord(doc, word);
        // A dictionary word is a cut name only when one sound is lost (マイクロ/ン): オープン of オープンエーアイ is a word of the name.
        // So is one before a word that names a product's generation or use (ブラック世代, ルナー搭載機): a chip or a model's name stands there.
        const product = productPlace && PRODUCT_KINDS.has(target.entity.type);
        // An ordinary word that begins a name the document names, standing where a name stands (シールドは…を発表,
        // ティア社): the name cut short at a word of it, as information.
        const placed =
          dictionary && target.named && lost.length > 1 && !product
            ? namePlaceOf({
                text,
                start,
                end: start + word.length,
                titles: context.rules.nameTitles,
                isKnownName: (neighbour) => /^[A-Z]/.test(neighbour) || known.has(neighbour),
              })
            : undefined;
        if (dictionary && (!target.named || lost.length > 1) && !product && !placed) continue;
        // A name the dictionary knows (パリ, a city) is a name of its own: only the story's own naming of the
        // longer name (デミ beside デミス) makes it a cut, not a relation of an entity the story names (パリク).
        if (!inHiragana && !target.named && isKnownName(doc, word)) continue;
        const end = start + word.length + (inHiragana ? lost.length : 0);
        findings.push(finding(text.slice(start, end), target, dictionary, inHiragana, flowRange(doc.flow, start, end), placed?.cue));
      }
    }
    for (const cut of multiPieceCuts(text, context)) findings.push(cutFinding(cut, flowRange(doc.flow, cut.start, cut.start + cut.written.length)));
    for (const cut of kanjiCuts(text, context))
      findings.push(kanjiCutFinding(cut, context.affinity(cut.entity.id) > 0, flowRange(doc.flow, cut.start, cut.start + cut.written.length)));
    return keepBestNonOverlapping(findings, (f) => f.confidence);
  },
};

/** Entities whose names stand before a word of generation or use (世代, 搭載). */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['chip', 'product', 'model']);
/** A product's generation or what carries it, right after its name: ブラックウェル世代, ルナーレイク搭載. */
const PRODUCT_AFTER = /^\s?(?:世代|搭載)/;

/** A run of name letters: katakana, Latin letters and digits, and the middle dot between them. */
const NAME_RUN = /[A-Za-z0-9\u30A1-\u30FA\u30FC]+(?:[・･][A-Za-z0-9\u30A1-\u30FA\u30FC]+)*/g;

interface Cut {
  readonly start: number;
  readonly written: string;
  readonly entity: Entity;
  readonly spelling: string;
  readonly named: boolean;
  /** Cut inside a sound, before a small kana (チョン・ヨンヒ of チョン・ヨンヒョン): a weaker sign. */
  readonly insideSound?: boolean;
}

/**
 * Names of several pieces cut inside a later piece: 「SKハイ」 (SKハイニックス), 「オープンA」 (オープンAI),
 * 「アンドリーセン・ホロ」 (アンドリーセン・ホロウィッツ). The whole first pieces are the evidence, so any entity
 * of the knowledge base may be meant; one the document names or relates to is likelier.
 */
function* multiPieceCuts(text: string, context: DetectorContext): Generator<Cut> {
  for (const run of text.matchAll(NAME_RUN)) {
    const hit = pieceCutOf(context.kb, run[0]);
    if (!hit || knownKatakanaWords(context.kb).has(run[0])) continue;
    const entity = context.kb.get(hit.entityId);
    if (!entity) continue;
    yield {
      start: run.index ?? 0,
      written: run[0],
      entity,
      spelling: hit.spelling,
      named: context.affinity(entity.id) > 0,
      ...(hit.insideSound ? { insideSound: true } : {}),
    };
  }
}

function cutFinding(cut: Cut, range: Finding['range']): Finding {
  const { entity, spelling, written, named, insideSound } = cut;
  // Cut inside a sound, the rest may be another real name (ヨンヒ): a warning only where the story names the entity.
  const confidence = insideSound ? (named ? 0.7 : 0.5) : named ? 0.75 : 0.7;
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like 「{1}」 ({2}) cut short', written, spelling, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a name with its end lost: {0}.', displayName(entity)),
      reasons: [
        insideSound
          ? t('「{0}」 is the beginning of 「{1}」, cut inside a sound of it (before a small kana).', written, spelling)
          : t('「{0}」 is the beginning of 「{1}」, cut inside a word of it.', written, spelling),
        named
          ? t('{0} or an entity related to it is named in this document.', displayName(entity))
          : t('The whole first part of the name is written as the knowledge base spells it.'),
      ],
    },
    replacements: [spelling],
    entityId: entity.id,
  });
}

function kanjiCutFinding(cut: KanjiCut, named: boolean, range: Finding['range']): Finding {
  const { entity, spelling, written } = cut;
  const person = entity.type === 'person';
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like 「{1}」 ({2}) cut short', written, spelling, entity.en),
    confidence: named ? 0.75 : 0.55,
    explanation: {
      problem: t('Probably a name with its end lost: {0}.', displayName(entity)),
      reasons: [
        person
          ? t('「{0}」 is the surname of 「{1}」 and part of the given name, before a title: a surname is written whole or alone.', written, spelling)
          : t('「{0}」 is the beginning of 「{1}」, cut inside a word of it.', written, spelling),
        named
          ? t('{0} or an entity related to it is named in this document.', displayName(entity))
          : t('{0} is not named elsewhere in this document, so this is only a possibility.', displayName(entity)),
      ],
    },
    replacements: [spelling],
    entityId: entity.id,
  });
}

/** Kana a cut word keeps, at least, to be taken for a name the story does not otherwise name (グローバルファウ). */
const LONG_CUT_KANA = 6;
/** Kana a shorter cut keeps (エヌビディ), when one entity's name only starts so: information. */
const SHORT_CUT_KANA = 4;

/**
 * A long word that is the cut beginning of a one-word katakana spelling of any entity (グローバルファウ for
 * グローバルファウンドリーズ): six kana or more, at least 60% of the name, two kana or more lost, cut where a
 * sound ends, and not all dictionary words. So long a shared beginning is the evidence, as the first pieces
 * are for a name of several pieces; the story need not name the entity.
 */
function longCut(doc: AnalyzedDocument, word: string, kb: KnowledgeBase): LongCut | undefined {
  const kana = word.replace(/ー/g, '').length;
  if (kana < SHORT_CUT_KANA) return undefined;
  const short = kana < LONG_CUT_KANA;
  let best: LongCut | undefined;
  const entities = new Set<string>();
  for (const candidate of longSpellingsOf(kb).get(word.slice(0, 3)) ?? []) {
    const { spelling } = candidate;
    const lost = spelling.slice(word.length);
    if (lost.length < (short ? 1 : 2) || !spelling.startsWith(word) || word.length < 0.6 * spelling.length) continue;
    if (!cutsAtSound(lost)) continue;
    entities.add(candidate.entity.id);
    if (!best || spelling.length < best.spelling.length) best = candidate;
  }
  // A short cut is evidence only when one entity's name starts so (エヌビディ); with two, it is anyone's.
  if (!best || (short && entities.size > 1)) return undefined;
  // Ordinary words run together (グローバルファンド) are not a cut name; a short cut is no dictionary word at all.
  if (doc.tokenize(word).every((token) => token.known) || (short && isDictionaryWord(doc, word))) return undefined;
  return { ...best, short };
}

interface LongCut {
  readonly entity: Entity;
  readonly spelling: string;
  /** Four or five kana kept: a weaker sign, information only. */
  readonly short?: boolean;
}

const longSpellingCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly LongCut[]>>();

/** The one-word katakana spellings of every entity, long enough to be cut to six kana, by their first three kana. */
function longSpellingsOf(kb: KnowledgeBase): ReadonlyMap<string, readonly LongCut[]> {
  let byStart = longSpellingCache.get(kb);
  if (byStart) return byStart;
  const found = new Map<string, LongCut[]>();
  const spellings = new Set<string>();
  for (const entity of kb.entities.values()) {
    for (const spelling of [entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])]) {
      if (scriptOf(spelling) !== 'katakana' || /[・･]/.test(spelling) || spelling.replace(/ー/g, '').length < SHORT_CUT_KANA + 1) continue;
      spellings.add(spelling);
      const start = spelling.slice(0, 3);
      const bucket = found.get(start);
      if (bucket) bucket.push({ entity, spelling });
      else found.set(start, [{ entity, spelling }]);
    }
  }
  longSpellingCache.set(kb, (byStart = found));
  return byStart;
}

function longCutFinding(word: string, cut: LongCut, range: Finding['range']): Finding {
  const { entity, spelling } = cut;
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like 「{1}」 ({2}) cut short', word, spelling, entity.en),
    confidence: cut.short ? 0.5 : 0.6,
    explanation: {
      problem: t('Probably a name with its end lost: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is the beginning of 「{1}」, cut where a sound ends.', word, spelling),
        t('The word is not in the Japanese dictionary, so it is not an ordinary loanword.'),
        t('{0} is not named elsewhere in this document, so this is only a possibility.', displayName(entity)),
      ],
    },
    replacements: [spelling],
    entityId: entity.id,
  });
}

interface Targets {
  /** By their first two kana (a cut keeps at least two), in the order they were listed. */
  readonly byStart: ReadonlyMap<string, readonly Target[]>;
}

/** Targets by what they were listed from (the facts below), per knowledge base: chunks of one document share them. */
const targetCache = new WeakMap<KnowledgeBase, Map<string, Targets>>();
const TARGET_CACHE_SIZE = 16;

/**
 * The katakana spellings (and their parts) of the entities the document names, and of those related to
 * them. Computed once per document context (chunks read them as one fact); the spellings are listed once
 * for each distinct set of katakana spellings they come from, so that an edit that changes no katakana
 * spelling of a target (an entity named in Latin letters only, named once more or no longer) leaves the
 * same targets, and the chunks that read them their judgements.
 */
function targetsOf(context: DetectorContext): Targets {
  const named: { readonly entity: Entity; readonly spellings: readonly string[]; readonly rendered?: boolean }[] = [];
  let key = '';
  for (const id of context.mentionCount.keys()) {
    const entity = context.kb.get(id);
    if (!entity) continue;
    const written = katakanaOnly(new Set([...context.spellingsOf(id).keys(), ...listedSpellings(entity)]));
    // A name the knowledge base writes only in Latin letters, in one word: our katakana rendering of it (ミニマックス).
    const rendered = written.length === 0 ? renderedName(entity) : undefined;
    const spellings = rendered ? [rendered] : written;
    if (spellings.length === 0) continue;
    named.push({ entity, spellings, ...(rendered ? { rendered: true } : {}) });
    key += `${id}\u0002${spellings.join('\u0003')}\u0001`;
  }
  const related: { readonly entity: Entity; readonly spellings: readonly string[] }[] = [];
  for (const id of context.related) {
    const entity = context.kb.get(id);
    const spellings = entity ? katakanaOnly(listedSpellings(entity)) : [];
    if (!entity || spellings.length === 0) continue;
    related.push({ entity, spellings });
    key += `\u0004${id}`;
  }
  let cache = targetCache.get(context.kb);
  if (!cache) targetCache.set(context.kb, (cache = new Map()));
  let targets = cache.get(key);
  if (!targets) {
    targets = listTargets(named, related);
    if (cache.size >= TARGET_CACHE_SIZE) cache.clear();
    cache.set(key, targets);
  }
  return targets;
}

const listedSpellings = (entity: Entity): string[] => [entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];

/** The katakana spellings, and the katakana of a spelling with a version after it (トマホーク of トマホーク6). */
function katakanaOnly(spellings: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const spelling of spellings) {
    if (scriptOf(spelling) === 'katakana') found.add(spelling);
    const stem = VERSIONED.exec(spelling)?.[1];
    if (stem) found.add(stem);
  }
  return [...found];
}

/** A katakana name with a version after it: トマホーク6, トマホーク 6. */
const VERSIONED = /^([\u30A1-\u30FA\u30FC]{3,})\s?[0-9][0-9A-Za-z.]*$/;

/** Our katakana of a one-word Latin name of four letters or more (MiniMax → ミニマックス), for an entity with no katakana spelling. */
function renderedName(entity: Entity): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9]{3,}$/.test(entity.en)) return undefined;
  const rendered = renderWordBySpelling(entity.en);
  return /^[\u30A1-\u30FA\u30FC]{3,}$/.test(rendered) ? rendered : undefined;
}

function listTargets(
  named: readonly { readonly entity: Entity; readonly spellings: readonly string[]; readonly rendered?: boolean }[],
  related: readonly { readonly entity: Entity; readonly spellings: readonly string[] }[],
): Targets {
  const byStart = new Map<string, Target[]>();
  const add = (entity: Entity, spelling: string, isNamed: boolean, rendered?: boolean): void => {
    for (const part of new Set([spelling, ...splitNameParts(spelling)])) {
      const start = part.slice(0, 2);
      let bucket = byStart.get(start);
      if (!bucket) byStart.set(start, (bucket = []));
      bucket.push({ entity, part, named: isNamed, ...(rendered ? { rendered } : {}) });
    }
  };
  for (const { entity, spellings, rendered } of named) for (const spelling of spellings) add(entity, spelling, true, rendered);
  for (const { entity, spellings } of related) for (const spelling of spellings) add(entity, spelling, false);
  return { byStart };
}

/** The name the word is the cut beginning of; a named entity first, then the shortest cut. */
function bestTarget(word: string, targets: readonly Target[]): Target | undefined {
  let best: Target | undefined;
  for (const target of targets) {
    const { part } = target;
    if (part.length <= word.length || !part.startsWith(word) || word.length < part.length / 2) continue;
    if (!cutsAtSound(part.slice(word.length))) continue;
    if (!best || (target.named && !best.named) || (target.named === best.named && part.length < best.part.length)) best = target;
  }
  return best;
}

/** A word the dictionary knows whole, as one proper noun (パリ, ロンドン): a name of its own. */
function isKnownName(doc: AnalyzedDocument, word: string): boolean {
  const tokens = doc.tokenize(word);
  return tokens.length === 1 && tokens[0]?.known === true && tokens[0].posDetail === '固有名詞';
}

/**
 * An organisation's name written as its first word only (プリファード for プリファード・ネットワークス, ハギング
 * for ハギング・フェイス): the word alone is no spelling of any entity, no dictionary word, and the document
 * names the organisation. A person's given name or surname alone is a name of its own, never this.
 */
function firstPieceAlone(doc: AnalyzedDocument, word: string, context: DetectorContext): { entity: Entity; spelling: string } | undefined {
  if (/[・･]/.test(word) || katakanaToRomaji(word).length < MIN_ROMAJI || word.replace(/ー/g, '').length < 3) return undefined;
  const candidates = firstPiecesOf(context.kb).get(word);
  if (!candidates || wholeSpellingsOf(context.kb).has(word) || context.rules.ordinaryKatakana.has(word)) return undefined;
  const named = candidates.filter((c) => context.affinity(c.entity.id) === 1);
  // One organisation only: a first word shared by two named ones says nothing of which.
  const only = named.length === 1 ? named[0] : undefined;
  if (!only || isDictionaryWord(doc, word)) return undefined;
  // Without a word of kind (エナジー of タレン・エナジー, パーク), the name is as often shortened on purpose.
  const rest = splitNameParts(only.spelling).slice(1);
  if (rest.every((piece) => context.rules.ordinaryKatakana.has(piece) || CORPORATE_WORDS.has(piece))) return undefined;
  // The fix is the organisation's name as this document writes it, in katakana first (Hugging Face when it only
  // writes that, but not an acronym: PFN is no fix for プリファード), else the spelling cut.
  const used =
    context.mostUsedSpelling(only.entity.id, (surface) => scriptOf(surface) === 'katakana' && surface.startsWith(word)) ??
    context.mostUsedSpelling(only.entity.id, (surface) => !/^[A-Z0-9]+$/.test(surface));
  return { entity: only.entity, spelling: used ?? only.spelling };
}

/** What may follow a word written alone: hiragana (a particle), punctuation, a line break. */
const STANDS_ALONE_BEFORE = /[\u3041-\u3096、。，．！？「」『』（）()\n\r]/;

/** Words that say what kind of organisation a name is: without them, a name is commonly written short on purpose. */
const CORPORATE_WORDS: ReadonlySet<string> = new Set([
  'エナジー',
  'グループ',
  'ホールディングス',
  'テクノロジーズ',
  'テクノロジー',
  'システムズ',
  'コーポレーション',
  'インダストリーズ',
  'パーク',
  'キャピタル',
  'ベンチャーズ',
  'パートナーズ',
  'ラボ',
  'ラボズ',
  'ファンド',
]);

const firstPieceCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly { entity: Entity; spelling: string }[]>>();

/** The first word of each dotted katakana spelling of an organisation (not a person), with the spelling. */
function firstPiecesOf(kb: KnowledgeBase): ReadonlyMap<string, readonly { entity: Entity; spelling: string }[]> {
  let pieces = firstPieceCache.get(kb);
  if (pieces) return pieces;
  const found = new Map<string, { entity: Entity; spelling: string }[]>();
  for (const entity of kb.entities.values()) {
    if (entity.type === 'person') continue;
    for (const spelling of [entity.ja, ...(entity.aliases ?? [])]) {
      if (scriptOf(spelling) !== 'katakana') continue;
      const parts = splitNameParts(spelling);
      const first = parts[0];
      if (parts.length < 2 || !first) continue;
      const list = found.get(first) ?? [];
      if (!list.some((c) => c.entity.id === entity.id)) list.push({ entity, spelling });
      found.set(first, list);
    }
  }
  firstPieceCache.set(kb, (pieces = found));
  return pieces;
}

const wholeSpellingCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Every whole spelling of every entity (names, aliases, short names): a first word that is one is a name of its own. */
function wholeSpellingsOf(kb: KnowledgeBase): ReadonlySet<string> {
  let spellings = wholeSpellingCache.get(kb);
  if (!spellings) {
    spellings = new Set([...kb.entities.values()].flatMap((e) => [e.ja, e.en, ...(e.aliases ?? []), ...(e.shortNames ?? [])]));
    wholeSpellingCache.set(kb, spellings);
  }
  return spellings;
}

function firstPieceFinding(word: string, cut: { entity: Entity; spelling: string }, range: Finding['range']): Finding {
  const { entity, spelling } = cut;
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like 「{1}」 ({2}) cut short', word, spelling, entity.en),
    confidence: 0.6,
    explanation: {
      problem: t('Probably a name with its end lost: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is the first word of 「{1}」, written alone.', word, spelling),
        t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity)),
        t('A short form the writer chose is written so too: check before fixing.'),
      ],
    },
    replacements: [spelling],
    entityId: entity.id,
  });
}

const toHiragana = (katakana: string): string => katakana.replace(/[\u30A1-\u30F6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

function finding(word: string, target: Target, dictionary: boolean, inHiragana: boolean, range: Finding['range'], place?: string): Finding {
  const { entity, part, named } = target;
  // A rendering of ours is not how the document writes the name: only a possibility.
  const confidence = dictionary ? 0.5 : named && !target.rendered ? 0.75 : 0.55;
  return makeFinding({
    code: CODE,
    range,
    message: inHiragana
      ? t('「{0}」 looks like 「{1}」 ({2}) with its end written in hiragana', word, part, entity.en)
      : dictionary
        ? t('「{0}」 may be 「{1}」 ({2}) cut short, though it is also an ordinary word', word, part, entity.en)
        : t('「{0}」 looks like 「{1}」 ({2}) cut short', word, part, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a name with its end lost: {0}.', displayName(entity)),
      reasons: [
        inHiragana
          ? t('「{0}」 is 「{1}」 with its last sounds in hiragana, as speech recognition sometimes writes them.', word, part)
          : t('「{0}」 is the beginning of 「{1}」, cut where a sound ends.', word, part),
        dictionary
          ? t('「{0}」 is also an ordinary word, so this is only a possibility.', word)
          : t('The word is not in the Japanese dictionary, so it is not an ordinary loanword.'),
        named
          ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
          : t('Entities related to {0} are named in this document.', displayName(entity)),
        ...(place === undefined ? [] : [t('It stands where a name stands: {0}.', place)]),
        ...(target.rendered
          ? [t('The knowledge base writes {0} in Latin letters only; 「{1}」 is its katakana by the usual rendering.', entity.en, part)]
          : []),
      ],
    },
    replacements: [part],
    entityId: entity.id,
  });
}
