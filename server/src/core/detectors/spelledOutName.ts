/**
 * A name written in katakana the way its English spelling reads as romaji, letter by letter, instead of the way
 * it is said: 「スタルガテ」 for Stargate (スターゲート), 「モビレイエ」 for Mobileye (モービルアイ). Machine translation
 * and speech recognition write a name they do not know this way; the sound comparison of garbled-katakana-name
 * misses it, since the known spelling follows the pronunciation, which the letters do not show.
 *
 * Contract:
 * - A katakana word standing alone (not part of a dotted name), of at least four kana, that no spelling of the
 *   knowledge base is, no ordinary loanword (`ordinaryKatakana`) and no word of the dictionary (`isNoWord`).
 * - Compared with the letter-by-letter reading (spellingReading.ts) of every one-word Latin name of an entity
 *   of the knowledge base that is not a person (its English name, a Latin alias or short name; a reading of six letters at least): its folded romaji
 *   at least 85% alike by edit distance; one entity clearly the closest (by 0.05), and the word not already as
 *   close (75%) to one of the entity's katakana spellings (that is garbled-katakana-name's sound comparison to judge).
 * - Warning when the entity or one related to it is named in the document; information when nothing is, and
 *   only for a reading at least 90% alike. The fix is the entity's katakana spelling closest to the reading (ケイデンス for Cadence).
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import { knownKatakanaWords } from '../nameIndex';
import { editSimilarity } from '../similarity';
import { foldRomaji, spellingReading } from '../spellingReading';
import { isKatakana, katakanaToRomaji, scriptOf } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { isNoWord } from './heardName';
import { t } from '../l10n';

const CODE = 'spelled-out-name';
const KATAKANA_WORD = /[\u30A1-\u30FA\u30FC]+/g;
const SEPARATOR = /[・･=＝]/;
const MIN_KANA = 4;
const MIN_READING = 6;
const ALIKE = 0.85;
const ALIKE_UNNAMED = 0.9;
const MARGIN = 0.05;
/** The word this close to the entity's own spelling is a sound-alike: garbled-katakana-name judges it. */
const SOUND_ALIKE = 0.75;

interface Reading {
  readonly entity: Entity;
  readonly english: string;
  readonly romaji: string;
  /** The folded romaji of the entity's katakana spellings. */
  readonly spoken: readonly string[];
  /** The katakana spelling that writes this English name. */
  readonly fix: string;
}

interface Candidate {
  readonly reading: Reading;
  readonly similarity: number;
}

export const spelledOutName: Detector = {
  code: CODE,
  description: 'A katakana word that reads a known name’s English spelling letter by letter (スタルガテ → スターゲート).',
  detect(doc, context) {
    const text = doc.flow.text;
    const readings = readingsOf(context.kb);
    const known = knownKatakanaWords(context.kb);
    const findings: Finding[] = [];
    for (const match of text.matchAll(KATAKANA_WORD)) {
      const written = match[0];
      const start = match.index ?? 0;
      const end = start + written.length;
      if ([...written].length < MIN_KANA || SEPARATOR.test(text[start - 1] ?? '') || SEPARATOR.test(text[end] ?? '')) continue;
      if (known.has(written) || context.rules.ordinaryKatakana.has(written) || !isNoWord(doc, written, context)) continue;
      const best = closestReading(foldRomaji(katakanaToRomaji(written)), readings);
      if (!best) continue;
      const entity = best.reading.entity;
      const named = context.affinity(entity.id) > 0;
      if (!named && best.similarity < ALIKE_UNNAMED) continue;
      findings.push(finding(doc, start, end, written, best, named));
    }
    return findings;
  },
};

function finding(doc: AnalyzedDocument, start: number, end: number, written: string, best: Candidate, named: boolean): Finding {
  const { entity, english, fix } = best.reading;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, start, end),
    message: named
      ? t('「{0}」 reads the spelling of {1} letter by letter: 「{2}」', written, english, fix)
      : t('「{0}」 may read the spelling of {1} letter by letter; the story does not name it otherwise, so check: 「{2}」', written, english, fix),
    confidence: named ? 0.7 : 0.5,
    explanation: {
      problem: t('Probably a name written from its spelling, not its sound: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is no word of the dictionary and sounds {1}% like {2} read as romaji.', written, Math.round(best.similarity * 100), english),
        named
          ? t('{0}, or an entity related to it, is named in this document.', displayName(entity))
          : t('Nothing related to {0} is named in this document.', displayName(entity)),
      ],
    },
    replacements: [fix],
    entityId: entity.id,
  });
}

