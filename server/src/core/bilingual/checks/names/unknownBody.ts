/**
 * A known company or institution the translation names where its source names one nobody knows (the source says GXO,
 * the translation DHL; Ada Lovelace Institute, アラン・チューリング研究所; ZT Systems, ZTEシステムズ): the translator, or the
 * recogniser, reached for a famous name. Only when the sentence has one such name and one such mention, the mention's
 * entity is named nowhere in the source around, and the translation writes no distinctive word of the source's name
 * (in Latin letters, or katakana that reads like it). Fix: the source's name as the translation writes names: kept in
 * Latin for a mention in Latin; else rendered (name words as Japanese writes them, acronyms kept), with the mention's
 * own kind word (研究所 for Institute); what the translation writes right after the mention is not written twice.
 */
import type { OffsetRange } from '../../../types';
import type { SourceCheckContext } from '../check';
import type { AlignedPair } from '../../alignment';
import { englishMentions, latinSpellings } from '../../englishNames';
import { renderBodyNameInKatakana } from '../../katakanaRendering';
import { katakanaParts } from './renderings';
import type { Neighbourhood } from './substitutions';
import type { TargetView } from './targetView';
import { transliterationSimilarity } from '../../transliteration';
import { targetSlice, type Word } from '../../pairFacts';
import { escapeRegExp } from '../../../text';

/** Kinds of known entity a body of the source may be taken for. */
const BODY_TYPES = new Set(['company', 'institution', 'media']);

/** Last words that make a capitalised name a body's (Ada Lovelace Institute, ZT Systems, Kairos Power). */
const BODY_WORDS =
  /^(?:Institute|University|Foundation|Systems|Labs?|Power|Energy|Robotics|Technologies|Technology|Networks|Semiconductor|Capital|Ventures|Partners|Holdings|Group|Logistics|Dynamics|Industries|Electronics|Computing|Cloud|AI)$/;

/** Kind words Japanese writes for the last word of an institution's name, kept from the mention (アラン・チューリング研究所). */
const KIND_WORDS: Readonly<Record<string, string>> = { Institute: '研究所', University: '大学', Foundation: '財団' };

/**
 * Bodies the source names that name no known entity: an acronym of three letters or more the dictionary and the
 * acronym list do not know (GXO), or two to four capitalised words ending in a body word (Ada Lovelace Institute, ZT Systems).
 */
function unknownBodies(pair: AlignedPair, context: SourceCheckContext): Word[] {
  const pattern = /\b(?:[A-Z][A-Za-z0-9]*[ -]){1,3}[A-Z][a-z]+\b|\b[A-Z]{3,5}\b/g;
  return pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) => {
      const known = englishMentions(piece.text, context.kb).map((m) => m.range);
      return [...piece.text.matchAll(pattern)]
        .filter((m) => {
          const words = m[0].split(/[ -]/);
          const last = words[words.length - 1] ?? '';
          if (words.length === 1) return !context.lexicon.has(m[0].toLowerCase()) && !context.rules.acronyms.has(m[0].toLowerCase());
          return BODY_WORDS.test(last) && !/^(?:The|A|An|In|At|For|Of|And)$/.test(words[0] ?? '');
        })
        .filter((m) => !known.some((r) => r.start < m.index + m[0].length && m.index < r.end))
        .map((m) => ({ text: m[0], range: { start: piece.start + m.index, end: piece.start + m.index + m[0].length } }));
    }),
  );
}

/** What the translation writes in the place of the source's name: a known body's mention, or a Latin name of its own. */
export interface StandIn {
  readonly range: OffsetRange;
  readonly written: string;
  /** The known entity's English name, when it is one. */
  readonly other?: string;
}

