/** heardName.ts's judgement of a katakana run nothing else matched: no word, in a name's place, sounding like one known name. */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { flowRange } from '../../document';
import { knownKatakanaWords, splitNameParts } from '../../nameIndex';
import { overlapsAny } from '../../ranges';
import { soundKey } from '../../soundKey';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { heardNameFinding, isNoWord, nearestHeardName, soundOnlyHeardNameFinding } from '../heardName';
import { heardSimilarity } from '../../heardAlike';
import { namePlaceOf, ownerBeforeCue } from '../../namePlace';
import { NO_WORD_START, type Part } from './katakanaRuns';
import { preferredSpelling } from './replacements';
import { titled } from './wordKinds';
import { extendsName } from './soundShape';

/** How alike a given name must sound to the known one to be kept as written: the same name in other letters only. */
const KEPT_GIVEN_NAME = 0.95;

/** How alike by ear a word with no name's place must sound to a name the document writes elsewhere. */
const NAMED_ALIKE = 0.9;

/** How alike each part of a dotted name must sound to its part of the known name, when both have as many parts. */
const PART_ALIKE = 0.8;

/** A part sounds like its part of the known name, or is its beginning with the end lost (ラガ of ラガヴァン). */
function partHeardAs(written: string, known: string): boolean {
  return heardSimilarity(written, known) >= PART_ALIKE || (written.length >= 2 && soundKey(known).startsWith(soundKey(written)));
}

/** Sounds a moved dot may be off by: more is another name. */
const MAX_DOT_SHIFT = 2;

/**
 * A name of two parts written with its dot moved (リチャサ・トン for リチャード・サットン): the letters run together,
 * split again within MAX_DOT_SHIFT kana of where the dot was written, make two parts each heard as its part.
 */
function heardWithDotMoved(word: string, knownParts: readonly string[], written: string): boolean {
  const [given, surname] = knownParts;
  if (knownParts.length !== 2 || !given || !surname) return false;
  const dot = written.search(/[・･]/);
  for (let at = Math.max(2, dot - MAX_DOT_SHIFT); at <= Math.min(word.length - 2, dot + MAX_DOT_SHIFT); at++) {
    if (at === dot) continue;
    if (partHeardAs(word.slice(0, at), given) && partHeardAs(word.slice(at), surname)) return true;
  }
  return false;
}

