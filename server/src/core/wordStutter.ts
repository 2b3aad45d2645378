/**
 * A word with kanji written twice in a row (規模規模, 安全安全, 掛かる掛かる, 自分の自分の), or a katakana word
 * doubled at the end of a longer katakana word (ロボティクスチームチーム): speech recognition catching a
 * speaker's restart. Read from kuromoji's words, so that a doubled unit is whole words, not a syllable.
 *
 * Contract: a unit of one to three words repeated straight after itself is a stutter when it holds a
 * kanji (two characters or more) or is a katakana dictionary word of three morae or more that does not
 * start its katakana run (repeatedWord.ts judges those); never when it starts with a numeral (一人一人),
 * holds punctuation, digits or Latin letters (but for Latin letters inside a word with kanji or katakana:
 * 生成AIの生成AIの), or when the doubled form is a word Japanese writes doubled
 * (reduplicated-words.yaml: 恐る恐る, 日に日に, 要所要所) or one dictionary word; never a word of degree or
 * quantity (多くの多くの, emphasis), nor words said again at the end of a clause (違う違う、; but a noun with its case
 * particle before a comma is a restart: 課題で課題で、), nor a verb said
 * again that does not run on into a noun (上がってる上がってるけど). A unit ending in a particle is not sure.
 * The second copy of a unit ending in a particle may end inside a word of kuromoji's (訴訟を|訴訟を通じて, where
 * 「を通じて」 is one particle). A katakana dictionary word (of three morae or more) with its particle is a unit too
 * (クラウドのクラウドの), never sure.
 * A katakana word doubled at its end (katakanaTailStutter): the last part of a known word said again
 * (ラスベガスベガス, two morae or more, the word four morae or more), or a known word doubled at the end of a
 * longer run (ロボティクスチームチーム).
 */
import type { Token } from './tokenizer';

export interface WordStutter {
  /** Where the first copy starts, in the text tokenised. */
  readonly start: number;
  readonly unit: string;
  readonly copies: number;
  /** False for a unit that ends in a particle (「注目の注目の」 may be two labels run together): information only. */
  readonly sure: boolean;
  /** What stands between the copies (「、」 in その構造は、その構造は; phraseRepeat.ts), when not nothing. */
  readonly separator?: string;
}

const KANJI = /[\u3400-\u9fff]/;
const KATAKANA_ONLY = /^[\u30a0-\u30ff]+$/;
const KATAKANA_CHAR = /[\u30a0-\u30ff]/;
const NOT_A_WORD = /[\s0-9０-９A-Za-zＡ-Ｚａ-ｚ、。，．,.!?！？「」『』（）()・:：%％々]/;
const NUMERAL_START = /^[一二三四五六七八九十百千万億兆何毎各数]/;
const SMALL_KANA = /[ァィゥェォャュョヮヵヶ]/g;
const MAX_WORDS = 3;
const INFLECTED = new Set(['動詞', '形容詞', '助動詞']);
/** Particles that tie a noun into its sentence (で, を, は, の): a noun said twice with one is a restart even before a comma. */
const CASE_PARTICLES = new Set(['格助詞', '係助詞', '連体化']);
/** Words of degree or quantity said twice for emphasis (多くの多くの, とてもとても): not a restart. */
const EMPHATIC = new Set(['副詞', '連体詞', '形容詞', '接続詞', '感動詞']);

/** Words that qualify the noun after them (大きな, 新しい): said twice with that noun, a restart, not emphasis. */
const QUALIFIERS = new Set(['連体詞', '形容詞']);
/** Kinds of noun that carry no content of their own (ん, これ, 三, 多く). */
const EMPTY_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '特殊', '副詞可能']);

/** A noun of two characters or more, with kanji or katakana, that says something of its own (会社, 調達). */
function isContentNoun(token: Token): boolean {
  return token.pos === '名詞' && !EMPTY_NOUNS.has(token.posDetail) && token.surface.length >= 2 && /[\u3400-\u9fff\u30a1-\u30fa]/.test(token.surface);
}

/** A noun of action with する in its joining form (調達し): a clause that goes on, never said twice to stress it. */
function isNounWithJoiningSuru(unitTokens: readonly Token[]): boolean {
  const [noun, suru] = unitTokens;
  return (
    unitTokens.length === 2 &&
    noun !== undefined &&
    suru !== undefined &&
    noun.posDetail === 'サ変接続' &&
    isContentNoun(noun) &&
    suru.pos === '動詞' &&
    suru.surface === 'し'
  );
}

/**
 * A katakana word doubled at the end of a longer katakana run (ロボティクスチームチーム), which kuromoji reads
 * as one unknown word: the run's last two thirds or less are a known word twice.
 */
export function katakanaTailStutter(run: string, isKnownWord: (word: string) => boolean): WordStutter | undefined {
  if (isKnownWord(run)) return undefined;
  for (let length = Math.floor((run.length - 1) / 2); length >= 2; length--) {
    const unit = run.slice(run.length - length);
    if (!run.endsWith(unit + unit)) continue;
    // The unit is a word of its own, or the end of the known word the run is without it (ラスベガス|ベガス).
    const saidAgain = run.slice(0, run.length - length);
    const ownWord = length >= 3 && moraeOf(unit) > 2 && isKnownWord(unit);
    const endOfKnownWord = moraeOf(unit) >= 2 && moraeOf(saidAgain) >= 4 && isKnownWord(saidAgain);
    if (!ownWord && !endOfKnownWord) continue;
    return { start: run.length - 2 * length, unit, copies: 2, sure: true };
  }
  return undefined;
}

function moraeOf(katakana: string): number {
  return katakana.replace(/[ンッー]$/, '').replace(SMALL_KANA, '').length;
}

