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
 * - A rendering the text presents as what a name means (ル・シャ、フランス語で「猫」という意味; 「ル・シャ」（猫）)
 *   is a gloss the writer meant, not an error (gloss.ts).
 * - Flagged only where the document speaks of the entity's field: the entity or one related to it is named,
 *   or words of its description are in the document (corroboration.ts), or — for a name of several words — its
 *   sentence names the entity's kind right before it (米ベンチャーキャピタルの…, 装置メーカーの…).
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
import { isHiragana, isKanji, isKatakana, isLatinLetter, katakanaToRomaji, scriptOf } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { SequenceDetector } from './detector';
import { t } from '../l10n';
import { entriesStartingAtThree } from '../byTwoCharacters';
import { glossWords } from '../gloss';

const CODE = 'literal-translation';
const MAX_RENDERINGS_PER_NAME = 2000;
/** A spelling without the word of what it is at its end (スターゲート計画 → スターゲート), when the rest is a spelling too: the fix replaces the name only. */
function withoutKindWord(spelling: string, entity: Entity): string {
  const kind = /(?:計画|構想|プロジェクト)$/.exec(spelling)?.[0];
  if (kind === undefined) return spelling;
  const rest = spelling.slice(0, -kind.length).replace(/[・\s]$/, '');
  return [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])].includes(rest) ? rest : spelling;
}

/** A spelling of the entity in katakana (パンサーレイク for Panther Lake), when its Japanese name is written in Latin letters. */
function katakanaSpelling(entity: Entity): string | undefined {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(entity.ja)) return undefined;
  return (entity.aliases ?? []).find((alias) => /^[\u30A1-\u30FA\u30FC・0-9 ]+$/.test(alias) && /[\u30A1-\u30FA]/.test(alias));
}

/** An abbreviation of a name (PFN, SSI): no fix for a rendering of the name's words, which the name written out replaces. */
const ABBREVIATION = /^[A-Z][A-Z0-9&]{1,4}$/;

/**
 * The spelling a rendering is replaced with: the document's own spelling of the name written out, else its katakana
 * (パンサーレイク), else its Japanese name as the knowledge base writes it, else an abbreviation the document uses.
 */
function spellingToUse(entity: Entity, context: DetectorContext): string {
  const writtenOut = context.mostUsedSpelling(entity.id, (spelling) => !ABBREVIATION.test(spelling));
  if (writtenOut !== undefined) return writtenOut;
  const own = katakanaSpelling(entity) ?? entity.ja;
  return ABBREVIATION.test(own) ? (context.mostUsedSpelling(entity.id, () => true) ?? own) : own;
}

/** How far around a rendering the words that place a name there are read. */
const PLACE_REACH = 16;

export interface Rendering {
  readonly text: string;
  readonly entityId: string;
  /** The English name it renders. */
  readonly english: string;
  /** A one-word name: its rendering is an ordinary word. */
  readonly single: boolean;
  /** A name rendered without the generic word or maker that goes with it (図形 for Figure AI, 宇宙 for NVIDIA Cosmos): a name only where it stands as one. */
  readonly bare?: boolean;
  /** An ordinary word that sounds like the name (クラウド for Claude), not a translation of it. */
  readonly soundAlike?: boolean;
  /** A bare rendering's fix: the name without what went with it, as the Japanese name writes it (フィギュア, Cosmos). */
  readonly fix?: string;
}

