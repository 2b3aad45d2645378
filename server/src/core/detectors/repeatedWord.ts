/**
 * Stutters: a word written twice in a row by speech recognition ("オープンオープンソース", "ディープシーク・ディープシーク").
 * Doubled sound words (ガチャガチャ, ドキドキ, チュクチュク) are Japanese, and a word at the end of one line and the
 * start of the next is a stutter only where the layout takes the break for a wrap (not two subtitle cues).
 * Words with kanji written twice (規模規模, 掛かる掛かる) and a katakana word doubled at the end of a longer
 * one (ロボティクスチームチーム) are stutters too (wordStutter.ts): a warning, since a few are meant. A katakana word of
 * three morae or more written again after a space (「アクセラレーター アクセラレーター」) is one too. A phrase said
 * again across a comma (その構造は、その構造は) or joined to itself by の (スタートアップのスタートアップに) is a
 * restart too (phraseRepeat.ts), but may be meant: information only.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { flowRange } from '../document';
import { describeWrap, type WrapReason } from '../layout';
import { makeFinding } from '../finding';
import { knownKatakanaWords } from '../nameIndex';
import { isKatakana, isKatakanaCode, NAME_SEPARATORS } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';
import { latinStutters } from '../latinStutter';
import { katakanaTailStutter, wordStutters } from '../wordStutter';
import { commaRepeats, noRepeats } from '../phraseRepeat';

const CODE = 'repeated-word';
const MIN_UNIT = 3;
// Sound words double a unit of one or two morae, perhaps closed by ン, ッ or ー (ガチャガチャ, ドッカンドッカン).
const SOUND_MORAE = 2;
const SMALL_KANA = /[ァィゥェォャュョヮヵヶ]/g;

export const repeatedWord: Detector = {
  code: CODE,
  description: 'A word repeated straight after itself, as speech recognition stutters (オープンオープンソース).',
  detect(doc, context) {
    const text = doc.flow.text;
    const names = knownKatakanaWords(context.kb);
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isKatakanaCode(text.charCodeAt(i)) || isKatakanaCode(text.charCodeAt(i - 1))) continue;
      let runEnd = i;
      while (runEnd < text.length && (isKatakana(text[runEnd] ?? '') || NAME_SEPARATORS.has(text[runEnd] ?? ''))) runEnd++;
      const run = text.slice(i, runEnd);
      const tail = repeatedUnit(run) ? undefined : katakanaTailStutter(run, (word) => names.has(word) || isKnownKatakanaWord(doc, word));
      if (tail) {
        const finding = stutterFinding(doc, i + tail.start, { word: tail.unit, separator: '', copies: 2 }, tail.unit + tail.unit, 0.7);
        if (finding) findings.push(finding);
        i = runEnd;
        continue;
      }
      const spaced = spacedRepeat(text, i, runEnd, run);
      if (spaced) {
        const finding = stutterFinding(doc, i, spaced, run + text[runEnd] + run, 0.7);
        if (finding) findings.push(finding);
        i = runEnd + 1 + run.length;
        continue;
      }
      const unit = repeatedUnit(run);
      // A name that doubles a sound is no stutter: フェイフェイ・リー.
      if (!unit || names.has(unit.word + unit.separator + unit.word) || isSoundWord(doc, run, unit) || standsAlone(text, i, runEnd, run, unit)) continue;
      const finding = stutterFinding(doc, i, unit, run);
      if (finding) findings.push(finding);
      i = runEnd;
    }
    for (const stutter of latinStutters(text, context.kb)) {
      const unit = { word: stutter.name, separator: stutter.separator, copies: stutter.copies };
      const finding = stutterFinding(
        doc,
        stutter.start,
        unit,
        text.slice(stutter.start, stutter.start + stutter.copies * (unit.word.length + unit.separator.length)),
      );
      if (finding) findings.push(finding);
    }
    const tokens = doc.tokenize(text);
    const reduplicated = context.rules.reduplicatedWords;
    for (const stutter of [...wordStutters(text, tokens, reduplicated), ...commaRepeats(tokens, reduplicated), ...noRepeats(tokens, reduplicated)]) {
      const separator = stutter.separator ?? '';
      // One finding for a stretch: a repeat that overlaps one found already is the same restart read another way.
      const span = flowRange(doc.flow, stutter.start, stutter.start + (stutter.copies - 1) * (stutter.unit.length + separator.length));
      if (findings.some((f) => f.range.start < Math.max(span.end, span.start + 1) && span.start < f.range.end)) continue;
      const unit = { word: stutter.unit, separator, copies: stutter.copies };
      // A word with kanji doubled is rarer as a restart than a katakana one and now and then meant: a warning, not more.
      const finding = stutterFinding(
        doc,
        stutter.start,
        unit,
        text.slice(stutter.start, stutter.start + stutter.copies * (stutter.unit.length + separator.length) - separator.length),
        stutter.sure ? 0.7 : 0.6,
      );
      if (finding) findings.push(finding);
    }
    return findings.sort((a, b) => a.range.start - b.range.start);
  },
};

/** The finding for a word written `copies` times from flow offset `start`: every copy but the last goes, so a triple stutter settles in one fix. */
function stutterFinding(
  doc: AnalyzedDocument,
  start: number,
  unit: { word: string; separator: string; copies: number },
  run: string,
  confidence = unit.separator ? 0.7 : 0.8,
): Finding | undefined {
  const repeated = (unit.word + unit.separator).repeat(unit.copies - 1);
  const range = flowRange(doc.flow, start, start + repeated.length);
  const wrap = wrapInside(doc, range.start, range.end + unit.word.length);
  // Prose wrapped between words breaks between two words, not inside a speaker's restart: only captions cut anywhere stutter across lines.
  if (wrap === 'passage') return undefined;
  const times =
    unit.copies === 2 ? t('「{0}」 is written twice in a row', unit.word) : t('「{0}」 is written {1} times in a row', unit.word, String(unit.copies));
  return makeFinding({
    code: CODE,
    range,
    message: times,
    confidence,
    explanation: {
      problem: t('A repeated word, typical of speech recognition catching a speaker restarting a word.'),
      reasons: [
        unit.copies === 2
          ? t('「{0}」 starts with 「{1}」 twice.', run, unit.word)
          : t('「{0}」 starts with 「{1}」 {2} times.', run, unit.word, String(unit.copies)),
        ...(wrap ? [describeWrap(wrap)] : []),
      ],
    },
    replacements: [''],
  });
}