/**
 * Whether the `words` tokens from `i` may be written again right after: as long as the next `words` and
 * starting with the same character. Cheap, and false for nearly every place, so the two are joined and
 * compared only where they may be equal.
 */
function couldRepeat(tokens: readonly Token[], i: number, words: number): boolean {
  let unitLength = 0;
  let nextLength = 0;
  for (let k = 0; k < words; k++) {
    unitLength += (tokens[i + k] as Token).surface.length;
    nextLength += (tokens[i + words + k] as Token).surface.length;
  }
  // A second copy ending inside a longer particle (訴訟を|訴訟を通じて) is longer than the unit it repeats.
  const runsOnPossible = nextLength > unitLength && tokens[i + words - 1]?.pos === '助詞';
  return (unitLength === nextLength || runsOnPossible) && tokens[i]?.surface[0] === tokens[i + words]?.surface[0];
}

/** The stutters of a text, given its tokens (offsets in the text). */
export function wordStutters(text: string, tokens: readonly Token[], reduplicated: ReadonlySet<string>): WordStutter[] {
  const stutters: WordStutter[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let words = 1; words <= MAX_WORDS && i + 2 * words <= tokens.length; words++) {
      if (!couldRepeat(tokens, i, words)) continue;
      const unitTokens = tokens.slice(i, i + words);
      const unit = unitTokens.map((token) => token.surface).join('');
      const copyAt = (copy: number): string =>
        tokens
          .slice(i + copy * words, i + (copy + 1) * words)
          .map((token) => token.surface)
          .join('');
      // The second copy may end inside a word of kuromoji's (訴訟を|訴訟を通じて, 「を通じて」 one particle).
      const next = copyAt(1);
      const runsOn = next !== unit && next.startsWith(unit) && unitTokens[unitTokens.length - 1]?.pos === '助詞';
      if ((next !== unit && !runsOn) || !isStutterUnit(text, tokens, i, unit, unitTokens, reduplicated)) continue;
      let copies = 2;
      while (!runsOn && i + (copies + 1) * words <= tokens.length && copyAt(copies) === unit) copies++;
      // Said twice for emphasis (「違う違う。」「言った言った」) ends a clause; a restart runs on into the sentence,
      // or is a noun with its case particle before a comma (課題で課題で、): nobody stresses a noun so.
      const after = runsOn ? tokens[i + 2 * words - 1] : tokens[i + copies * words];
      const last = unitTokens[unitTokens.length - 1];
      const nounBeforeComma = after?.surface === '、' && last?.pos === '助詞' && CASE_PARTICLES.has(last.posDetail) && unitTokens.some((t) => t.pos === '名詞');
      // A noun's する in its joining form before a comma (調達し調達し、) goes on with the sentence: nobody stresses it so.
      const continuingBeforeComma = after?.surface === '、' && isNounWithJoiningSuru(unitTokens);
      if (!after || (!runsOn && NOT_A_WORD.test(after.surface[0] ?? '。') && !nounBeforeComma && !continuingBeforeComma)) break;
      // A verb or adjective said again runs on into the noun it qualifies (掛かる掛かるお金); before 「けど」 it is emphasis.
      if (last && INFLECTED.has(last.pos) && after.pos !== '名詞' && !continuingBeforeComma) break;
      // A unit read from a particle to a noun whose second copy heads a compound (の企業|の企業価値) is two phrases.
      if (unitTokens[0]?.pos === '助詞' && last?.pos === '名詞' && after.pos === '名詞') break;
      stutters.push({ start: tokens[i]?.start ?? 0, unit, copies, sure: last?.pos !== '助詞' });
      i += copies * words - 1;
      break;
    }
  }
  return stutters;
}

function isStutterUnit(
  text: string,
  tokens: readonly Token[],
  index: number,
  unit: string,
  unitTokens: readonly Token[],
  reduplicated: ReadonlySet<string>,
): boolean {
  // Latin letters inside a word with kanji or katakana (生成AIの生成AIの) are part of it; Latin alone is latinStutter's.
  const letters = KANJI.test(unit) || KATAKANA_CHAR.test(unit) ? unit.replace(/[A-Za-z]/g, '') : unit;
  if (NOT_A_WORD.test(letters) || NUMERAL_START.test(unit)) return false;
  const first = unitTokens[0];
  if (!first || first.posDetail === '副詞可能') return false;
  // A word of degree said twice is emphasis (多くの多くの); with the noun it qualifies it is a restart (大きな会社が大きな会社が).
  if (EMPHATIC.has(first.pos) && !(QUALIFIERS.has(first.pos) && unitTokens.slice(1).some(isContentNoun))) return false;
  const doubled = unit + unit;
  if (reduplicated.has(doubled) || [...reduplicated].some((word) => doubled.includes(word) && word.length > unit.length)) return false;
  if (KATAKANA_ONLY.test(unit)) {
    const start = tokens[index]?.start ?? 0;
    // A doubled katakana word at the start of its run is repeatedWord.ts's; a short one is a sound word (ガチャガチャ).
    return KATAKANA_CHAR.test(text[start - 1] ?? '') && unit.length >= 3 && moraeOf(unit) > 2 && unitTokens.every((token) => token.known);
  }
  const last = unitTokens[unitTokens.length - 1];
  const word = unitTokens.slice(0, -1);
  // A katakana word with its particle (クラウドのクラウドの): a restart over a phrase, as with kanji.
  if (
    last?.pos === '助詞' &&
    word.length > 0 &&
    word.every((token) => token.known && KATAKANA_ONLY.test(token.surface)) &&
    moraeOf(word.map((token) => token.surface).join('')) > 2
  )
    return true;
  if (!KANJI.test(unit) || unit.length < 2) return false;
  return true;
}