/** A rendering of a name written in a chunk, where it stands alone and is not inside the name's own spelling. */
interface WrittenRendering {
  readonly rendering: Rendering;
  /** In chunk offsets. */
  readonly range: OffsetRange;
  /** The words around it that place a name there (「…」, …という会社, 団体の…), or '' (namePlace). */
  readonly place: string;
  /** The words it is listed with (Gemini、クラウド、GPT): a name among names of its kind is one too. */
  readonly neighbours: readonly string[];
  /** The words that present it as what a name means (フランス語で「猫」という意味), or '' (gloss.ts). */
  readonly gloss: string;
  /** What it does or has done to it as a company would (…が出資, …を買収, …みたいな装置大手), or '' (actionPlace). */
  readonly action: string;
  /** Its sentence before it, at most KIND_REACH letters (米ベンチャーキャピタルの…): where the entity's kind may be named. */
  readonly lead: string;
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
      const range = { start: i, end: i + rendering.text.length };
      found.push({
        rendering,
        range,
        place: namePlace(text, range),
        neighbours: listNeighbours(text, range),
        gloss: glossWords(text, range) ?? '',
        action: actionPlace(text, range),
        lead: sentenceLead(text, range),
      });
    }
    return found;
  },
  reach: PLACE_REACH,
  resolve: (written, around) => {
    const range = { start: around.offset + written.range.start, end: around.offset + written.range.end };
    return {
      ...written,
      place: namePlace(around.text, range),
      neighbours: listNeighbours(around.text, range),
      gloss: glossWords(around.text, range) ?? '',
      action: actionPlace(around.text, range),
      lead: sentenceLead(around.text, range),
    };
  },
  // In a chunk, a rendering found covers the text it spans.
  chunkBounds: 'grouping',
  itemKey: (w) =>
    `${w.rendering.text}\u0001${w.rendering.entityId}\u0001${w.place}\u0001${w.neighbours.join('\u0002')}\u0001${w.gloss}\u0001${w.action}\u0001${w.lead}`,
  itemRange: (w) => w.range,
  decide(chunks, context, tokenizer) {
    const verdicts = new Map<number, Finding[]>();
    const evidence = contextEvidence(context);
    const weights = new Map<string, Field>();
    let ordinal = 0;
    for (const written of chunks) {
      // In a chunk, a rendering found skips the text it covers, and of overlapping findings the best is kept.
      const findings: { ordinal: number; range: OffsetRange; confidence: number; finding: Finding }[] = [];
      let covered = 0;
      for (const { rendering, range, place: writtenPlace, neighbours, gloss, action, lead } of written) {
        const at = ordinal++;
        // The text gives the word as what a name means (フランス語で「猫」という意味): the translation is meant.
        if (range.start < covered || gloss !== '') continue;
        const entity = context.kb.get(rendering.entityId);
        if (!entity) continue;
        let field = weights.get(entity.id);
        if (!field) weights.set(entity.id, (field = fieldOf(entity, evidence, context, tokenizer)));
        const place = writtenPlace || listPlace(neighbours, entity, context.kb);
        const finding =
          judge(rendering, entity, range, place, context, field, kindInLead(lead, entity)) ?? nameInPlace(rendering, entity, range, place || action, context);
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
  // A name before a word that names what it is or part of it (星の門計画, 黒い井戸世代) still stands alone.
  const after = !sameScript(text[end - 1] ?? '', text[end] ?? '') || NAME_SUFFIX.test(text.slice(end));
  return !sameScript(text[before - 1] ?? '', text[before] ?? '') && after;
}

/**
 * Words written right after a name that say what it is or what of it (計画, 世代, 全体): not the rest of a longer word.
 * Not 向け (nor 版, 用): a translated word before it reads as the ordinary phrase (ChatGPT企業向け is "for enterprises").
 */
const NAME_SUFFIX = /^(?:計画|構想|世代|全体|陣営|連合|傘下)/;

function judge(
  rendering: Rendering,
  entity: Entity,
  range: Finding['range'],
  place: string,
  context: DetectorContext,
  field: Field,
  kindBefore: string,
): Finding | undefined {
  const affinity = context.affinity(entity.id);
  // Other entities of its kind named vouch for a name of several words, or for a word that stands as a name;
  // an ordinary word alone needs what the knowledge base says of the entity itself.
  const placed = place !== '';
  const bySiblings = field.siblings.length > 0 && (!(rendering.single || rendering.bare) || placed);
  // The sentence names what kind of entity it is right before it (米ベンチャーキャピタルの…): a name of several words only.
  const byKind = kindBefore !== '' && !(rendering.single || rendering.bare || rendering.soundAlike);
  const inField = field.weight >= 1 || bySiblings || byKind;
  const signs = (affinity > 0 ? 1 : 0) + (inField ? 1 : 0);
  // Where the words stand as a name (「宇宙」, 教授陣という企業): a third sign, never one alone.
  if (signs === 0 || ((rendering.single || rendering.bare) && signs < 2 && !placed) || (rendering.bare && !placed)) return undefined;
  const confidence =
    rendering.single || rendering.bare ? (placed && signs >= 2 ? 0.7 : placed || signs >= 2 ? 0.55 : 0) : signs + (placed ? 1 : 0) >= 2 ? 0.75 : 0.6;
  if (confidence === 0) return undefined;
  // The document's own spelling of the name, else its katakana (パンサーレイク), else its Japanese name as the knowledge base writes it.
  const fix = withoutKindWord(rendering.fix ?? spellingToUse(entity, context), entity);
  const reasons = [
    rendering.soundAlike
      ? t('「{0}」 sounds like 「{1}」: a recogniser or translation that did not know the name writes the word it knows.', rendering.text, rendering.english)
      : t('「{0}」 translates the words of 「{1}」 one by one.', rendering.text, rendering.english),
    affinity > 0 ? t('{0} or an entity related to it is named in this document.', displayName(entity)) : '',
    field.weight >= 1 || bySiblings
      ? t('The document speaks of its field: {0}.', [...field.cues, ...(bySiblings ? field.siblings : [])].map((c) => `「${c}」`).join(', '))
      : '',
    byKind ? t('Its sentence calls it 「{0}」 right before it, which is what {1} is.', kindBefore, displayName(entity)) : '',
    placed ? t('It stands where a name stands: {0}.', place) : '',
    rendering.single ? t('「{0}」 is also an ordinary word, so this is only a possibility.', rendering.text) : '',
  ].filter((r) => r !== '');
  return makeFinding({
    code: CODE,
    range,
    message: rendering.soundAlike
      ? t('「{0}」 may be the name {1}, heard as an ordinary word', rendering.text, entity.en)
      : t('「{0}」 looks like the name {1} translated word for word', rendering.text, entity.en),
    confidence,
    explanation: { problem: t('A name translated literally: {0}.', displayName(entity)), reasons },
    replacements: [fix],
    entityId: entity.id,
  });
}

/** Nouns that say what kind of name stands beside them. */
const KIND_NOUN_TEXT =
  '会社|企業|子会社|スタートアップ|団体|ファンド|ラボ|研究所|メーカー|モデル|ブランド|サービス|アプリ|チップ|プロセッサー?|スーパーコンピューター|プロジェクト|フレームワーク|ツール|PAC';
const KIND_NOUN = `(?:${KIND_NOUN_TEXT})`;

/**
 * A name of several words translated word for word (応用材料, リンゴ社), standing where a name stands, in a
 * document that says nothing of the entity's field: the words of a name of the knowledge base, made a
 * company by a suffix or doing what companies do (…が出資, …を買収), are seldom anything else; information,
 * since the document gives no sign of the entity itself. A one-word name's rendering is an ordinary word
 * (図形, 滑走路) and needs the signs of judge().
 */
function nameInPlace(rendering: Rendering, entity: Entity, range: Finding['range'], place: string, context: DetectorContext): Finding | undefined {
  if (rendering.single || rendering.bare || rendering.soundAlike) return undefined;
  const suffix = context.rules.literalWords.suffixes.find((s) => rendering.text.endsWith(s) && rendering.text.length > s.length);
  const cue = place || (suffix === undefined ? '' : t('the company suffix 「{0}」', suffix));
  if (cue === '') return undefined;
  const fix = withoutKindWord(spellingToUse(entity, context), entity);
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like the name {1} translated word for word', rendering.text, entity.en),
    confidence: 0.5,
    explanation: {
      problem: t('A name translated literally: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 translates the words of 「{1}」 one by one.', rendering.text, rendering.english),
        t('It stands where a name stands: {0}.', cue),
        t('Nothing else in the document speaks of its field, so this is only a possibility.'),
      ],
    },
    replacements: [fix],
    entityId: entity.id,
  });
}

