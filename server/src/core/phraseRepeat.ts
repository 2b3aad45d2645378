/**
 * A phrase said again with something between its copies, as speech recognition writes a speaker's restart
 * and machine translation a doubled source: 「その構造は、その構造は」 and 「あるんですけど、あるんですけど」
 * (copies split by a comma), 「スタートアップのスタートアップに」 (a noun phrase joined to itself by の).
 *
 * Contract (read from kuromoji's words; a repeat is never sure: the finding is information, since a
 * speaker may repeat on purpose):
 * - Across a comma: a phrase of two to five words ending in a particle that is not sentence-final (は, で,
 *   の, けど…), holding a content word (a noun with kanji, katakana or Latin letters) or being a clause of
 *   three words or more that ends in a conjunctive particle (…ですけど). A single word said again across a
 *   comma (パッケージング、パッケージング; はい、はい) is emphasis or a filler, and so is a phrase that starts
 *   with an interjection, conjunction or adverb (あの、あの; ただ、ただ; そうだね、そうだね).
 * - Joined by の: a noun phrase of three characters or more, with a content word, written again straight
 *   after 「の」 and not running on into a longer noun (スタートアップのスタートアップ企業 is not one).
 * - Never inside a word Japanese writes doubled (reduplicated-words.yaml), and never a unit of digits.
 */
import type { Token } from './tokenizer';
import type { WordStutter } from './wordStutter';

const COMMAS = new Set(['、', '，', ',']);
const MIN_WORDS = 2;
const MAX_WORDS = 5;
const MAX_NOUN_WORDS = 3;
/** Words a restart never starts with: fillers, conjunctions and adverbs are said twice on purpose (あの、あの; ただ、ただ). */
const NOT_A_START = new Set(['感動詞', '接続詞', '副詞', 'フィラー', '記号', '助詞', '助動詞']);
/** Kinds of noun that carry no content of their own (ん, これ, 三). */
const EMPTY_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '特殊']);
const CONTENT_LETTERS = /[\u3400-\u9fff\u30a1-\u30fa\u30fcA-Za-z]/;
const DIGITS = /[0-9０-９]/;
/** The unit ends where a speaker restarting would stop: a particle that does not end the sentence. */
const ENDS_A_PHRASE = new Set(['格助詞', '係助詞', '連体化', '接続助詞', '副助詞', '並立助詞', '副助詞／並立助詞／終助詞']);

function surfaces(tokens: readonly Token[], from: number, count: number): string {
  let joined = '';
  for (let k = from; k < from + count; k++) joined += tokens[k]?.surface ?? '\u0000';
  return joined;
}

function isContentNoun(token: Token): boolean {
  return token.pos === '名詞' && !EMPTY_NOUNS.has(token.posDetail) && token.surface.length >= 2 && CONTENT_LETTERS.test(token.surface);
}

function insideReduplicated(unit: string, separator: string, reduplicated: ReadonlySet<string>): boolean {
  const doubled = unit + separator + unit;
  for (const word of reduplicated) if (doubled.includes(word) && word.length > unit.length) return true;
  return false;
}

/** A phrase that a speaker restarting says again across a comma: see the contract. */
function isRestartPhrase(unitTokens: readonly Token[]): boolean {
  const first = unitTokens[0];
  const last = unitTokens[unitTokens.length - 1];
  if (!first || !last || NOT_A_START.has(first.pos) || last.pos !== '助詞' || !ENDS_A_PHRASE.has(last.posDetail)) return false;
  if (unitTokens.some((token) => token.pos === '記号' || DIGITS.test(token.surface))) return false;
  const clause = unitTokens.length >= 3 && last.posDetail === '接続助詞';
  return clause || unitTokens.some(isContentNoun);
}

/** Copies of `count` words from `i` that follow one another with `separator` between them (2 or more). */
function copiesWithSeparator(tokens: readonly Token[], i: number, count: number, separator: (token: Token | undefined) => boolean): number {
  const unit = surfaces(tokens, i, count);
  let copies = 1;
  let at = i + count;
  while (separator(tokens[at]) && surfaces(tokens, at + 1, count) === unit) {
    copies++;
    at += count + 1;
  }
  return copies;
}

/** Phrases said again across a comma (その構造は、その構造は). */
export function commaRepeats(tokens: readonly Token[], reduplicated: ReadonlySet<string>): WordStutter[] {
  const found: WordStutter[] = [];
  const isComma = (token: Token | undefined): boolean => token !== undefined && COMMAS.has(token.surface);
  for (let i = 0; i < tokens.length; i++) {
    for (let count = MAX_WORDS; count >= MIN_WORDS; count--) {
      if (!isComma(tokens[i + count])) continue;
      const unitTokens = tokens.slice(i, i + count);
      const copies = copiesWithSeparator(tokens, i, count, isComma);
      if (copies < 2 || unitTokens.length < count || !isRestartPhrase(unitTokens)) continue;
      const unit = surfaces(tokens, i, count);
      const separator = tokens[i + count]?.surface ?? '、';
      if (insideReduplicated(unit, separator, reduplicated)) continue;
      found.push({ start: tokens[i]?.start ?? 0, unit, copies, sure: false, separator });
      i += copies * (count + 1) - 2;
      break;
    }
  }
  return found;
}

/** A noun phrase joined to itself by の (スタートアップのスタートアップに). */
export function noRepeats(tokens: readonly Token[], reduplicated: ReadonlySet<string>): WordStutter[] {
  const found: WordStutter[] = [];
  const isNo = (token: Token | undefined): boolean => token?.surface === 'の' && token.pos === '助詞';
  for (let i = 0; i < tokens.length; i++) {
    // The phrase starts a noun phrase: no noun before it that it would be the end of.
    if (tokens[i - 1]?.pos === '名詞' || tokens[i - 1]?.pos === '接頭詞') continue;
    for (let count = MAX_NOUN_WORDS; count >= 1; count--) {
      const unitTokens = tokens.slice(i, i + count);
      if (unitTokens.length < count || !unitTokens.every((token) => token.pos === '名詞') || !unitTokens.some(isContentNoun)) continue;
      if (!isNo(tokens[i + count]) || surfaces(tokens, i + count + 1, count) !== surfaces(tokens, i, count)) continue;
      const unit = surfaces(tokens, i, count);
      // The second copy ends the noun phrase (not スタートアップのスタートアップ企業), and is not itself followed by の (a doubled 「Xの」 is wordStutter's).
      const after = tokens[i + 2 * count + 1];
      if (unit.length < 3 || DIGITS.test(unit) || after?.pos === '名詞' || isNo(after) || insideReduplicated(unit, 'の', reduplicated)) continue;
      found.push({ start: tokens[i]?.start ?? 0, unit, copies: 2, sure: false, separator: 'の' });
      i += 2 * count;
      break;
    }
  }
  return found;
}