/** The one reading the word is closest to, clearly more than any other entity's. */
function closestReading(romaji: string, readings: readonly Reading[]): Candidate | undefined {
  let first: Candidate | undefined;
  let second: Candidate | undefined;
  for (const reading of readings) {
    if (Math.abs(reading.romaji.length - romaji.length) > 2) continue;
    const similarity = editSimilarity(romaji, reading.romaji);
    if (similarity < ALIKE - MARGIN) continue;
    // Already close to the entity's own spelling: the sound comparison's to judge.
    if (reading.spoken.some((spoken) => editSimilarity(romaji, spoken) >= SOUND_ALIKE)) continue;
    const candidate = { reading, similarity };
    if (!first || similarity > first.similarity) {
      if (first && first.reading.entity.id !== reading.entity.id) second = first;
      first = candidate;
    } else if (reading.entity.id !== first.reading.entity.id && (!second || similarity > second.similarity)) {
      second = candidate;
    }
  }
  if (!first || first.similarity < ALIKE) return undefined;
  if (second && first.similarity - second.similarity < MARGIN) return undefined;
  return first;
}

const readingsCache = new WeakMap<KnowledgeBase, readonly Reading[]>();

/**
 * The entity's katakana spellings: its Japanese name, aliases and short names written in katakana, and the first
 * word of each one of several words (メラノックス of メラノックス・テクノロジーズ).
 */
function katakanaSpellings(entity: Entity): string[] {
  const whole = [entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])].filter((name) => [...name].some(isKatakana));
  const firstWords = whole.map((name) => name.split(SEPARATOR)[0] ?? '').filter((word) => [...word].length >= MIN_KANA && [...word].every(isKatakana));
  return [...new Set([...whole, ...firstWords])];
}

const folded = (katakana: string): string => foldRomaji(katakanaToRomaji(katakana.replace(/[^\u30A1-\u30FA\u30FC]/g, '')));

/** The letter-by-letter readings of the knowledge base's one-word Latin names (English name, aliases, short names). */
function readingsOf(kb: KnowledgeBase): readonly Reading[] {
  let readings = readingsCache.get(kb);
  if (readings) return readings;
  const list: Reading[] = [];
  for (const entity of kb.entities.values()) {
    // People's names are heard, not read: the sound comparisons judge them (a surname read out is often a word).
    if (entity.type === 'person') continue;
    const spellings = katakanaSpellings(entity);
    if (spellings.length === 0) continue;
    const spoken = spellings.map(folded);
    for (const english of new Set([entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])])) {
      if (scriptOf(english) !== 'latin' || /\s/.test(english)) continue;
      const romaji = spellingReading(english);
      if (romaji === undefined || romaji.length < MIN_READING || spoken.includes(romaji)) continue;
      // The fix is the katakana spelling that writes this English name: the one its reading is closest to.
      let fix = entity.ja;
      let closest = -1;
      for (const [i, spelling] of spellings.entries()) {
        const similarity = editSimilarity(romaji, spoken[i] ?? '');
        if (similarity > closest) [fix, closest] = [spelling, similarity];
      }
      list.push({ entity, english, romaji, spoken, fix });
    }
  }
  readings = list;
  readingsCache.set(kb, readings);
  return readings;
}

/** A reading as dist/derived.bin keeps it (derivedData.ts): its entity by id. */
export type ReadingEntry = readonly [entityId: string, english: string, romaji: string, spoken: readonly string[], fix: string];

/** The readings of a knowledge base, for the build (listing and folding them was ~5% of a cold start's first analysis). */
export function spelledOutReadings(kb: KnowledgeBase): ReadingEntry[] {
  return readingsOf(kb).map(({ entity, english, romaji, spoken, fix }) => [entity.id, english, romaji, spoken, fix]);
}

/** Takes the readings computed at build time for data equal to this knowledge base's: what readingsOf computes. */
export function useSpelledOutReadings(kb: KnowledgeBase, entries: readonly ReadingEntry[]): void {
  if (readingsCache.has(kb)) return;
  const list: Reading[] = [];
  for (const [entityId, english, romaji, spoken, fix] of entries) {
    const entity = kb.get(entityId);
    if (entity) list.push({ entity, english, romaji, spoken, fix });
  }
  readingsCache.set(kb, list);
}
