/** Katakana of a translation that renders a name of its source by other sounds (Perplexity ↔ パプレックス, Moorhead ↔ モアハウス). */
import { editSimilarity } from '../../../similarity';
import type { SourceCheckContext } from '../check';
import type { Word } from '../../pairFacts';
import { englishSoundKey, transliterationSimilarity } from '../../transliteration';
import { renderBodyNameInKatakana, renderingLikeness } from '../../katakanaRendering';
import { fullSpellingsOf, rendersOtherSourceWords, type SourceEntity } from '../../pairNames';
import { undotted, type TargetView } from './targetView';
import { readsAsSyllable, syllableReadings } from '../../koreanRomanisation';

/**
 * Least similarity for a katakana word to be taken as a bad rendering of the one missing name. Short names
 * are alike by chance (Meta ↔ メディア, Intel ↔ ネット): a word of four letters at least, and a name of three
 * consonants or four katakana at least. Said as information (the confidence below, before the pair's own).
 */
const BAD_RENDERING = 0.5;
export const RENDERING_CONFIDENCE = 0.62;
const WEAK_RENDERING = 0.35;

/** The one katakana word of the translation that renders no other source word and sounds somewhat like the missing name. */
export function badRendering(
  named: SourceEntity,
  view: TargetView,
  sourceWords: readonly string[],
  taken: ReadonlySet<number>,
  context: SourceCheckContext,
): { word: Word; similarity: number } | undefined {
  const nameWords = new Set(named.entity.en.split(/\s+/));
  const sounded = englishSoundKey(named.entity.en).length >= 3;
  // Its katakana spellings of four letters or more (ペガトロン of Pegatron, whose name is 和碩聯合科技).
  const kanaSpellings = fullSpellingsOf(named.entity).filter((s) => /^[ァ-ヴー・＝]{4,}$/.test(s));
  const kana = kanaSpellings.length > 0;
  if (!sounded && !kana) return undefined;
  const candidates = view.katakana
    .filter((w) => w.text.length >= 4 && !taken.has(w.range.start) && !context.rules.ordinaryKatakana.has(w.text))
    .filter((w) => !rendersOtherSourceWords(w.text, sourceWords, nameWords))
    .map((word) => ({
      word,
      similarity: Math.max(
        sounded ? transliterationSimilarity(named.entity.en, word.text) : 0,
        ...kanaSpellings.map((s) => editSimilarity(undotted(word.text), undotted(s))),
      ),
      // Begins with the same two letters as a katakana spelling (ペガサス, ペガトロン).
      sameStart: kanaSpellings.some((s) => undotted(s).slice(0, 2) === undotted(word.text).slice(0, 2)),
    }));
  const likely = candidates.filter((c) => c.similarity >= BAD_RENDERING);
  if (likely.length === 1) return likely[0];
  // None alike enough: the one unexplained katakana word beginning as the name does and somewhat like it.
  const weak = candidates.filter((c) => c.sameStart && c.similarity >= WEAK_RENDERING);
  return likely.length === 0 && weak.length === 1 ? weak[0] : undefined;
}

/** A name of the source nobody knows, rendered in katakana that reads nothing like it (Moorhead ↔ モアハウス). */
export function farRendering(name: Word, view: TargetView, sourceWords: readonly string[], taken: ReadonlySet<number>): Word | undefined {
  if (view.text.toLowerCase().includes(name.text.toLowerCase())) return undefined;
  const parts = view.katakana.flatMap(katakanaParts).filter((p) => p.text.length >= 3 && !taken.has(p.range.start));
  // A part spelt as the name's katakana rendering is one, whatever its consonants (ウィットモア for Whitmore); a Korean surname or
  // syllable is read as Korean reads it (チョン for Jung, which English rules read ユング).
  const korean = syllableReadings(name.text);
  const scored = parts.map((part) => ({
    part,
    similarity: Math.max(
      transliterationSimilarity(name.text, part.text),
      renderingLikeness(name.text, part.text) >= RENDERED || (korean.length > 0 && readsAsSyllable(part.text, korean, false)) ? 1 : 0,
    ),
  }));
  if (scored.some((s) => s.similarity >= FAIR_RENDERING)) return undefined;
  const far = scored.filter((s) => s.similarity >= SOME_LIKENESS && !rendersOtherSourceWords(s.part.text, sourceWords, new Set([name.text])));
  return far.length === 1 ? far[0]?.part : undefined;
}

/** A part this close to the name's katakana rendering (vowels counted, long vowels and ッ not) is a rendering of it. */
const RENDERED = 0.8;
/** A rendering this close to the English reads as one (another way of writing it, not a garble). */
const FAIR_RENDERING = 0.6;
/** Below this, a katakana word is about something else. */
const SOME_LIKENESS = 0.3;

export function katakanaParts(word: Word): Word[] {
  const parts: Word[] = [];
  let at = 0;
  for (const text of word.text.split(/[・＝]/)) {
    parts.push({ text, range: { start: word.range.start + at, end: word.range.start + at + text.length } });
    at += text.length + 1;
  }
  return parts;
}

/**
 * The fix for a far rendering whose head renders the name (セイコーインスツル for "Seiko" of "Seiko Epson"): the translator's head
 * kept and the words the source writes after the name rendered after it (セイコーエプソン), never the name's first word alone, a
 * prefix of what the translation writes. Undefined when no head of the part renders the name.
 */
export function completedRendering(part: Word, name: Word, sourceText: string): string | undefined {
  const written = part.text;
  let head: string | undefined;
  let best = RENDERED;
  for (let cut = 2; cut < written.length; cut++) {
    // Not inside a mora: a cut before a long mark, ッ or a small kana splits a sound.
    if (/[ーッャュョァィゥェォ]/.test(written[cut] ?? '')) continue;
    const likeness = renderingLikeness(name.text, written.slice(0, cut));
    if (likeness >= best) {
      head = written.slice(0, cut);
      best = likeness;
    }
  }
  if (head === undefined) return undefined;
  // The capitalised words the source writes right after the name, a possessive's 's left out (Seiko Epson's → Epson).
  const rest = /^(?: [A-Z][A-Za-z]+)+/.exec(sourceText.slice(name.range.end).replace(/^((?: [A-Z][A-Za-z]+)+)['’]s\b/, '$1'))?.[0].trim();
  if (!rest) return head;
  return head + renderBodyNameInKatakana(rest);
}

/**
 * Whether a katakana word renders the name together with a capitalised word the source writes beside it, better than the name
 * alone (アブダビ for "Abu Dhabi", アンドラプラデシュ for "Andhra Pradesh"): a place of two words written as one, not a rendering
 * of the one word, near or far.
 */
export function rendersWithNeighbour(name: Word, katakana: string, sourceText: string): boolean {
  const before = /([A-Z][A-Za-z]+) $/.exec(sourceText.slice(Math.max(0, name.range.start - 30), name.range.start))?.[1];
  const after = /^ ([A-Z][A-Za-z]+)/.exec(sourceText.slice(name.range.end, name.range.end + 30))?.[1];
  const reads = (english: string): number => Math.max(transliterationSimilarity(english, katakana), transliterationSimilarity(english, katakana, true));
  const alone = reads(name.text);
  return [before ? before + name.text : undefined, after ? name.text + after : undefined].some(
    (joined) => joined !== undefined && reads(joined) >= TWO_WORDS_READ && reads(joined) > alone,
  );
}

/** How well a word must read as two source words joined to be their rendering. */
const TWO_WORDS_READ = 0.7;
