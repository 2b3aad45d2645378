/**
 * A gloss: a word the text itself presents as what a name means (ル・シャ、フランス語で「猫」という意味;
 * 「ル・シャ」（猫）; Le Chat、つまり猫). A literal rendering of a name written so is the translation the
 * writer meant to give, not a name translated by mistake.
 *
 * Contract: `glossWords(text, range)` returns the words around the span that make it a gloss, or undefined:
 * - after it (past a closing quotation mark): という意味 / って意味 / の意味 / の意 (as a whole word) /
 *   を意味する / と訳す(される) / に由来 / という言葉・単語 (a word the sentence discusses);
 * - before it: a language and で or の (フランス語で「猫」, 英語の「猫」), 直訳すると / 訳すと / 意味は;
 * - つまり / すなわち right after a name (katakana, Latin letters or a closing quotation mark, and a comma);
 * - in parentheses right after a name (ル・シャ（猫）, 「ル・シャ」(猫)).
 */
import type { OffsetRange } from './types';

/** How far around a span the words of a gloss are read. */
const GLOSS_REACH = 12;

/** Closing quotation marks and brackets that may stand between a word and what glosses it. */
const CLOSE = '[」』"”]?';
const OPEN = '[「『"“]?';

/** Languages a name's words come from, as Japanese names them before 語 (フランス語で). */
const LANGUAGES = '英|仏|独|日本|中国|韓国|[\\p{Script=Katakana}ー]{2,}';

const AFTER = new RegExp(`^${CLOSE}(?:(?:という|っていう|って)意味|の意味|の意(?=$|[。、，,）)\\sで])|を意味|と(?:訳|直訳)|に由来|という(?:言葉|単語))`);
const BEFORE = new RegExp(`(?:(?:(?:${LANGUAGES})語|英訳|和訳)[でのは]|直訳(?:する|すれ)?(?:と|ば)|訳す(?:と|れば)|意味は|意味するのは)${OPEN}$`, 'u');
/** つまり / すなわち right after a name and a comma (ル・シャ、つまり猫). */
const THAT_IS = new RegExp(`[\\p{Script=Katakana}ー・A-Za-z0-9」』"”][、，,]\\s*(?:つまり|すなわち)${OPEN}$`, 'u');
/** An opening parenthesis right after a name (ル・シャ（猫）). */
const IN_PARENTHESES_BEFORE = new RegExp(`[\\p{Script=Katakana}ー・A-Za-z0-9」』"”][（(]${OPEN}$`, 'u');
const IN_PARENTHESES_AFTER = new RegExp(`^${CLOSE}[）)]`);

/** The words that make the span a gloss of a name, or undefined. */
export function glossWords(text: string, range: OffsetRange): string | undefined {
  const before = text.slice(Math.max(0, range.start - GLOSS_REACH), range.start);
  const after = text.slice(range.end, range.end + GLOSS_REACH);
  const following = AFTER.exec(after)?.[0];
  if (following !== undefined) return `…${following}`;
  const preceding = BEFORE.exec(before)?.[0] ?? THAT_IS.exec(before)?.[0];
  if (preceding !== undefined) return `${preceding}…`;
  if (IN_PARENTHESES_BEFORE.test(before) && IN_PARENTHESES_AFTER.test(after))
    return `${IN_PARENTHESES_BEFORE.exec(before)?.[0] ?? ''}…${IN_PARENTHESES_AFTER.exec(after)?.[0] ?? ''}`;
  return undefined;
}