/** Deals and deeds of a company, after its name and は/が in the same clause (…が出資してます, …は新工場を建設). */
const ACTION_AFTER =
  /^[はが][^。！？\n「」]{0,16}?(?:調達|買収|出資|投資|提携|主導|発表|開発|設立|上場|創業|率い|手掛け|手がけ|供給|量産|出荷|受注|締結|参入|撤退)/;
/** What is done to a company (…を買収, …に出資し, …と提携), or a kind of firm it is given as (…みたいな装置大手). */
const DEAL_AFTER = new RegExp(
  `^(?:を(?:買収|傘下に)|に(?:出資|投資)し|と(?:提携|合併)|(?:みたいな|のような|などの|といった)[^。、！？\\n]{0,6}?(?:大手|${KIND_NOUN_TEXT}))`,
);

/** The words after a span that place a company's name there, described for the message, or ''. */
export function actionPlace(text: string, range: OffsetRange): string {
  const after = text.slice(range.end, range.end + PLACE_REACH + 8);
  const found = ACTION_AFTER.exec(after)?.[0] ?? DEAL_AFTER.exec(after)?.[0];
  return found === undefined ? '' : `…${found}`;
}

/** In quotation marks after a kind of name (言語モデル「…」), or before one (「…」世界基盤モデル): a word in quotation marks alone may be one discussed (社名は「魚」に由来する). */
const QUOTED_BEFORE = new RegExp(`${KIND_NOUN}[「『]$`);
const QUOTED_AFTER = new RegExp(`^[」』](?:[^。、！？\\n]{0,6}?${KIND_NOUN}|という|っていう)`);
/** …という会社, …っていうモデル, …社, …もいい会社, …の新モデル, …のM1 (a maker before its model). */
const NAME_AFTER = new RegExp(
  `^(?:社|さん|(?:という|っていう|と呼ばれる|とかいう)[^。！？\\n]{0,8}?${KIND_NOUN}|[もはが][^。、！？\\n]{0,6}?${KIND_NOUN}|の(?:最新|新|次世代)?(?:モデル|チップ)|の[A-Z][A-Za-z]*-?[0-9])`,
);
/**
 * 資産運用会社、… (not モデルの…: モデルの世界 is a phrase); or what someone founded or leads, right after the verb
 * (…が創業した…, …が率いる…): a company's name stands there.
 */