/** A katakana word kuromoji's dictionary knows as one word (チーム). */
function isKnownKatakanaWord(doc: AnalyzedDocument, word: string): boolean {
  const tokens = doc.tokenize(word);
  return tokens.length === 1 && tokens[0]?.known === true;
}

/** A doubled sound word: the run is the unit twice and nothing more, and the unit is short or the dictionary knows the whole. */
function isSoundWord(doc: AnalyzedDocument, run: string, unit: { word: string; separator: string }): boolean {
  // The doubled unit is the whole word, or a whole part of a name (シャンシャン・チャン).
  if (unit.separator !== '' || (run.length !== 2 * unit.word.length && !NAME_SEPARATORS.has(run[2 * unit.word.length] ?? ''))) return false;
  const morae = unit.word.replace(/[ンッー]$/, '').replace(SMALL_KANA, '').length;
  if (morae <= SOUND_MORAE) return true;
  const tokens = doc.tokenize(run);
  return tokens.length === 1 && tokens[0]?.known === true;
}

/** Spaces a recogniser leaves between two copies of a word (「インターフェース インターフェース」). */
const SPACES = new Set([' ', '\u3000']);
const HIRAGANA = /^[\u3041-\u3096]$/;

/**
 * A katakana word of three morae or more written again after a space, the second copy the whole word
 * (「アクセラレーター アクセラレーターが」): a restart, not two words of a list (those differ).
 */
function spacedRepeat(text: string, start: number, end: number, run: string): { word: string; separator: string; copies: number } | undefined {
  const space = text[end] ?? '';
  if (!SPACES.has(space) || !text.startsWith(run, end + 1) || isKatakana(text[end + 1 + run.length] ?? '')) return undefined;
  if (NAME_SEPARATORS.has(run[run.length - 1] ?? '') || run.replace(/[ンッー]$/, '').replace(SMALL_KANA, '').length < 3) return undefined;
  // Only inside a sentence: the second copy runs on with its particle (が, の, は…), and no space stands before the
  // first; words set apart by spaces on their own (a menu, a list of labels, a song's refrain) repeat on purpose.
  if (!HIRAGANA.test(text[end + 1 + run.length] ?? '') || SPACES.has(text[start - 1] ?? '')) return undefined;
  return { word: run, separator: space, copies: 2 };
}

/** A word doubled and alone on its line (a logo, a call, a menu label) is no restart inside a sentence. */
function standsAlone(text: string, start: number, end: number, run: string, unit: { word: string; separator: string }): boolean {
  const lineStart = (text[start - 1] ?? '\n') === '\n';
  const lineEnd = (text[end] ?? '\n') === '\n';
  return lineStart && lineEnd && run === unit.word + unit.separator + unit.word;
}

/** Why the layout joined the lines a repeated word spans, when it spans a line break. */
function wrapInside(doc: AnalyzedDocument, start: number, end: number): WrapReason | undefined {
  const text = doc.source.text;
  for (let at = start; at < Math.min(end, text.length); at++) {
    if (text[at] === '\n' || text[at] === '\r') return doc.layout.wrapAfter(doc.source.lineIndexAt(at));
  }
  return undefined;
}

/**
 * The word at the start of a katakana run that is immediately repeated, with the separator between and
 * how many times it is written in a row (2 or more). Of several readings the one removing most wins:
 * オープン×4 is one word four times, not オープンオープン twice.
 */
export function repeatedUnit(run: string): { word: string; separator: string; copies: number } | undefined {
  let best: { word: string; separator: string; copies: number } | undefined;
  let bestRemoved = 0;
  for (let length = Math.floor(run.length / 2); length >= MIN_UNIT; length--) {
    const word = run.slice(0, length);
    if (NAME_SEPARATORS.has(word[word.length - 1] ?? '')) continue;
    const separator = run.startsWith(word, length) ? '' : (run[length] ?? '');
    if (separator !== '' && !(NAME_SEPARATORS.has(separator) && run.startsWith(word, length + 1))) continue;
    const step = word.length + separator.length;
    let copies = 2;
    while (run.startsWith(separator + word, (copies - 1) * step + word.length)) copies++;
    if ((copies - 1) * step > bestRemoved) {
      best = { word, separator, copies };
      bestRemoved = (copies - 1) * step;
    }
  }
  return best;
}
