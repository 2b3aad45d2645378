/**
 * name-mismatch. Contract: in a pair the aligner is sure of, the source names a known entity (or a Latin
 * name the dictionary does not know, such as a surname) and the translation does not write it:
 * - it garbles it: a word that looks or sounds like one of its spellings (ディープス for DeepSeek, Andresen
 *   for Andreessen, ダニエル・アモデイ for Dario Amodei). Fix: the knowledge base's spelling in the
 *   translation's script closest to the garble, or the source's own spelling for a name it does not know;
 * - it names another known entity of the same kind in its place (the source says Intel, the translation
 *   AMD), one the source does not name (in this sentence or those around it) and not related to it. Fix: the source entity's usual
 *   Japanese spelling (its Latin one where the translation wrote a katakana name in Latin);
 * - it drops it: no spelling, no garble, no stand-in (同社, 彼) and no other name in its place. Information
 *   only, on the sentence, without a fix: a translator may leave a name out on purpose.
 * - it renders it in katakana of other sounds: the one katakana word no other source word explains, somewhat
 *   like the one name missing (Perplexity ↔ パプレックス). Fix: the entity's Japanese spelling, as information
 *   (where the name stood is a guess). A name nobody knows rendered unlike itself (Moorhead ↔ マクドナルド): information, no fix.
 * Not flagged: a short form of the name (アルトマン), a family name for a member (ジェミニ for Gemini 2.5 Pro),
 * another transliteration of a given name (サンダー・ピチャイ), a name written in a neighbouring sentence, a stand-in (同社).
 */
import { editSimilarity } from '../../similarity';
import { t } from '../../l10n';
import type { Entity } from '../../knowledge/model';
import type { EntityMention, Finding, OffsetRange } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck, type SourceCheckContext } from './check';
import { latinSpellings } from '../englishNames';
import { katakanaWords, latinWords, targetSlice, type Word } from '../pairFacts';
import type { AlignedPair, Alignment } from '../alignment';
import { englishSoundKey, transliterationSimilarity } from '../transliteration';
import {
  fullSpellingsOf,
  kindOf,
  oneLetterOff,
  rendersOtherSourceWords,
  sourceEntities,
  spellingsOf,
  STANDS_FOR_A_NAME,
  unknownNames,
  withPhrases,
  type SourceEntity,
} from '../pairNames';

const CODE = 'name-mismatch';
const KATAKANA_SIMILARITY = 0.55;
const LATIN_SIMILARITY = 0.6;
/** How close a given name before the right surname must be to the known one to count as another transliteration of it. */
const GIVEN_NAME_VARIANT = 0.7;
const KATAKANA_RUN = /[ァ-ヴー・＝]/;