const NAME_BEFORE = new RegExp(`(?:${KIND_NOUN}、|[がの](?:共同)?(?:創業|設立|創設)した|[がの]率いる)$`);

/**
 * The words around a span that place a name there, described for the message, or '': in quotation marks
 * beside a kind of name (会社, モデル…), before 社 or という and a kind of name, after a kind of name and a comma (運用会社、).
 */
export function namePlace(text: string, range: OffsetRange): string {
  const before = text.slice(Math.max(0, range.start - PLACE_REACH), range.start);
  const after = text.slice(range.end, range.end + PLACE_REACH);
  const written = text.slice(range.start, range.end);
  if (/[「『]$/.test(before) && /^[」』]/.test(after)) {
    const kind = QUOTED_BEFORE.exec(before)?.[0] ?? QUOTED_AFTER.exec(after)?.[0];
    return kind === undefined ? '' : kind.startsWith('」') || kind.startsWith('』') ? `「${written}${kind}` : `${kind}${written}」`;
  }
  const following = NAME_AFTER.exec(after)?.[0];
  if (following !== undefined) return `…${following}`;
  const preceding = NAME_BEFORE.exec(before)?.[0];
  if (preceding !== undefined) return `${preceding}…`;
  return '';
}

/** What the document says of an entity's field: the weight and words of its own cues, and other entities of its kind named. */
interface Field {
  readonly weight: number;
  readonly cues: readonly string[];
  readonly siblings: readonly string[];
}

// Spoken lists put a comma after とか (東京電子とか、ディスコとか).
const LIST_BEFORE =
  /(?:^|[^A-Za-z0-9.\-\u30A1-\u30FA\u30FC])([A-Za-z][A-Za-z0-9.-]*(?: [0-9][A-Za-z0-9.]*)?|[\u30A1-\u30FA\u30FC]{2,})(?:、|,|，|や|とか[、,]?)$/;
const LIST_AFTER = /^(?:、|,|，|や|とか[、,]?)([A-Za-z][A-Za-z0-9.-]*(?: [0-9][A-Za-z0-9.]*)?|[\u30A1-\u30FA\u30FC]{2,})/;

/** The names written right before and after a span in a list (Gemini、クラウド、GPT): at most one each side. */
function listNeighbours(text: string, range: OffsetRange): string[] {
  const before = LIST_BEFORE.exec(text.slice(Math.max(0, range.start - PLACE_REACH), range.start))?.[1];
  const after = LIST_AFTER.exec(text.slice(range.end, range.end + PLACE_REACH))?.[1];
  return [before, after].filter((n): n is string => n !== undefined);
}

const surfaceCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/** Listed with a name of the knowledge base of the same type as the entity (two models, two companies): described for the message, or ''. */
function listPlace(neighbours: readonly string[], entity: Entity, kb: KnowledgeBase): string {
  if (neighbours.length === 0) return '';
  let bySurface = surfaceCache.get(kb);
  if (!bySurface) {
    const built = new Map<string, string[]>();
    for (const surface of kb.surfaces) built.set(surface.text, [...(built.get(surface.text) ?? []), surface.entityId]);
    surfaceCache.set(kb, (bySurface = built));
  }
  const sameKind = (type: string): boolean => type === entity.type || (MODEL_LIKE.has(type) && MODEL_LIKE.has(entity.type));
  for (const neighbour of neighbours) {
    const ids = bySurface.get(neighbour) ?? [];
    if (ids.some((id) => id !== entity.id && sameKind(kb.get(id)?.type ?? ''))) return t('listed with 「{0}」', neighbour);
  }
  return '';
}

