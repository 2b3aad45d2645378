/**
 * A word split across two cues: the cue ends mid-word and the next continues it (マーケ / ティング). The
 * analysis never joins cues (each is a paragraph of its own), so this check asks the line-break detector
 * about the two lines at the boundary, as if they were one cue's lines. The fix moves the continuation
 * to the end of the first cue; the timings stay.
 */
import { lineBreakInWord } from '../../detectors/lineBreakInWord';
import { t } from '../../l10n';
import { clampConfidence, severityFor, type Finding } from '../../types';
import { isKanji, isKatakana, NAME_SEPARATORS } from '../../text';
import type { AnalyzedDocument } from '../../analyzedDocument';
import type { CueLine } from '../subtitleParser';
import type { SubtitleCheck } from './check';

const CODE = 'word-split-across-cues';
const WINDOW = 12;
// The line-break detector's confidence, a little lower: a cue boundary is also a pause in the speech.
const DISCOUNT = 0.05;

export const wordSplitAcrossCues: SubtitleCheck = {
  code: CODE,
  description: 'A word split between the end of one cue and the start of the next.',
  check({ file, analyzed, context }) {
    if (!analyzed || !context) return [];
    const findings: Finding[] = [];
    // Where the document's entity mentions start and end: a cue that ends or starts with a whole name is not split there.
    const nameEdges = new Set(context.mentions.flatMap((mention) => [mention.range.start, mention.range.end]));
    for (let i = 1; i < file.cues.length; i++) {
      const left = lastTextLine(file.cues[i - 1]?.lines ?? [], file.masked);
      const right = firstTextLine(file.cues[i]?.lines ?? [], file.masked);
      if (!left || !right) continue;
      const before = left.text[left.text.length - 1] ?? '';
      const after = right.text[0] ?? '';
      // Only a boundary between two word characters can be inside a word: most cue ends are sentence ends.
      if (!(isKatakana(before) || isKanji(before) || /[0-9０-９]/.test(before) || NAME_SEPARATORS.has(before)) || !(isKatakana(after) || isKanji(after)))
        continue;
      if (nameEdges.has(left.end) || nameEdges.has(right.start)) continue;
      if (isKatakana(before) && isKatakana(after) && !knownWordAcross(katakanaRunBefore(left.text), continuation(right.text), analyzed)) continue;
      const pair = `${left.text.slice(-WINDOW)}\n${right.text.slice(0, WINDOW)}`;
      const judged = lineBreakInWord.detect(analyzed(pair), context)[0];
      if (!judged) continue;
      const piece = continuation(right.text);
      const confidence = clampConfidence(judged.confidence - DISCOUNT);
      findings.push({
        code: CODE,
        range: { start: right.start, end: right.start + piece.length },
        message: t('「{0}」 continues 「{1}」 from the previous cue: a word split across cues', piece, left.text.slice(-6)),
        confidence,
        severity: severityFor(confidence),
        fixes: [
          {
            title: t('Move 「{0}」 to the end of the previous cue', piece),
            edits: [
              { range: { start: left.end, end: left.end }, newText: piece },
              { range: { start: right.start, end: right.start + piece.length }, newText: '' },
            ],
            preferred: true,
          },
        ],
        explanation: { problem: t('A word split between two cues is read as two fragments at two moments.'), reasons: judged.explanation.reasons },
      });
    }
    return findings;
  },
};

interface TextAt {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A cue line's text as the analysis sees it (markup blanked), trimmed, with its offsets. */
function trimmed(line: CueLine, masked: string): TextAt | undefined {
  const raw = masked.slice(line.start, line.end);
  const text = raw.trim();
  if (text === '') return undefined;
  const start = line.start + raw.indexOf(text);
  return { start, end: start + text.length, text };
}

function lastTextLine(lines: readonly CueLine[], masked: string): TextAt | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const text = line && trimmed(line, masked);
    if (text) return text;
  }
  return undefined;
}

function firstTextLine(lines: readonly CueLine[], masked: string): TextAt | undefined {
  for (const line of lines) {
    const text = trimmed(line, masked);
    if (text) return text;
  }
  return undefined;
}

/**
 * Whether kuromoji reads a known word across the boundary of two katakana pieces (マーケ|ティング,
 * データセン|ター). Two names (アルトマン|マスク) make one unknown run, which is not evidence of a split.
 */
function knownWordAcross(left: string, right: string, analyzed: (text: string) => AnalyzedDocument): boolean {
  const joined = left + right;
  return analyzed(joined)
    .tokenize(joined)
    .some((token) => token.known && token.start < left.length && token.end > left.length);
}

function katakanaRunBefore(text: string): string {
  let start = text.length;
  while (start > 0 && isKatakana(text[start - 1] ?? '')) start--;
  return text.slice(start);
}

/** The rest of the word at the start of a cue: its run of katakana (with ー) or of kanji. */
function continuation(text: string): string {
  const first = text[0] ?? '';
  const same = isKatakana(first) ? (ch: string) => isKatakana(ch) || ch === 'ー' : isKanji;
  let end = 0;
  while (end < Math.min(text.length, WINDOW) && same(text[end] ?? '')) end++;
  return text.slice(0, Math.max(1, end));
}
