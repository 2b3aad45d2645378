/**
 * English idioms translated word for word: 低く垂れ下がった果実 (low-hanging fruit), 球場の数字 (a ballpark
 * figure), 缶を道の先に蹴る (kick the can down the road). The renderings are listed as data
 * (idiom-calques.yaml), only those no Japanese text writes in their literal sense, so a match is a warning
 * wherever it stands; a rendering that may be literal (赤いテープ) needs a cue of the idiom's sense in its
 * sentence, or is never flagged beside words of the literal sense (タイヤを蹴って beside 車).
 * A rendering written otherwise than every listed form, but holding the key words all the forms share in a
 * short span of one clause (idiomKeys.ts: 缶を道路の先へと蹴り), is information without a fix: the words
 * around them were not listed, so what to write instead is not sure. Only for idioms flagged wherever they
 * stand (no cue needed, no literal sense), and only with a key no ordinary word is (three letters or more, in
 * two pieces apart).
 */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { IdiomCalque } from '../knowledge/rules';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';
import { sentenceAround } from '../text';
import { idiomKey, looseRenderings, type IdiomKey } from '../idiomKeys';

const CODE = 'literal-idiom';
/** What ends a sentence: its cue words are looked for no further. */
const SENTENCE_END = /[。！？!?\n]/;

interface Form {
  readonly idiom: IdiomCalque;
  readonly written: string;
  readonly fix?: string;
}

/** The forms of each list of idioms, built once per list (the rules are read once and shared by every chunk). */
const FORMS = new WeakMap<readonly IdiomCalque[], readonly Form[]>();

const KEYS = new WeakMap<readonly IdiomCalque[], readonly (readonly [IdiomCalque, IdiomKey])[]>();

/** The key of each idiom that is flagged wherever it stands (no cues, no literal sense), built once per list. */
function keysOf(idioms: readonly IdiomCalque[]): readonly (readonly [IdiomCalque, IdiomKey])[] {
  let keys = KEYS.get(idioms);
  if (!keys) {
    keys = idioms.flatMap((idiom) => {
      if (idiom.cues !== undefined || idiom.unless !== undefined) return [];
      const key = idiomKey(idiom.forms.flatMap((form) => spellingsOf(form.written)));
      return key === undefined ? [] : [[idiom, key] as const];
    });
    KEYS.set(idioms, keys);
  }
  return keys;
}

/** Every form of these idioms, longest first, so that 曲線の後ろにいる is taken whole and 曲線の後ろに not again inside it. */
function formsOf(idioms: readonly IdiomCalque[]): readonly Form[] {
  let forms = FORMS.get(idioms);
  if (!forms) {
    const seen = new Set<string>();
    forms = idioms
      .flatMap((idiom) =>
        idiom.forms.flatMap((form) =>
          spellingsOf(form.written)
            .filter((written) => !seen.has(written) && seen.add(written))
            .map((written) => ({ idiom, written, ...(form.fix === undefined ? {} : { fix: form.fix }) })),
        ),
      )
      .sort((a, b) => b.written.length - a.written.length);
    FORMS.set(idioms, forms);
  }
  return forms;
}

/**
 * Spellings of the same words that Japanese writes either way: a noun in kanji or in kana (所/ところ, 事/こと, 時/とき)
 * and a verb before a noun as a state or as done (ぶら下がっている果実, ぶら下がった果実). A rendering is listed once and
 * found in each (低い所にぶら下がっている果実 and 低いところにぶら下がった果実).
 */
const SAME_WORDS: readonly (readonly [string, string])[] = [
  ['所', 'ところ'],
  ['事', 'こと'],
  ['時', 'とき'],
  ['っている', 'った'],
  ['している', 'した'],
  ['れている', 'れた'],
  ['んでいる', 'んだ'],
  ['いている', 'いた'],
];

/** A listed rendering and its other spellings (SAME_WORDS), the listed one first. */
export function spellingsOf(written: string): string[] {
  let spellings = [written];
  for (const [a, b] of SAME_WORDS) {
    const more = spellings.flatMap((spelling) => [
      ...(spelling.includes(a) ? [spelling.split(a).join(b)] : []),
      ...(spelling.includes(b) ? [spelling.split(b).join(a)] : []),
    ]);
    spellings = [...new Set([...spellings, ...more])];
  }
  return spellings;
}

export const literalIdiom: Detector = {
  code: CODE,
  description: 'English idioms translated word for word (低く垂れ下がった果実 for low-hanging fruit, 球場の数字 for a ballpark figure), with what they mean.',
  detect(doc, context) {
    const text = doc.flow.text;
    const forms = formsOf(context.rules.idiomCalques);
    const taken: { start: number; end: number }[] = [];
    const findings: Finding[] = [];
    for (const form of forms) {
      for (let at = text.indexOf(form.written); at >= 0; at = text.indexOf(form.written, at + form.written.length)) {
        const end = at + form.written.length;
        if (taken.some((span) => at < span.end && span.start < end)) continue;
        const sentence = sentenceAround(text, at, end, SENTENCE_END);
        const cues = form.idiom.cues?.filter((cue) => sentence.includes(cue)) ?? [];
        if (form.idiom.cues && cues.length === 0) continue;
        if (form.idiom.unless?.some((word) => sentence.includes(word))) continue;
        taken.push({ start: at, end });
        const meaning = form.fix ?? form.idiom.meaning ?? '';
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, at, end),
            message: t('「{0}」 looks like the English idiom “{1}” translated word for word; it means 「{2}」', form.written, form.idiom.english, meaning),
            confidence: 0.75,
            explanation: {
              problem: t('An English idiom translated word by word says nothing in Japanese: “{0}” means 「{1}」.', form.idiom.english, meaning),
              reasons: [
                t('「{0}」 is the word-for-word rendering of “{1}”; Japanese does not use it so.', form.written, form.idiom.english),
                ...(cues.length > 0 ? [t('Its sentence speaks of what the idiom means: {0}.', cues.map((cue) => `「${cue}」`).join(', '))] : []),
              ],
            },
            replacements: form.fix === undefined ? [] : [form.fix],
          }),
        );
      }
    }
    for (const [idiom, key] of keysOf(context.rules.idiomCalques)) {
      for (const { start, end } of looseRenderings(text, key)) {
        if (taken.some((span) => start < span.end && span.start < end)) continue;
        taken.push({ start, end });
        const written = text.slice(start, end);
        const meaning = idiom.meaning ?? idiom.forms[0]?.fix ?? '';
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, start, end),
            message: t('「{0}」 may be the English idiom “{1}” translated word for word; it means 「{2}」', written, idiom.english, meaning),
            confidence: 0.55,
            explanation: {
              problem: t('An English idiom translated word by word says nothing in Japanese: “{0}” means 「{1}」.', idiom.english, meaning),
              reasons: [
                t(
                  '「{0}」 holds the words of the word-for-word renderings of “{1}” ({2}), written otherwise: unsure.',
                  written,
                  idiom.english,
                  key.pieces.join('…'),
                ),
              ],
            },
            replacements: [],
          }),
        );
      }
    }
    return findings;
  },
};