/** Types whose names are listed together (ChatGPT、Gemini、Claude: products and models alike). */
const MODEL_LIKE: ReadonlySet<string> = new Set(['model', 'product']);

/**
 * Whether the document speaks of an entity's field: the rare words of what the knowledge base says of it
 * (corroboration.ts), and other entities of its kind that the document names (other ベンチャーキャピタル
 * beside a venture capital firm's name), each one a sign.
 */
function fieldOf(entity: Entity, evidence: DocumentEvidence, context: DetectorContext, tokenizer: Parameters<typeof cueWeight>[3]): Field {
  const own = cueWeight(entity, evidence, context.kb, tokenizer);
  const kind = kindOf(entity);
  if (kind === undefined) return { ...own, siblings: [] };
  const siblings: string[] = [];
  for (const id of context.mentionCount.keys()) {
    const other = context.kb.get(id);
    if (!other || other.id === entity.id || kindOf(other) !== kind) continue;
    siblings.push(other.ja);
    if (siblings.length >= 3) break;
  }
  return { weight: own.weight, cues: own.cues, siblings };
}

/** How far before a rendering its sentence is read for the entity's kind. */
const KIND_REACH = 24;
const SENTENCE_BREAK = /[。！？!?\n]/;

/** The rendering's sentence before it, at most KIND_REACH letters. */
function sentenceLead(text: string, range: OffsetRange): string {
  let from = range.start;
  while (from > 0 && range.start - from < KIND_REACH && !SENTENCE_BREAK.test(text[from - 1] ?? '')) from--;
  return text.slice(from, range.start);
}

/**
 * The entity's kind (the last words of its description's first sentence: ベンチャーキャピタル, 半導体製造装置メーカー)
 * or a long end of it (装置メーカー: four letters or more and half of it) written in the lead, or ''. Kinds every
 * company shares (企業, 会社) say nothing.
 */
function kindInLead(lead: string, entity: Entity): string {
  if (lead === '') return '';
  const kind = kindWords(entity);
  if (kind === undefined) return '';
  for (let start = 0; kind.length - start >= Math.max(4, Math.ceil(kind.length / 2)); start++) {
    const end = kind.slice(start);
    if (lead.includes(end)) return end;
  }
  return '';
}

/** Kinds too general to say what an entity does: every other company of the field is one. */
const GENERAL_KINDS: ReadonlySet<string> = new Set(['企業', '会社', '一人', '国', 'シリーズ', 'CEO', '創業者', '共同創業者', '研究者']);

/** What kind of entity an entity is, read off the last words of its description's first sentence (米国のベンチャーキャピタル。). */
function kindOf(entity: Entity): string | undefined {
  const kind = kindWords(entity);
  return kind === undefined ? undefined : `${entity.type}\u0001${kind}`;
}

