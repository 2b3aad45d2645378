/**
 * What the aligner may trust on both sides of a translation: numbers (as values), known entities, Latin
 * names and acronyms, web addresses. Ordinary English words are no anchors (a Japanese text rarely has them).
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { EnglishLexicon } from '../lexicon';
import type { OffsetRange } from '../types';
import { englishMentions } from './englishNames';
import type { EntityHeads, PlacedEntity } from './entityHeads';
import { latinWords, quantitiesOf, urlKey, urls } from './pairFacts';
import { englishQuantities, japaneseQuantities, type JapaneseCurrencyNames } from './quantities';
import type { Segment } from './segments';

/**
 * A sentence that opens a speaker's turn with a label (MINA:, Host:, 司会：, 川本：): both languages keep the turns, so a
 * turn's first sentence pairs with a turn's first sentence, whatever the name is written in.
 */
export const TURN = 't:turn';
const ENGLISH_SPEAKER_LABEL = /^[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}:\s/;
const JAPANESE_SPEAKER_LABEL = /^[^\s。、！？「」『』（）()0-9０-９]{1,16}[：:]\s*\S/;

/** `heads`: head words joined to a known name (Nvidia-backed), anchors whichever entity of the kind the other side names. */
export function englishAnchors(segment: Segment, kb: KnowledgeBase, lexicon: EnglishLexicon, heads?: EntityHeads): Set<string> {
  const anchors = new Set<string>();
  if (ENGLISH_SPEAKER_LABEL.test(segment.text)) anchors.add(TURN);
  for (const q of quantitiesOf(segment, englishQuantities)) addNumber(anchors, q.value);
  const mentions = englishMentions(segment.text, kb);
  for (const mention of mentions) anchors.add(`e:${mention.entityId}`);
  for (const anchor of heads?.english(segment.text, mentions) ?? []) anchors.add(anchor);
  for (const url of urls(segment)) anchors.add(`u:${urlKey(url.text)}`);
  for (const word of latinWords(segment)) {
    if (!/[A-Z0-9]/.test(word.text)) continue;
    // A capitalised ordinary word (The, In, Last) is no name.
    if (/^[A-Z][a-z]+$/.test(word.text) && lexicon.has(word.text)) continue;
    anchors.add(`l:${word.text.toLowerCase()}`);
  }
  return anchors;
}

/** `entitiesIn`: the known entities the target names (or misspells) within a range, with where (file offsets). */
export function japaneseAnchors(
  segment: Segment,
  currencies: JapaneseCurrencyNames,
  entitiesIn: (range: OffsetRange) => readonly PlacedEntity[],
  heads?: EntityHeads,
): Set<string> {
  const anchors = new Set<string>();
  if (JAPANESE_SPEAKER_LABEL.test(segment.text)) anchors.add(TURN);
  for (const q of quantitiesOf(segment, (text) => japaneseQuantities(text, currencies))) addNumber(anchors, q.value);
  const entities = entitiesIn(segment.range);
  for (const { entityId } of entities) anchors.add(`e:${entityId}`);
  for (const anchor of heads?.japanese(segment.pieces, entities) ?? []) anchors.add(anchor);
  for (const url of urls(segment)) anchors.add(`u:${urlKey(url.text)}`);
  for (const word of latinWords(segment)) if (/[A-Z0-9]/.test(word.text)) anchors.add(`l:${word.text.toLowerCase()}`);
  return anchors;
}

/**
 * A number as a value, and as its digits without the zeros around them: 1,000 and 1万 differ as values
 * (a mistranslated number) but share "1", so the sentences they stand in still pair. Not the number one.
 */
function addNumber(anchors: Set<string>, value: number): void {
  // One is as often a word as a figure (1つ分 for "a", 1社 for "one company"): English writes it in words the readers skip.
  if (value === 1) return;
  anchors.add(`n:${value}`);
  const digits = String(value)
    .replace('.', '')
    .replace(/^0+|0+$/g, '');
  if (digits !== '') anchors.add(`d:${digits}`);
}