/** heardName.ts's judgement of a run nothing else matched: a single word, or a dotted name as a whole. */
export function heardFallback(
  doc: AnalyzedDocument,
  run: readonly Part[],
  context: DetectorContext,
  covered: readonly Finding['range'][],
): Finding | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const range = flowRange(doc.flow, first.start, last.end);
  if (overlapsAny(covered, range)) return undefined;
  const written = doc.flow.text.slice(first.start, last.end);
  const word = run.map((part) => part.text).join('');
  if (run.some((part) => NO_WORD_START.test(part.text))) return undefined;
  // A dotted run is a name by its shape; every part of it a word (マーシャル・プラン) is a compound instead.
  if (run.length > 1 ? run.every((part) => !isNoWord(doc, part.text, context)) : !isNoWord(doc, word, context)) return undefined;
  // A capitalised word or a katakana word the knowledge base writes: a name's owner before の.
  const isWrittenName = (neighbour: string): boolean => /^[A-Z]/.test(neighbour) || knownKatakanaWords(context.kb).has(neighbour);
  // Beside a list separator, also a word no dictionary knows.
  const isKnownName = (neighbour: string): boolean => isWrittenName(neighbour) || isNoWord(doc, neighbour, context);
  const place =
    run.length > 1
      ? { cue: written, organisation: false }
      : (namePlaceOf({ text: doc.flow.text, start: first.start, end: last.end, titles: context.rules.nameTitles, isKnownName }) ??
        ownerPlace(doc.flow.text, first.start, isWrittenName));
  const match = nearestHeardName(word, false, context.kb);
  // The same sounds written another way (バーンス for バンス) are a transliteration, which garbled-katakana-name judges above.
  if (!match || soundKey(match.target.replace(/[・･]/g, '')) === soundKey(word)) return undefined;
  // The whole known name and a word more (クロードアイ: Claude AI) is a name of its own.
  if (extendsName(word, match.target.replace(/[・･]/g, ''))) return undefined;
  const entity = context.kb.get(match.name.entityId);
  if (!entity || spelledLetterFirst(word, match.target, context) || context.rules.commonNameParts.has(word)) return undefined;
  // Without a name's place, the entity written right elsewhere in the document vouches for the name (アムコア beside アムコー).
  const named = context.mentionCount.has(entity.id) && match.similarity >= NAMED_ALIKE;
  // Out of a name's place only the sound speaks: a hint for an organisation or a product (people share sounds), which what the document says of it may raise.
  if (place === undefined && !named)
    return run.length === 1 && entity.type !== 'person'
      ? soundOnlyHeardNameFinding(written, range, { ...match, target: preferredSpelling(match.target, entity, context) }, context)
      : undefined;
  const cue = place?.cue ?? t('{0} is written elsewhere in this document', displayName(entity));
  // An organisation's place holds no person; one word heard as a person's whole name needs a title after it (ホクタムCEO).
  if (
    entity.type === 'person' &&
    (place === undefined || place.organisation || (run.length === 1 && match.name.parts.length > 1 && !titled(doc.flow.text, last.end, context)))
  )
    return undefined;
  const preferred = preferredSpelling(match.target, entity, context);
  if (run.length === 1) return heardNameFinding(written, range, cue, { ...match, target: preferred }, context);
  // A dotted run is a person's whole name; one the story relates to is garbled-related-name's to judge, with the relation as evidence.
  if (entity.type !== 'person')
    return splitNameParts(preferred).length === run.length ? heardNameFinding(written, range, cue, { ...match, target: preferred }, context) : undefined;
  // (garbled-related-name also judges a person the story relates to, with the relation as evidence.)
  const knownParts = splitNameParts(preferred);
  // A person's name of another shape (アル・オラ against アローラ) is another name.
  if (knownParts.length !== run.length) return undefined;
  // Each part must sound like its part of the person's name: two other people share a given name or a surname (ブレント・ティル is not ブレット・テイラー).
  // Or, for a name of two parts, the dot set a sound or two off (リチャサ・トン for リチャード・サットン): split where the
  // known name splits, each part sounds like its own.
  if (run.some((part, i) => !partHeardAs(part.text, knownParts[i] ?? '')) && !heardWithDotMoved(word, knownParts, written)) return undefined;
  // A part that is itself a common name (トーマス・クライン beside トーマス・クリアン) is another person's real name.
  if (run.some((part, i) => part.text !== knownParts[i] && context.rules.commonNameParts.has(part.text))) return undefined;
  // Every part the same name in other letters (デイヴィッド・ベイカー) is another way of writing, judged above, not a mishearing.
  if (run.every((part, i) => heardSimilarity(part.text, knownParts[i] ?? '') >= 0.9)) return undefined;
  const second = run[1];
  // The given name heard right, or written another way (ウルスラ for ウルズラ), stays: only the rest is fixed.
  if (second && knownParts.length > 1 && heardSimilarity(first.text, knownParts[0] ?? '') >= KEPT_GIVEN_NAME) {
    const rest = flowRange(doc.flow, second.start, last.end);
    if (doc.flow.text.slice(second.start, last.end) === knownParts.slice(1).join('・')) return undefined;
    return heardNameFinding(doc.flow.text.slice(second.start, last.end), rest, cue, { ...match, target: knownParts.slice(1).join('・') }, context);
  }
  return heardNameFinding(written, range, cue, { ...match, target: preferred }, context);
}

/** After a place or a known name and の (ベルギーの…, エヌビディアの…): a name's place, but not an organisation's alone. */
function ownerPlace(text: string, start: number, isKnownName: (word: string) => boolean): { cue: string; organisation: boolean } | undefined {
  const cue = ownerBeforeCue({ text, start, isKnownName });
  return cue === undefined ? undefined : { cue, organisation: false };
}

/** A word that starts with a consonant letter's name (エヌスケール: N + scale) is a brand of its own unless the name starts so too. */
function spelledLetterFirst(word: string, target: string, context: DetectorContext): boolean {
  for (const [letter, names] of context.rules.letterNames) {
    if ('AEIOU'.includes(letter)) continue;
    if (names.some((name) => name.length >= 2 && word.startsWith(name) && !target.startsWith(name))) return true;
  }
  return false;
}