/** The last words of an entity's description's first sentence (米国のベンチャーキャピタル。 → ベンチャーキャピタル), unless too general. */
function kindWords(entity: Entity): string | undefined {
  const first = entity.description.split('。')[0] ?? '';
  const kind = /[^のとや、]+$/.exec(first)?.[0];
  return kind === undefined || kind.length < 3 || GENERAL_KINDS.has(kind) ? undefined : kind;
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
  // Renderings listed already (a list holds those of one first character, so its text alone tells): a set, since
  // searching the lists grows with the square of the knowledge base.
  const listed = new Set<string>();
  for (const entity of kb.entities.values()) {
    for (const { english, core } of englishNames(entity, kb)) {
      const pieces = wordsOf(english, words);
      const oneWord = pieces.length === 1;
      // A one-word name translated into a katakana word of wholly other sounds (ハヤブサ for Falcon): a translation too.
      const katakanaTranslations = oneWord
        ? pieces.flatMap((piece) => literalOf(piece, words).filter((literal) => isKatakanaWord(literal) && otherSounds(literal, piece)))
        : [];
      for (const rendering of renderName(english, entity, words, katakanaOf)) {
        const translated = [...rendering].some((ch) => isKanji(ch) || isHiragana(ch)) || katakanaTranslations.includes(rendering);
        if (own.has(rendering) || !translated) continue;
        const suffixed = words.suffixes.some((suffix) => rendering.endsWith(suffix));
        // Without its generic word, a name is a name with a company suffix (認知社), or bare where it stands as one (図形という会社).
        const bare = core && !suffixed;
        const first = rendering[0] ?? '';
        const list = index.get(first) ?? [];
        // A one-word name with a company suffix (認知社) is no ordinary word any more.
        const single = oneWord && !suffixed;
        if (!listed.has(rendering)) {
          listed.add(rendering);
          list.push(
            bare
              ? { text: rendering, entityId: entity.id, english, single, bare, fix: coreSpelling(entity, english, kb) }
              : { text: rendering, entityId: entity.id, english, single },
          );
        }
        index.set(first, list);
      }
    }
  }
  // Ordinary words that sound like a name (クラウド for Claude): like a bare rendering, a name only where it stands as one.
  for (const [id, alikes] of words.soundAlikes) {
    const entity = kb.get(id);
    if (!entity) continue;
    for (const text of alikes) {
      const list = index.get(text[0] ?? '') ?? [];
      if (!list.some((r) => r.text === text && r.entityId === id))
        list.push({ text, entityId: id, english: entity.en, single: true, bare: true, soundAlike: true });
      index.set(text[0] ?? '', list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  byWords.set(words, index);
  return index;
}

/** Words a company's name ends with that translation drops (Cognition AI → 認知社, Recursion Pharmaceuticals → 再帰製薬). */
const GENERIC_ENDING = /\s+(?:AI|Inc\.?|Labs?|Pharmaceuticals|Technologies|Technology|Systems|Corporation|Corp\.?|Holdings|Group|Research|Therapeutics)$/;

/**
 * The entity's English names: its own, its Latin aliases, and as cores (a name without what goes with it)
 * a company's each of these without a generic last word, and a product's without its maker's name before it
 * (Cosmos of NVIDIA Cosmos).
 */
function englishNames(entity: Entity, kb: KnowledgeBase): { english: string; core: boolean }[] {
  // The Japanese name too when it is written in Latin letters (Copilot of Microsoft Copilot): the name as used.
  const latin = [entity.ja, ...(entity.aliases ?? [])].filter((a) => scriptOf(a) === 'latin');
  const names = [...new Set([entity.en, ...latin])];
  const makers = (entity.relations ?? [])
    .filter((r) => r.relation === 'made-by' || r.relation === 'part-of' || r.relation === 'subsidiary-of')
    .flatMap((r) => {
      const maker = kb.get(r.target);
      return maker ? [maker.en, ...(maker.aliases ?? []), ...(maker.shortNames ?? [])].filter((n) => scriptOf(n) === 'latin') : [];
    });
  const withoutMaker = (name: string): string => {
    const maker = makers.find((m) => name.startsWith(`${m} `));
    return maker === undefined ? name : name.slice(maker.length + 1);
  };
  const cores = names
    .map((n) => (entity.type === 'company' ? n.replace(GENERIC_ENDING, '') : withoutMaker(n)))
    .filter((n) => n.length >= 4 && !names.includes(n));
  return [...names.map((english) => ({ english, core: false })), ...[...new Set(cores)].map((english) => ({ english, core: true }))];
}

/**
 * How the Japanese name writes a core of the name: without its generic last word (フィギュアAI → フィギュア) or its
 * maker's name (NVIDIA Cosmos → Cosmos); the core as written in English when the Japanese name has no such part.
 */
function coreSpelling(entity: Entity, core: string, kb: KnowledgeBase): string {
  const generic = /[\s・]?(?:AI|ラボ|ラボズ|テクノロジーズ|ファーマシューティカルズ|セラピューティクス|ホールディングス|グループ|リサーチ)$/;
  const stripped = entity.ja.replace(generic, '');
  if (stripped !== entity.ja && stripped.length >= 2) return stripped;
  for (const relation of entity.relations ?? []) {
    const maker = kb.get(relation.target);
    if (!maker) continue;
    for (const name of [maker.ja, maker.en, ...(maker.aliases ?? [])]) if (entity.ja.startsWith(`${name} `)) return entity.ja.slice(name.length + 1);
  }
  return scriptOf(entity.ja) === 'latin' ? core : entity.ja;
}

/** "Applied Materials" → [Applied, Materials]; "SemiAnalysis" → [Semi, Analysis]; "Blackwell" → [Black, well] when both halves are listed. */
function wordsOf(english: string, words: LiteralWords): string[] {
  // A name written as a web address (Pony.ai, Character.ai) is its word and the domain read out as a word (AI).
  const spoken = english.replace(/\.(ai|io)$/i, (_, domain: string) => ` ${domain.toUpperCase()}`);
  const split = spoken.split(/[\s-]+/).flatMap((w) => w.split(/(?<=[a-z])(?=[A-Z])/));
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

/**
 * The translations of a word of a name: its own, or a plural's singular's (SB Intuitions → 直感, Networks →
 * ネットワーク), since Japanese marks no plural and the list holds one form.
 */
function literalOf(piece: string, words: LiteralWords): readonly string[] {
  const lower = piece.toLowerCase();
  const own = words.words.get(lower);
  if (own) return own;
  if (lower.length < 5 || !lower.endsWith('s') || lower.endsWith('ss')) return [];
  return words.words.get(lower.slice(0, -1)) ?? (lower.endsWith('es') ? (words.words.get(lower.slice(0, -2)) ?? []) : []);
}

/**
 * Whether a word of the list translates the English word rather than transliterating it: kanji or hiragana
 * (応用), or katakana of other sounds (リンゴ for apple, not アルファ for alpha), told by the consonants the two share.
 */
function translates(text: string, english: string): boolean {
  if ([...text].some((ch) => isKanji(ch) || isHiragana(ch))) return true;
  if (![...text].every((ch) => isKatakana(ch) || ch === 'ー')) return false;
  const heard = consonants(katakanaToRomaji(text));
  // Against the word's stem: ハグ transliterates the hug of hugging.
  const written = consonants(english.toLowerCase().replace(/(?<=.{3})(?:ing|ed|s)$/, ''));
  return written.length > 0 && commonSubsequence(heard, written) / written.length <= 0.5;
}

/** A katakana word that shares no more than a consonant in three with the English word (ハヤブサ, falcon): no transliteration of it at all. */
function otherSounds(text: string, english: string): boolean {
  const heard = consonants(katakanaToRomaji(text));
  const written = consonants(english.toLowerCase());
  return written.length >= 2 && commonSubsequence(heard, written) / written.length < 0.34;
}

/** The consonants of a word, with those Japanese hears as one folded together (v/b, l/r, c/k/q, ph/f). */
function consonants(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/v/g, 'b')
    .replace(/l/g, 'r')
    .replace(/[cq]/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row.push(x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** A word written in katakana only (ハヤブサ, リンゴ). */
const isKatakanaWord = (text: string): boolean => /^[\u30A1-\u30FA\u30FC]+$/.test(text);

/** Articles a translation leaves out of a name. */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l']);

function renderName(english: string, entity: Entity, words: LiteralWords, katakanaOf: ReadonlyMap<string, readonly string[]>): string[] {
  const pieces = wordsOf(english, words);
  if (pieces.length > 4) return [];
  const katakanaPieces = entity.ja.split(/[・･]/);
  // A word the entity's own Japanese name writes in kanji too (研究所 of アラン・チューリング研究所, 東京 of 東京エレクトロン) is
  // how the name is written, not a translation of it.
  const ownJapanese = [entity.ja, ...(entity.aliases ?? [])].filter((spelling) => scriptOf(spelling) !== 'latin');
  const translated = (text: string, piece: string): boolean => translates(text, piece) && !ownJapanese.some((spelling) => spelling.includes(text));
  const options = pieces.map((piece, i) => {
    const literal = literalOf(piece, words);
    // A word kept is written as it is, as the same piece of the Japanese name, or as the katakana the
    // knowledge base writes it with in other names (Mistral → ミストラル, for 「ミストラル大」 of Mistral Large).
    const own = katakanaPieces.length === pieces.length && katakanaPieces[i] ? [katakanaPieces[i]] : [];
    const kept = [...new Set([piece, ...own, ...(katakanaOf.get(piece.toLowerCase()) ?? [])])];
    return { piece, literal, kept, ordinaryWord: literal.length > 0 };
  });
  if (options.every((o) => o.literal.length === 0)) return [];
  const results: string[] = [];
  if (pieces.some((piece) => piece.toLowerCase() === 'of')) return ofRenderings(pieces, options);
  const combine = (i: number, parts: RenderedPart[]): void => {
    if (results.length > MAX_RENDERINGS_PER_NAME) return;
    if (i === options.length) {
      if (!parts.some((p) => p.literal)) return;
      const texts = parts.map((p) => p.text);
      // A name kept before 「の」 (メタの超知能研究所) is its owner and a description, as good Japanese writes it.
      const joined = [...joinings(texts), ...(parts[0]?.literal ? [texts.join('の')] : []), ...ofOneGap(parts)];
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
    for (const text of option.literal) combine(i + 1, [...parts, { text, literal: translated(text, option.piece), ordinaryWord: true }]);
    for (const text of option.kept) combine(i + 1, [...parts, { text, literal: false, ordinaryWord: option.ordinaryWord }]);
  };
  combine(0, []);
  // A name whose Japanese writes two English words as one piece (アラインド・データセンターズ for Aligned Data
  // Centers): its first or last word translated, the rest kept as the Japanese name writes it (整列データセンターズ).
  if (katakanaPieces.length >= 2 && katakanaPieces.length < pieces.length) {
    const firstWords = literalOf(pieces[0] ?? '', words);
    const lastWords = literalOf(pieces[pieces.length - 1] ?? '', words);
    const rest = katakanaPieces.slice(1).join('・');
    const head = katakanaPieces.slice(0, -1).join('・');
    for (const literal of firstWords) if (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(literal)) results.push(literal + rest, `${literal}・${rest}`);
    for (const literal of lastWords) if (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(literal)) results.push(head + literal, `${head}・${literal}`);
  }
  return results;
}

/** A word of a name as rendered: its text, whether it translates the English word, and whether that word is an ordinary word of the list. */
interface RenderedPart {
  readonly text: string;
  readonly literal: boolean;
  readonly ordinaryWord: boolean;
}

/**
 * The words run together with 「の」 in one gap, as Japanese joins a noun to what describes it (Clearwater Forest →
 * 澄んだ水の森, Silicon Box → シリコンの箱): the word after it translated, the one before it an ordinary word (not a
 * maker's name kept: メタの超知能研究所 is a maker and a description, which the caller joins only when the maker is translated).
 */
function ofOneGap(parts: readonly RenderedPart[]): string[] {
  const joined: string[] = [];
  for (let gap = 1; gap < parts.length; gap++) {
    const before = parts[gap - 1];
    const after = parts[gap];
    if (!before?.ordinaryWord || !after?.literal) continue;
    const texts = parts.map((part) => part.text);
    joined.push(`${texts.slice(0, gap).join('')}の${texts.slice(gap).join('')}`);
  }
  return joined;
}

/** "X of Y" as Japanese orders it: YのX or YX (Chamber of Progress → 進歩の部屋, Bank of America → アメリカ銀行), a word of it translated at least; longer names with "of" are not rendered. */
function ofRenderings(pieces: readonly string[], options: readonly { literal: readonly string[]; kept: readonly string[] }[]): string[] {
  if (pieces.length !== 3 || pieces[1]?.toLowerCase() !== 'of') return [];
  const [x, , y] = options;
  const isLiteral = (text: string): boolean => [...text].some((ch) => isKanji(ch) || isHiragana(ch));
  const results: string[] = [];
  for (const first of [...(y?.literal ?? []), ...(y?.kept ?? [])])
    for (const second of [...(x?.literal ?? []), ...(x?.kept ?? [])])
      if (isLiteral(first) || isLiteral(second)) results.push(`${first}の${second}`, `${first}${second}`);
  return results;
}

/**
 * The words joined as translations write them: nothing or 「・」 between two words, each gap on its own
 * (光速ベンチャー・パートナーズ translates one word and keeps the rest as spelled), a space between two words
 * in Latin letters (Azure AI鋳造所), and between a word in Latin letters and one in Japanese (魚 AI).
 */
function joinings(texts: readonly string[]): string[] {
  let results = [texts[0] ?? ''];
  for (let i = 1; i < texts.length; i++) {
    const before = texts[i - 1] ?? '';
    const text = texts[i] ?? '';
    const latinBefore = /[A-Za-z0-9]$/.test(before);
    const latinAfter = /^[A-Za-z0-9]/.test(text);
    // A space also between Japanese and a word in Latin letters (魚 AI, SB 直感), as many translations space them.
    const gaps = latinBefore && latinAfter ? [' ', ''] : latinBefore || latinAfter ? ['', '・', ' '] : ['', '・'];
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
