/**
 * A person's name heard too far off to match a name on its own sound, recognised because the story names
 * what the person is related to: 「ジャンセン・フワン」 beside エヌビディア is Jensen Huang (ジェンスン・フアン),
 * 「デビッド・サクソス」 beside ホワイトハウス is David Sacks. The relations of the knowledge base narrow the
 * names to compare to a few, so a looser sound match is enough.
 *
 * Contract:
 * - A dotted katakana name (ジャンセン・フワン), or one katakana word before a title (氏, さん, CEO…; data),
 *   that is no spelling of the knowledge base and not made of ordinary words only.
 * - Compared with the katakana spellings of the people related to an entity the document names, and of the
 *   people it names: the whole name's sound key (soundKey.ts) at least 60% alike and its consonants at least
 *   60% alike, its family name alone 58% (one word is compared with family names, 70%); one such person,
 *   clearly better than any other. The fix is the knowledge base's main spelling.
 * - A dotted name of known words only (a given name and a family name both of the knowledge base or the
 *   dictionary) is judged only when its given name is exactly the person's (ペギー・ジョンストン of ペギー・ジョンソン):
 *   information, since it may be another person.
 * - Warning when an entity the person is related to is named in the same sentence or the next one (CEO of
 *   the company named there); information otherwise.
 */
import { displayName, type DetectorContext } from '../context';
import { flowRange } from '../document';
import type { AnalyzedDocument } from '../analyzedDocument';
import { makeFinding } from '../finding';
import type { Entity } from '../knowledge/model';
import { knownKatakanaWords } from '../nameIndex';
import { editSimilarity } from '../similarity';
import { consonantSkeleton, soundKey } from '../soundKey';
import { isKatakana } from '../text';
import { CONFIDENCE_OF, type Finding } from '../types';
import { comparedWithEntity } from '../renderedSpelling';
import type { Detector } from './detector';
import { t } from '../l10n';

type Flow = AnalyzedDocument['flow'];

const CODE = 'garbled-related-name';
const KATAKANA_NAME = /[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*/g;
const SEPARATOR = /[・･=＝]/;
const SENTENCE_END = /[。！？!?\n]/;
const WHOLE_NAME_ALIKE = 0.6;
const FAMILY_NAME_ALIKE = 0.7;
const MARGIN = 0.1;
/** How alike the family name of a whole name must sound on its own (sounds and consonants averaged). */
const FAMILY_NAME_OF_WHOLE = 0.58;

interface Candidate {
  readonly entity: Entity;
  readonly spelling: string;
  readonly similarity: number;
}

export const garbledRelatedName: Detector = {
  code: CODE,
  description: 'A person’s name heard too far off to match on sound alone, beside what the person is related to (ジャンセン・フワン → ジェンスン・フアン).',
  detect(doc, context) {
    const text = doc.flow.text;
    // A fact of the whole document: listed once per analysis, not per chunk (thousands of chunks, hundreds of ids).
    const people = context.derived('garbled-related-name people in reach', peopleInReach);
    if (people.length === 0) return [];
    const known = knownKatakanaWords(context.kb);
    const findings: Finding[] = [];
    for (const match of text.matchAll(KATAKANA_NAME)) {
      const written = match[0];
      const start = match.index ?? 0;
      const parts = written.split(SEPARATOR);
      const dotted = parts.length > 1;
      const titled = context.rules.nameTitles.some((title) => text.startsWith(title, start + written.length));
      if ((!dotted && !titled) || known.has(written) || parts.some((part) => part.length < 2)) continue;
      // Known words only (ジョン・スミス) are a name of their own; but a person's exact given name before a known word
      // that sounds like that person's family name (ペギー・ジョンストン of ペギー・ジョンソン) may be the person, the
      // family name heard as another name: information.
      const knownWordsOnly = parts.every((part) => known.has(part) || context.rules.ordinaryKatakana.has(part) || isOrdinary(doc.tokenize(part)));
      if (knownWordsOnly && !dotted) continue;
      const best = rememberedClosestPerson(written, parts, people);
      // The same sounds written another way (バヴィッシュ for バビッシュ) are a transliteration, not a mishearing:
      // garbled-katakana-name tells those apart.
      if (!best || sameSounds(parts, best.spelling.split(SEPARATOR))) continue;
      if (knownWordsOnly && !sameGivenName(parts, best.spelling.split(SEPARATOR))) continue;
      const near = relatedNearby(doc.flow, start, start + written.length, best.entity, context);
      // Spelt from the English at least as well as the known spelling (ジャボロンコフ for Zhavoronkov beside ザボロンコフ):
      // another transliteration, information.
      if (!knownWordsOnly && comparedWithEntity(written, best.spelling, best.entity) !== undefined) {
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, start, start + written.length),
            message: t('「{0}」 is another way of writing 「{1}」 ({2})', written, best.spelling, best.entity.en),
            confidence: CONFIDENCE_OF.information,
            explanation: {
              problem: t('A known name written another way: not an error, but one spelling throughout reads better.'),
              reasons: [t('「{0}」 writes the English name {1} as well as 「{2}」 does.', written, best.entity.en, best.spelling)],
            },
            replacements: [best.spelling],
            entityId: best.entity.id,
          }),
        );
        continue;
      }
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, start, start + written.length),
          message: t('「{0}」 may be 「{1}」 ({2}), heard wrong', written, best.spelling, best.entity.en),
          confidence: near && !knownWordsOnly ? 0.72 : 0.55,
          explanation: {
            problem: t('Probably a name heard wrong: {0}.', displayName(best.entity)),
            reasons: [
              t('「{0}」 sounds {1}% like 「{2}」.', written, Math.round(best.similarity * 100), best.spelling),
              ...(knownWordsOnly
                ? [t('Its given name is exactly {0}’s, but its family name is another known name: it may be another person.', displayName(best.entity))]
                : []),
              near
                ? t('{0}, to which {1} is related, is named close by.', displayName(near), displayName(best.entity))
                : t('{0} is related to what this document names, but not close by: only a possibility.', displayName(best.entity)),
            ],
          },
          replacements: [best.spelling],
          entityId: best.entity.id,
        }),
      );
    }
    return findings;
  },
};