export const nameMismatch: SourceCheck = {
  code: CODE,
  description: 'A name of the aligned source sentence that the translation garbles, replaces with another or drops (DeepSeek → ディープス).',
  check(alignment, context) {
    const findings: Finding[] = [];
    const pairs = checkedPairs(alignment);
    for (const pair of pairs) {
      const view = targetView(pair, context);
      const taken = new Set<number>();
      const missing: SourceEntity[] = [];
      for (const named of sourceEntities(pair, context.kb)) {
        const { entity, range } = named;
        if (view.written(entity)) continue;
        const best = closestGarble(entity, view.katakana, view.latin, context);
        if (best && !taken.has(best.word.range.start)) {
          taken.add(best.word.range.start);
          findings.push(garbleFinding(alignment, pair, best.word, best.fix, entity.en, range, 0.75 + 0.24 * best.similarity, entity.id));
        } else if (!best) missing.push(named);
      }
      // A name the neighbouring translation writes moved there (sentences split or merged): not missing here.
      const near = neighbourhood(alignment, pair);
      const unwritten = missing.filter((m) => !spellingsOf(m.entity).some((s) => near.target.includes(s)));
      const replaced = substitutions(pair, unwritten, view, near, context);
      for (const { named, mention } of replaced) {
        taken.add(mention.range.start);
        findings.push(substitutionFinding(alignment, pair, named, mention, replaced.length === 1 ? 0.85 : 0.72, context));
      }
      const unplaced = unwritten.filter((named) => !replaced.some((r) => r.named === named));
      const sourceWords = pair.source.flatMap(latinWords).map((w) => w.text);
      // One name missing and one katakana word nothing else in the source explains: that word renders it, badly.
      const rendering =
        unplaced.length === 1 && unplaced[0] && !STANDS_FOR_A_NAME.test(view.text) ? badRendering(unplaced[0], view, sourceWords, taken, context) : undefined;
      if (rendering && unplaced[0]) {
        const { entity, range } = unplaced[0];
        taken.add(rendering.word.range.start);
        // Where the name stood is a guess (the one word left unexplained): information, the fix offered but not pressed.
        findings.push(garbleFinding(alignment, pair, rendering.word, entity.ja, entity.en, range, RENDERING_CONFIDENCE, entity.id));
      }
      for (const named of unplaced) {
        if (rendering) continue;
        // A related name in its place (グーグル for Google DeepMind, the maker for its model) is the translator's choice.
        const related = context.kb.relatedTo(named.entity.id);
        if (view.mentions.some((m) => related.has(m.entityId))) continue;
        const dropped = droppedFinding(alignment, pair, named, view);
        if (dropped) findings.push(dropped);
      }
      for (const name of unknownNames(pair, context.kb, context.lexicon, alignment.sourceText)) {
        if (view.text.toLowerCase().includes(name.text.toLowerCase())) continue;
        const garble = view.latin
          .filter((w) => !context.lexicon.has(w.text) && !taken.has(w.range.start))
          .map((w) => ({ word: w, similarity: editSimilarity(w.text.toLowerCase(), name.text.toLowerCase()) }))
          .sort((a, b) => b.similarity - a.similarity)[0];
        if (!garble || garble.similarity === 1 || (garble.similarity < 0.7 && !oneLetterOff(garble.word.text, name.text))) continue;
        taken.add(garble.word.range.start);
        findings.push(garbleFinding(alignment, pair, garble.word, name.text, name.text, name.range, 0.8, undefined));
      }
      for (const name of unknownNames(pair, context.kb, context.lexicon, alignment.sourceText)) {
        const part = farRendering(name, view, sourceWords, taken);
        if (part) findings.push(farRenderingFinding(alignment, pair, part, name));
      }
    }
    return findings;
  },
};

interface TargetView {
  readonly text: string;
  /** Mentions of known entities in the pair's translation, each written as a whole word (not the tail of a longer katakana name). */
  readonly mentions: readonly EntityMention[];
  readonly katakana: readonly Word[];
  readonly latin: readonly Word[];
  /** Whether the translation writes the entity: a mention, a spelling, or a misspelling its own checks already report. */
  written(entity: Entity): boolean;
}

function targetView(pair: AlignedPair, context: SourceCheckContext): TargetView {
  const targetRanges = pair.target.map((s) => s.range);
  const inTarget = (range: OffsetRange): boolean => targetRanges.some((r) => r.start <= range.start && range.end <= r.end);
  const whole = (range: OffsetRange): boolean => {
    const run = katakanaRunAround(pair, range);
    return run.start === range.start && run.end === range.end;
  };
  const allMentions = context.mentions.filter((m) => inTarget(m.range));
  const mentions = allMentions.filter((m) => whole(m.range));
  // Reported by the translation's own checks as a warning (or another way of writing it in katakana): not this
  // check's to say. A Latin garble they were unsure of, the source confirms.
  const ownSay = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning' || !/^[\x20-\x7e]+$/.test(targetSlice(pair, f.range));
  const mentioned = new Set([
    ...mentions.map((m) => m.entityId),
    ...context.findings.filter((f) => f.entityId !== undefined && inTarget(f.range) && ownSay(f)).map((f) => f.entityId as string),
  ]);
  const free = (word: Word): boolean => !mentions.some((m) => m.range.start < word.range.end && word.range.start < m.range.end);
  const text = pair.target.map((s) => s.text).join('');
  const katakana = pair.target.flatMap(katakanaWords).filter(free);
  return {
    text,
    mentions,
    katakana,
    latin: withPhrases(pair, pair.target.flatMap(latinWords)).filter(free),
    written: (entity) =>
      mentioned.has(entity.id) ||
      fullSpellingsOf(entity).some((s) => undotted(text).includes(undotted(s))) ||
      katakana.some((w) => anotherWayOfWritingAGivenName(w.text, entity)) ||
      // A short form counts when written as a word of its own (アルトマン), not as the end of another name (ダニエル・アモデイ).
      (entity.shortNames ?? []).some((s) => (/^[ァ-ヴー・＝]+$/.test(s) ? katakana.some((w) => w.text === s) : text.includes(s))),
  };
}