export function unknownBodyReplaced(
  pair: AlignedPair,
  view: TargetView,
  near: Neighbourhood,
  context: SourceCheckContext,
  taken: ReadonlySet<number>,
): { standIn: StandIn; name: Word; fix: string } | undefined {
  const around = near.source.toLowerCase();
  const aroundWords = new Set(around.match(/[a-z0-9][a-z0-9&]*/g) ?? []);
  const known: StandIn[] = view.mentions
    .filter((m) => {
      const entity = context.kb.get(m.entityId);
      return (
        entity !== undefined &&
        BODY_TYPES.has(entity.type) &&
        !taken.has(m.range.start) &&
        !latinSpellings(entity).some((s) => around.includes(s.toLowerCase()))
      );
    })
    .map((m) => ({ range: m.range, written: targetSlice(pair, m.range), other: context.kb.get(m.entityId)?.en ?? m.surface }));
  // A Latin name of the translation that the source around does not write (DHL, ZTE of ZTEシステムズ): translators copy Latin names.
  const latin: StandIn[] = view.latin
    .filter(
      (w) =>
        /^[A-Z][A-Za-z0-9&]+$/.test(w.text) &&
        !taken.has(w.range.start) &&
        !aroundWords.has(w.text.toLowerCase()) &&
        !context.lexicon.has(w.text.toLowerCase()) &&
        !context.rules.acronyms.has(w.text.toLowerCase()),
    )
    .map((w) => ({ range: w.range, written: w.text }));
  const standIns = [...known, ...latin.filter((l) => !known.some((k) => k.range.start < l.range.end && l.range.start < k.range.end))];
  if (standIns.length !== 1) return undefined;
  const names = unknownBodies(pair, context);
  if (names.length !== 1) return undefined;
  const [standIn] = standIns;
  const [name] = names;
  if (!standIn || !name) return undefined;
  // Written after all (a distinctive word in Latin letters, or a katakana part that reads like one): not replaced.
  const words = name.text.split(/[ -]/).filter((w) => !BODY_WORDS.test(w));
  const latinWritten = new Set(view.latin.map((w) => w.text.toLowerCase()));
  if (words.length === 0 || words.some((w) => latinWritten.has(w.toLowerCase()) || new RegExp(String.raw`\b${escapeRegExp(w)}\b`, 'i').test(view.text)))
    return undefined;
  const parts = view.katakana.flatMap(katakanaParts);
  if (words.some((w) => w.length >= 3 && parts.some((p) => transliterationSimilarity(w, p.text) >= 0.6))) return undefined;
  const fix = fixFor(name.text, standIn.written, targetSlice(pair, { start: standIn.range.end, end: standIn.range.end + 12 }));
  return fix && fix !== standIn.written ? { standIn, name, fix } : undefined;
}

/** The source's name as the translation would write it in the mention's place. */
function fixFor(name: string, written: string, after: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  const kind = KIND_WORDS[last];
  // An institution whose kind word the translation writes (研究所): the rest of the name rendered, the kind word kept.
  const rendered = kind && written.endsWith(kind) ? renderBodyNameInKatakana(words.slice(0, -1).join(' ')) + kind : renderBodyNameInKatakana(name);
  if (/^[\x20-\x7e]+$/.test(written) && /^[\x20-\x7e]+$/.test(rendered)) return rendered;
  // The end of the rendering written right after the mention (ZTEシステムズ): only the rest replaces the mention.
  for (let cut = 1; cut < rendered.length; cut++) {
    const tail = rendered.slice(cut);
    const latinBefore = /[\x20-\x7e]/.test(rendered[cut - 1] ?? '');
    // Only a whole word of it: after a ・, or where Latin letters give way to katakana.
    if (rendered[cut - 1] === '・' && after.startsWith(tail)) return rendered.slice(0, cut - 1);
    if (latinBefore && !/[\x20-\x7e]/.test(tail[0] ?? '') && after.startsWith(tail)) return rendered.slice(0, cut);
  }
  return /^[\x20-\x7e]+$/.test(written) ? name : rendered;
}