/** The people related to an entity the document names, and the people it names. */
function peopleInReach(context: DetectorContext): readonly Entity[] {
  const people: Entity[] = [];
  for (const id of new Set([...context.related, ...context.mentionCount.keys()])) {
    const entity = context.kb.get(id);
    if (entity?.type === 'person') people.push(entity);
  }
  return people;
}

function katakanaSpellings(entity: Entity): string[] {
  return [...new Set([entity.ja, ...(entity.aliases ?? [])])].filter((s) => [...s].every((ch) => isKatakana(ch) || SEPARATOR.test(ch)));
}

function alikeness(a: string, b: string): number {
  const keyA = soundKey(a);
  const keyB = soundKey(b);
  return (editSimilarity(keyA, keyB) + editSimilarity(consonantSkeleton(keyA), consonantSkeleton(keyB))) / 2;
}

const keyOf = (parts: readonly string[]): string => parts.map((part) => soundKey(part)).join('');

/** A katakana spelling of a person, with what closestPerson compares of it worked out once. */
interface PersonSpelling {
  /** Its whole name: parts, sound key and consonants. */
  readonly whole: ComparedName;
  /** Its last part alone (a family name, compared with one word before a title). */
  readonly family: ComparedName;
  /** The fix offered for the whole name and for the family name. */
  readonly wholeFix: string;
  readonly familyFix: string;
}

interface ComparedName {
  readonly parts: readonly string[];
  readonly key: string;
  readonly consonants: string;
}

const compared = (parts: readonly string[]): ComparedName => {
  const key = keyOf(parts);
  return { parts, key, consonants: consonantSkeleton(key) };
};

// Per entity object: a person's spellings are compared with every katakana name of every chunk.
const spellingsByPerson = new WeakMap<Entity, readonly PersonSpelling[]>();

function personSpellings(entity: Entity): readonly PersonSpelling[] {
  let made = spellingsByPerson.get(entity);
  if (made) return made;
  const spellings = katakanaSpellings(entity);
  // The fix is the knowledge base's own spelling when the name matched is one of its other spellings.
  const mainFirst = spellings[0] === entity.ja;
  made = spellings.map((spelling) => {
    const theirs = spelling.split(SEPARATOR);
    const canonical = spelling === entity.ja || !mainFirst ? spelling : entity.ja;
    return {
      whole: compared(theirs),
      family: compared(theirs.slice(-1)),
      wholeFix: canonical,
      familyFix: canonical.split(SEPARATOR).slice(-1)[0] ?? canonical,
    };
  });
  spellingsByPerson.set(entity, made);
  return made;
}

