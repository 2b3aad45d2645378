/**
 * Words broken by a line break: a katakana word split over two lines (バック / ストーリー), a name broken after
 * its middle dot (サム・ / アルトマン), a number broken before its unit (億 / 万長者), or a word the tokenizer
 * reads across the break. Only breaks the document's layout takes for wraps of running prose are judged: in
 * subtitles, timestamped or speaker lines, menus, headings and tables every line ends a unit of its own.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { makeFinding } from '../finding';
import { isJapanese, isKanji, isKatakana, isLatinWordChar, NAME_SEPARATORS } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';
import { describeWrap, type WrapReason } from '../layout';

const CODE = 'line-break-in-word';
const NUMERAL = /[0-9０-９一二三四五六七八九十百千万億兆]/;
const NUMBER_UNIT = /[万億兆]/;
const WINDOW = 12;

interface Judgement {
  readonly confidence: number;
  readonly reason: string;
}

export const lineBreakInWord: Detector = {
  code: CODE,
  description: 'Words broken across two lines (バック⏎ストーリー, サム・⏎アルトマン).',
  detect(doc) {
    const findings: Finding[] = [];
    const { lines } = doc.source;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i];
      const next = lines[i + 1];
      if (!line || !next || line.text.trim() === '' || next.text.trim() === '') continue;
      // A cue, a menu item, a heading or a table row ends with its line: only a wrap of running prose can split a word.
      const wrap = doc.layout.wrapAfter(i);
      if (!wrap) continue;
      const judgement = judge(doc, line.text, next.text, wrap);
      if (!judgement) continue;
      const left = line.text.slice(-WINDOW).trimStart();
      const right = next.text.slice(0, WINDOW).trimEnd();
      findings.push(
        makeFinding({
          code: CODE,
          range: { start: line.end, end: next.start },
          message: t('Line break inside a word: 「{0}」 should be one word', `${lastWord(line.text)}⏎${firstWord(next.text)}`),
          confidence: judgement.confidence,
          explanation: {
            problem: t('A word is broken by a line break, which splits it for readers, search and the other checks.'),
            reasons: [judgement.reason, ...(wrap === 'separator' ? [] : [describeWrap(wrap)]), t('Joined: 「{0}」', left + right)],
          },
          replacements: [''],
        }),
      );
    }
    return findings;
  },
};

function judge(doc: AnalyzedDocument, text: string, nextText: string, wrap: WrapReason): Judgement | undefined {
  const before = text[text.length - 1] ?? '';
  const after = nextText[0] ?? '';
  if (NAME_SEPARATORS.has(before) && (isKatakana(after) || isKanji(after))) {
    return { confidence: 0.85, reason: t('The line ends with the name separator 「{0}」, so the name continues on the next line.', before) };
  }
  // A word ends in a letter: a break after a comma, a bracket or a symbol splits none.
  if (!isJapanese(before) && !isLatinWordChar(before)) return undefined;
  if (NUMERAL.test(before) && NUMBER_UNIT.test(after)) {
    return { confidence: 0.75, reason: t('The number 「…{0}」 continues with the unit 「{1}」 on the next line.', before, after) };
  }
  const left = text.slice(-WINDOW);
  const joined = left + nextText.slice(0, WINDOW);
  const spanning = doc.tokenize(joined).find((t) => t.start < left.length && t.end > left.length);
  const readAsOne = spanning?.known === true && spanning.surface.length >= 2;
  // Prose wrapped between words splits no word unless the dictionary reads one across the break (ソフト⏎ウェア);
  // captions cut anywhere split katakana words wherever the line ends (バック⏎ストーリー).
  if (isKatakana(before) && isKatakana(after) && (wrap === 'fragments' || (readAsOne && spanning !== undefined && [...spanning.surface].every(isKatakana)))) {
    return { confidence: 0.75, reason: t('Katakana continues across the line break: one loanword or name was split.') };
  }
  if (
    readAsOne &&
    spanning &&
    [...spanning.surface].some(isKanji) &&
    spanning.pos === '名詞' &&
    (wrap !== 'passage' || !bothWords(doc, spanning.surface, left.length - spanning.start))
  ) {
    return { confidence: 0.7, reason: t('The dictionary reads 「{0}」 as one word across the line break.', spanning.surface) };
  }
  return undefined;
}

/** Both pieces of a word cut at `at` are words of their own (水⏎母親 for 水母): the break may fall between two words. */
function bothWords(doc: AnalyzedDocument, word: string, at: number): boolean {
  const isWord = (piece: string): boolean => {
    const tokens = doc.tokenize(piece);
    return tokens.length === 1 && tokens[0]?.known === true;
  };
  return isWord(word.slice(0, at)) && isWord(word.slice(at));
}

function lastWord(text: string): string {
  return text.slice(-6).replace(/^.*[\s、。]/, '');
}

function firstWord(text: string): string {
  return text.slice(0, 6).replace(/[\s、。].*$/, '');
}