/** A katakana name without its separators: グーグルクラウド and グーグル・クラウド write one name. */
function undotted(text: string): string {
  return text.replace(/[・＝]/g, '');
}

/** The katakana word (with its ・) a range lies in, or the range itself when it is no katakana. */
function katakanaRunAround(pair: AlignedPair, range: OffsetRange): OffsetRange {
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      if (range.start < piece.start || range.end > piece.start + piece.text.length) continue;
      let start = range.start - piece.start;
      let end = range.end - piece.start;
      if (!KATAKANA_RUN.test(piece.text[start] ?? '') || !KATAKANA_RUN.test(piece.text[end - 1] ?? '')) return range;
      while (start > 0 && KATAKANA_RUN.test(piece.text[start - 1] ?? '')) start--;
      while (end < piece.text.length && KATAKANA_RUN.test(piece.text[end] ?? '')) end++;
      return { start: piece.start + start, end: piece.start + end };
    }
  }
  return range;
}

/** The target word that most resembles a spelling of the entity, with the spelling it garbles. */
function closestGarble(
  entity: Entity,
  katakana: readonly Word[],
  latin: readonly Word[],
  context: SourceCheckContext,
): { word: Word; fix: string; similarity: number } | undefined {
  const kana = spellingsOf(entity).filter((s) => /^[ァ-ヴー・＝]+$/.test(s));
  const roman = latinSpellings(entity);
  let best: { word: Word; fix: string; similarity: number } | undefined;
  for (const word of katakana) {
    if (word.text.length < 2 || context.rules.ordinaryKatakana.has(word.text)) continue;
    // A part of a spelling (アルトマン of サム・アルトマン) is a short form, not a garble.
    if (kana.some((s) => s.includes(word.text))) continue;
    if (anotherWayOfWritingAGivenName(word.text, entity)) continue;
    for (const spelling of kana) {
      const similarity = editSimilarity(undotted(word.text), undotted(spelling));
      if (similarity >= KATAKANA_SIMILARITY && similarity < 1 && (!best || similarity > best.similarity))
        best = { word, fix: entity.ja.includes(spelling) ? spelling : entity.ja, similarity };
    }
  }
  for (const word of latin) {
    if (word.text.length < 3 || (context.lexicon.has(word.text) && word.text.length < 5)) continue;
    for (const spelling of roman) {
      if (spelling.toLowerCase().includes(word.text.toLowerCase())) continue;
      const similarity = editSimilarity(word.text.toLowerCase(), spelling.toLowerCase());
      if (similarity >= LATIN_SIMILARITY && similarity < 1 && (!best || similarity > best.similarity)) best = { word, fix: spelling, similarity };
    }
  }
  return best;
}

/**
 * Least similarity for a katakana word to be taken as a bad rendering of the one missing name. Short names
 * are alike by chance (Meta ↔ メディア, Intel ↔ ネット): a word of four letters at least, and a name of three
 * consonants or four katakana at least. Said as information (the confidence below, before the pair's own).
 */
const BAD_RENDERING = 0.5;
const RENDERING_CONFIDENCE = 0.62;

/** The one katakana word of the translation that renders no other source word and sounds somewhat like the missing name. */
function badRendering(
  named: SourceEntity,
  view: TargetView,
  sourceWords: readonly string[],
  taken: ReadonlySet<number>,
  context: SourceCheckContext,
): { word: Word; similarity: number } | undefined {
  const nameWords = new Set(named.entity.en.split(/\s+/));
  const sounded = englishSoundKey(named.entity.en).length >= 3;
  const kana = /^[ァ-ヴー・＝]{4,}$/.test(named.entity.ja);
  if (!sounded && !kana) return undefined;
  const candidates = view.katakana
    .filter((w) => w.text.length >= 4 && !taken.has(w.range.start) && !context.rules.ordinaryKatakana.has(w.text))
    .filter((w) => !rendersOtherSourceWords(w.text, sourceWords, nameWords))
    .map((word) => ({
      word,
      similarity: Math.max(
        sounded ? transliterationSimilarity(named.entity.en, word.text) : 0,
        kana ? editSimilarity(undotted(word.text), undotted(named.entity.ja)) : 0,
      ),
    }));
  const likely = candidates.filter((c) => c.similarity >= BAD_RENDERING);
  return likely.length === 1 ? likely[0] : undefined;
}

