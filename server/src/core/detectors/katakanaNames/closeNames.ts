/** The known names a katakana word sounds close to, and the best of them for the story. */
import type { DetectorContext } from '../../context';
import type { KatakanaName } from '../../nameIndex';
import { editSimilarity, swappedSounds } from '../../similarity';
import { consonantSkeleton, soundKey } from '../../soundKey';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { MIN_ROMAJI, type Part } from './katakanaRuns';
import type { Match } from './match';
import { type Target, foldVariant, isTransliterationVariant } from './transliteration';
import { type NameFacts, type RunTogether, nameFactsOf, runTogetherLengths } from './nameFacts';
import { lengthCandidates } from './lengthCandidates';
import { letterCounts, similarityAtMostBelow } from './letterCounts';
import { sameOnset, extendsName, comparableLengthCounts, isTruncation } from './soundShape';

/** The close name the story favours most: how alike, the story's affinity to its entity, and the rest of the run matching. */
export function bestMatch(part: Part, run: readonly Part[], context: DetectorContext): Match | undefined {
  let best: Match | undefined;
  let bestScore = 0;
  // The story's affinity read for each name close enough, in the name index's order.
  for (const match of closeNames(part, run, context.kb)) {
    const score = match.similarity + 0.3 * context.affinity(match.name.entityId) + (match.otherPartMatches ? 0.2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = match;
    }
  }
  return best;
}

const closeNameCache = new WeakMap<KnowledgeBase, Map<string, readonly Match[]>>();

const CLOSE_NAME_CACHE_SIZE = 20_000;

/**
 * The names a part sounds close enough to, in the name index's order, whatever the story: found once per
 * spelling of the part and of its run (a document writes its names many times).
 */
export function closeNames(part: Part, run: readonly Part[], kb: KnowledgeBase): readonly Match[] {
  let cache = closeNameCache.get(kb);
  if (!cache) closeNameCache.set(kb, (cache = new Map()));
  const key = `${part.text}\u0001${run.indexOf(part)}\u0001${run.map((r) => r.text).join('\u0002')}`;
  let found = cache.get(key);
  if (!found) {
    found = listCloseNames(part, run, kb);
    if (cache.size >= CLOSE_NAME_CACHE_SIZE) cache.clear();
    cache.set(key, found);
  }
  return found;
}