/**
 * The most editSimilarity(a, b) can be for strings of these lengths (an edit distance is at least the
 * difference of the lengths), computed as editSimilarity computes it: a bound below the threshold skips the distance.
 */
function similarityBound(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - Math.abs(a.length - b.length) / longest;
}

// Per list of people (one an analysis): a name is written many times in a document, and compared with every person each time.
const closestByPeople = new WeakMap<readonly Entity[], Map<string, Candidate | undefined>>();

/** closestPerson, remembered for each written name while the list of people is the same. */
function rememberedClosestPerson(written: string, parts: readonly string[], people: readonly Entity[]): Candidate | undefined {
  let byWritten = closestByPeople.get(people);
  if (!byWritten) closestByPeople.set(people, (byWritten = new Map()));
  if (byWritten.has(written)) return byWritten.get(written);
  const best = closestPerson(parts, people);
  byWritten.set(written, best);
  return best;
}

/** The one person whose name the written one sounds like, clearly more than any other. */
function closestPerson(parts: readonly string[], people: readonly Entity[]): Candidate | undefined {
  const written = compared(parts);
  const least = parts.length === 1 ? FAMILY_NAME_ALIKE : WHOLE_NAME_ALIKE;
  const scored: Candidate[] = [];
  for (const entity of people) {
    let best: Candidate | undefined;
    for (const spelling of personSpellings(entity)) {
      // One word before a title is a family name: compared with the last part.
      const other = parts.length === 1 ? spelling.family : spelling.whole;
      if (other.parts.length !== parts.length) continue;
      if (similarityBound(written.key, other.key) < least || similarityBound(written.consonants, other.consonants) < least) continue;
      const sounds = editSimilarity(written.key, other.key);
      if (sounds < least) continue;
      const consonants = editSimilarity(written.consonants, other.consonants);
      if (consonants < least) continue;
      // The family name must sound alike on its own too: a shared given name (グレース / グレッグ) is not enough.
      if (parts.length > 1 && alikeness(parts[parts.length - 1] ?? '', other.parts[other.parts.length - 1] ?? '') < FAMILY_NAME_OF_WHOLE) continue;
      const similarity = (sounds + consonants) / 2;
      const fix = parts.length === 1 ? spelling.familyFix : spelling.wholeFix;
      if (!best || similarity > best.similarity) best = { entity, spelling: fix, similarity };
    }
    if (best) scored.push(best);
  }
  scored.sort((a, b) => b.similarity - a.similarity);
  const [first, second] = scored;
  if (!first || (second && first.similarity - second.similarity < MARGIN)) return undefined;
  return first;
}

/** An entity the person is related to, named in the sentence of the span or the next one. */
function relatedNearby(flow: Flow, start: number, end: number, person: Entity, context: DetectorContext): Entity | undefined {
  const text = flow.text;
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = end;
  for (let ends = 0; to < text.length; to++) if (SENTENCE_END.test(text[to] ?? '') && ++ends === 2) break;
  const around = flowRange(flow, from, to);
  const relations = context.kb.relatedTo(person.id);
  for (const mention of context.mentions) {
    if (mention.range.start >= around.start && mention.range.end <= around.end && relations.has(mention.entityId)) return context.kb.get(mention.entityId);
  }
  return undefined;
}

/** The given name (every part but the last) written exactly as the person's: the family name alone differs. */
function sameGivenName(parts: readonly string[], known: readonly string[]): boolean {
  return parts.length === known.length && parts.slice(0, -1).every((part, i) => part === known[i]);
}

/** Every part the same sounds, v written ヴ or with the バ row alike (soundKey.ts). */
function sameSounds(parts: readonly string[], known: readonly string[]): boolean {
  const key = (part: string): string => soundKey(part).replace(/v/g, 'b');
  return parts.length === known.length && parts.every((part, i) => key(part) === key(known[i] ?? ''));
}

const isOrdinary = (tokens: readonly { readonly known: boolean; readonly posDetail: string }[]): boolean =>
  tokens.length > 0 && tokens.every((token) => token.known && token.posDetail !== '固有名詞');