/** A name of the source nobody knows, rendered in katakana that reads nothing like it (Moorhead ↔ モアハウス). */
function farRendering(name: Word, view: TargetView, sourceWords: readonly string[], taken: ReadonlySet<number>): Word | undefined {
  if (view.text.toLowerCase().includes(name.text.toLowerCase())) return undefined;
  const parts = view.katakana.flatMap(katakanaParts).filter((p) => p.text.length >= 3 && !taken.has(p.range.start));
  const scored = parts.map((part) => ({ part, similarity: transliterationSimilarity(name.text, part.text) }));
  if (scored.some((s) => s.similarity >= FAIR_RENDERING)) return undefined;
  const far = scored.filter((s) => s.similarity >= SOME_LIKENESS && !rendersOtherSourceWords(s.part.text, sourceWords, new Set([name.text])));
  return far.length === 1 ? far[0]?.part : undefined;
}

/** A rendering this close to the English reads as one (another way of writing it, not a garble). */
const FAIR_RENDERING = 0.6;
/** Below this, a katakana word is about something else. */
const SOME_LIKENESS = 0.3;

function katakanaParts(word: Word): Word[] {
  const parts: Word[] = [];
  let at = 0;
  for (const text of word.text.split(/[・＝]/)) {
    parts.push({ text, range: { start: word.range.start + at, end: word.range.start + at + text.length } });
    at += text.length + 1;
  }
  return parts;
}

function farRenderingFinding(alignment: Alignment, pair: AlignedPair, part: Word, name: Word): Finding {
  return pairFinding(
    {
      code: CODE,
      range: part.range,
      message: t('The source names "{0}": 「{1}」 does not read like it', name.text, part.text),
      confidence: 0.55 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source sentence seems rendered by katakana of other sounds; check the spelling.'),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and no katakana of the translation reads like it.', alignment.sourceSpan(pair).line + 1, name.text),
        ],
      },
      replacements: [],
    },
    pair,
    alignment,
    name.range,
  );
}

/**
 * The known surname with a given name written close to the known one (サンダー・ピチャイ for スンダー・ピチャイ):
 * another transliteration, not a garble. A given name far from it (ダニエル・アモデイ for ダリオ・アモデイ) is one.
 */
function anotherWayOfWritingAGivenName(written: string, entity: Entity): boolean {
  const parts = written.split(/[・＝]/);
  const known = entity.ja.split(/[・＝]/);
  if (parts.length !== 2 || known.length !== 2 || parts[1] !== known[1]) return false;
  return editSimilarity(parts[0] ?? '', known[0] ?? '') >= GIVEN_NAME_VARIANT;
}

/**
 * Known entities the translation names in place of the missing ones: of the same kind, not named by the
 * source in any spelling, not related to an entity it names (a subsidiary, a maker). Paired in order, kind
 * by kind, only when each side has as many.
 */
function substitutions(
  pair: AlignedPair,
  missing: readonly SourceEntity[],
  view: TargetView,
  near: Neighbourhood,
  context: SourceCheckContext,
): { named: SourceEntity; mention: EntityMention }[] {
  if (missing.length === 0) return [];
  const named = sourceEntities(pair, context.kb);
  // Named in the source around this sentence too: the translation may have moved it here.
  const sourceText = near.source;
  const namedIds = new Set(named.map((n) => n.entity.id));
  const related = new Set(named.flatMap((n) => [...context.kb.relatedTo(n.entity.id)]));
  const seen = new Set<string>();
  const extras = view.mentions.filter((m) => {
    const entity = context.kb.get(m.entityId);
    if (!entity || namedIds.has(entity.id) || related.has(entity.id) || seen.has(entity.id) || kindOf(entity) === undefined) return false;
    // Any trace of it in the source (GPT-4 in GPT-4o too): precision before recall.
    if (latinSpellings(entity).some((s) => sourceText.includes(s))) return false;
    seen.add(entity.id);
    return true;
  });
  const result: { named: SourceEntity; mention: EntityMention }[] = [];
  const kinds = new Set(missing.map((m) => kindOf(m.entity)).filter((k) => k !== undefined));
  for (const kind of kinds) {
    const lost = missing.filter((m) => kindOf(m.entity) === kind);
    const instead = extras.filter((m) => kindOf(context.kb.get(m.entityId) as Entity) === kind);
    if (lost.length !== instead.length) continue;
    // A family name for one of its members (ジェミニ for Gemini 2.5 Pro, Claude for Claude Opus 4) is a short form.
    const family = (a: Entity, b: Entity): boolean => a.en.startsWith(`${b.en} `) || b.en.startsWith(`${a.en} `);
    if (lost.some((m, k) => family(m.entity, context.kb.get(instead[k]?.entityId ?? '') as Entity))) continue;
    lost.forEach((m, k) => result.push({ named: m, mention: instead[k] as EntityMention }));
  }
  return result;
}