function listCloseNames(part: Part, run: readonly Part[], kb: KnowledgeBase): Match[] {
  const found: Match[] = [];
  const partFolded = foldVariant(part.text);
  const partLetters = letterCounts(part.romaji);
  let partFoldedKey: string | undefined;
  const consider = (name: KatakanaName, person: boolean, target: Target): void => {
    if (target.romaji.length < MIN_ROMAJI || target.text === part.text || !comparableLengthCounts(part.romaji.length, target.romaji.length)) return;
    // The whole known name and a word more (クロードアイ: Claude AI) is a name of its own, not a garble of it.
    if (extendsName(part.text, target.text)) return;
    // A part that is a whole part of the name (ジェンセン of ジェンセン・フアン) is that name's given name, not its truncation.
    const truncated = isTruncation(part.romaji, target.romaji) && !name.parts.some((p) => p.romaji === part.romaji);
    // A person's name written with a long vowel or a doubled consonant more or less (メロトラ, ヴィルックネン) is
    // another transliteration: ears and style books disagree on exactly these in foreign names (the same sounds
    // but for long vowels, doubled consonants and the spellings of v, th, f and w: soundKey.ts, VARIANT_FOLDS).
    const variant =
      isTransliterationVariant(part.text, partFolded, target) ||
      (person && part.text !== target.text && (partFoldedKey ??= soundKey(partFolded)) === target.foldedKey);
    // Equal but for long-vowel marks (ディープシク): the same word with a sound dropped, nearly certain.
    const longVowelSlip = target.romaji === part.romaji ? 0.9 : 0;
    // Only the edit similarity left to pass the lower bar below: not when the letters alone keep it under.
    const underBar = !variant && !truncated && !longVowelSlip && similarityAtMostBelow(partLetters, target.letters, part.romaji, target.romaji, 0.65);
    // Two sounds swapped (マクス for マスク, ドケム for ドムケ): one slip, though the letters differ in several places
    // (the same sounds in another order, so the same length: checked first, since most pairs differ in length).
    const swapped = part.text.length === target.text.length && swappedSounds(part.text, target.text) ? SWAPPED_ALIKE : 0;
    if (underBar && !swapped) return;
    const similarity = variant
      ? 0.9
      : Math.max(editSimilarity(part.romaji, target.romaji) * (longVowelSlip ? 0 : 1), truncated ? 0.76 : 0, longVowelSlip, swapped);
    const otherPartMatches = run.length > 1 && name.parts.some((p) => p.text !== target.text && run.some((r) => r !== part && r.romaji === p.romaji));
    // With the given name right ("マーク・アンドロン"), a looser surname still points to the person.
    if (similarity < (otherPartMatches ? 0.65 : 0.72)) return;
    // Below the usual bar only the given name vouches for the surname: it must at least keep its onset, which
    // recognisers keep (クライン is another surname beside ブラウン, not it misheard).
    if (similarity < 0.72 && !sameOnset(part.romaji, target.romaji)) return;
    found.push({ name, target: target.text, similarity, truncated, otherPartMatches, variant });
  };
  const allFacts = nameFactsOf(kb);
  const candidates = lengthCandidates(allFacts);
  const byRomaji = candidates.byRomajiLength(part.romaji.length);
  // Only a single word is compared with names run together (below): by the length of its sound key.
  const written = run.length === 1 ? soundKey(part.text) : undefined;
  const byKey = written === undefined ? NO_INDICES : candidates.byKeyLength(written.length);
  // The names whose lengths leave room for a match, in the name index's order (the others return at once below).
  for (let a = 0, b = 0; a < byRomaji.length || b < byKey.length;) {
    const fromRomaji = byRomaji[a] ?? Infinity;
    const fromKey = byKey[b] ?? Infinity;
    const index = Math.min(fromRomaji, fromKey);
    if (fromRomaji === index) a++;
    if (fromKey === index) b++;
    const facts = allFacts[index] as NameFacts;
    const { name, person, whole, surname } = facts;
    // A part of a dotted run is matched with a part of a name, not with a whole dotted name: replacing
    // "フォンデア" in "ウルズラ・フォンデア・ライエン" by the whole name would write the rest twice.
    if (name.parts.length <= 1 || run.length <= 1) consider(name, person, whole);
    if (surname) consider(name, person, surname);
    // A person's given name and surname heard as one word (ホクタム, ニッカリス): compared with the whole name's
    // sounds, the fix is the whole dotted name.
    if (written !== undefined && name.parts.length === 2 && person) {
      const runTogether = runTogetherMatch(written, name, facts.runTogether);
      if (runTogether) found.push(runTogether);
    }
  }
  return found;
}

const NO_INDICES = new Int32Array(0);

/** Sounds alike enough, run together, to be the whole name: the given name's onset kept, most sounds and consonants shared. */
const RUN_TOGETHER_ALIKE = 0.7;

/** `written`: the word's sound key. */
function runTogetherMatch(written: string, name: KatakanaName, whole: RunTogether | undefined): Match | undefined {
  if (!whole) return undefined;
  // The word must reach into the surname: the given name alone, or with a sound more, is another word.
  if (!runTogetherLengths(written.length, whole) || !sameOnset(written, whole.key)) return undefined;
  const similarity = editSimilarity(written, whole.key);
  const consonants = editSimilarity(consonantSkeleton(written), whole.skeleton);
  if (similarity < RUN_TOGETHER_ALIKE || consonants < RUN_TOGETHER_ALIKE) return undefined;
  return { name, target: name.text, similarity: Math.min(similarity, 0.85), truncated: false, otherPartMatches: false, runTogether: true };
}

/** How alike two spellings with two sounds swapped count: as a one-sound slip of a name of five or six sounds. */
const SWAPPED_ALIKE = 0.8;
