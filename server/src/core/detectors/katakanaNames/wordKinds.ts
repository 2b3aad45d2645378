/** What kind of word a katakana word is: an ordinary word, a real name, a loanword too new for the dictionary, one before a title. */
import type { AnalyzedDocument } from '../../analyzedDocument';
import type { DetectorContext } from '../../context';
import { knownKatakanaWords } from '../../nameIndex';

/** A word kuromoji's dictionary knows as one word (マイク, ホフマン), a common name (common-name-parts.yaml) or a part of a known name: a real name. */
export function isRealWord(doc: AnalyzedDocument, text: string, context: DetectorContext): boolean {
  if (knownKatakanaWords(context.kb).has(text) || context.rules.commonNameParts.has(text)) return true;
  const tokens = doc.tokenize(text);
  return tokens.length === 1 && tokens[0]?.known === true;
}

/** A title or honorific (氏, さん, CEO; name-titles.yaml) right after a word: the word stands where a name stands. */
export function titled(text: string, end: number, context: DetectorContext): boolean {
  return context.rules.nameTitles.some((title) => text.startsWith(title, end));
}

/**
 * Words kuromoji or our list of newer loanwords knows, and compounds of them (オープンソース), are ordinary
 * Japanese. In a dotted name ("マーク・アンドロン") a part is a name, not a compound: only one word counts.
 */
export function isOrdinaryWord(doc: AnalyzedDocument, text: string, context: DetectorContext, partOfName: boolean): boolean {
  if (context.rules.ordinaryKatakana.has(text)) return true;
  const tokens = doc.tokenize(text);
  if (partOfName) return tokens.length === 1 && tokens[0]?.known === true;
  return tokens.every((token) => token.known && token.surface.length >= 2);
}

/** English derivational endings as Japanese writes them (-lity, -vity, -city, -nity, -tion, -ment, -ness, -logy, -ism). */
const DERIVED_LOANWORD_END = /(?:[リビシニ]ティー?|ション|メント|ネス|ロジー|イズム)$/;

/**
 * A word that is no name but a loanword the dictionary is too old to know: it ends as English nouns are
 * rendered (モビリティ, mobility) where the name it sounds like does not end so, or it is the name's word
 * with the final ー dropped or added (ファウンドリ, ファウンドリー), the two styles of writing one loanword.
 */
export function ordinaryLoanwordBeside(word: string, name: string): boolean {
  const ending = DERIVED_LOANWORD_END.exec(word)?.[0];
  if (ending !== undefined && !name.endsWith(ending)) return true;
  return word.replace(/ー$/, '') === name.replace(/ー$/, '');
}