interface Neighbourhood {
  /** The source text of this pair and the pairs on either side. */
  readonly source: string;
  /** The translation of the pairs on either side (not this one's). */
  readonly target: string;
}

function neighbourhood(alignment: Alignment, pair: AlignedPair): Neighbourhood {
  const around = [alignment.pairs[pair.index - 1], alignment.pairs[pair.index + 1]];
  return {
    source: [alignment.pairs[pair.index - 1], pair, alignment.pairs[pair.index + 1]]
      .flatMap((p) => p?.source ?? [])
      .map((s) => s.text)
      .join(' '),
    target: around
      .flatMap((p) => p?.target ?? [])
      .map((s) => s.text)
      .join(''),
  };
}

function garbleFinding(
  alignment: Alignment,
  pair: AlignedPair,
  word: Word,
  fix: string,
  sourceName: string,
  sourceRange: OffsetRange,
  confidence: number,
  entityId: string | undefined,
): Finding {
  return pairFinding(
    {
      code: CODE,
      range: word.range,
      message: t('The source names "{0}": 「{1}」 looks like a garbled 「{2}」', sourceName, word.text, fix),
      confidence: confidence * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation garbles a name of the source sentence; probably {0}.', fix),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
        ],
      },
      replacements: [fix],
      ...(entityId ? { entityId } : {}),
    },
    pair,
    alignment,
    sourceRange,
  );
}

function substitutionFinding(
  alignment: Alignment,
  pair: AlignedPair,
  named: SourceEntity,
  mention: EntityMention,
  confidence: number,
  context: SourceCheckContext,
): Finding {
  const written = targetSlice(pair, mention.range);
  const other = context.kb.get(mention.entityId);
  // The translation's script for the name: a katakana name it chose to write in Latin stays in Latin.
  const latinByChoice = /^[\x20-\x7e]+$/.test(written) && other !== undefined && !/^[\x20-\x7e]+$/.test(other.ja);
  const fix = latinByChoice ? named.entity.en : named.entity.ja;
  const sourceName = alignment.sourceText.slice(named.range.start, named.range.end);
  return pairFinding(
    {
      code: CODE,
      range: mention.range,
      message: t('The source names "{0}", not {1}: 「{2}」 should be 「{3}」', sourceName, other?.en ?? written, written, fix),
      confidence: confidence * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation names another {0} than the aligned source sentence.', kindLabel(named.entity)),
        reasons: [t('The source sentence (line {0}) names "{1}" and not "{2}".', alignment.sourceSpan(pair).line + 1, sourceName, other?.en ?? written)],
      },
      replacements: [fix],
      entityId: named.entity.id,
    },
    pair,
    alignment,
    named.range,
  );
}

function kindLabel(entity: Entity): string {
  switch (kindOf(entity)) {
    case 'person':
      return t('person');
    case 'model':
      return t('model or product');
    case 'chip':
      return t('chip');
    default:
      return t('organisation');
  }
}

/** A name of the source the translation does not write at all: said (information, no fix) unless a stand-in may carry it. */
function droppedFinding(alignment: Alignment, pair: AlignedPair, named: SourceEntity, view: TargetView): Finding | undefined {
  const kind = kindOf(named.entity);
  if (kind === undefined || kind === 'infrastructure' || STANDS_FOR_A_NAME.test(view.text)) return undefined;
  const neighbours = [alignment.pairs[pair.index - 1], alignment.pairs[pair.index + 1]]
    .flatMap((p) => p?.target ?? [])
    .map((s) => s.text)
    .join('');
  if (spellingsOf(named.entity).some((s) => neighbours.includes(s))) return undefined;
  const place = pair.target[0];
  if (!place) return undefined;
  const sourceName = alignment.sourceText.slice(named.range.start, named.range.end);
  return pairFinding(
    {
      code: CODE,
      range: place.range,
      message: t('The source names "{0}" here; the translation does not (usually 「{1}」)', sourceName, named.entity.ja),
      confidence: 0.55 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source sentence is missing from the translation; it may have been left out on purpose.'),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
        ],
      },
      replacements: [],
      entityId: named.entity.id,
    },
    pair,
    alignment,
    named.range,
  );
}
