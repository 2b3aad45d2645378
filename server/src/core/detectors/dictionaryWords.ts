/**
 * Whether a written word is made of ordinary dictionary words: every token known to kuromoji and none a
 * proper noun (a proper noun in the dictionary, such as デミ, is a name, and names are what get cut or
 * garbled). Remembered per word, since the name detectors ask about the same words chunk after chunk.
 */
import type { AnalyzedDocument } from '../analyzedDocument';

const dictionaryWords = new Map<string, boolean>();

export function isDictionaryWord(doc: AnalyzedDocument, word: string): boolean {
  let known = dictionaryWords.get(word);
  if (known === undefined) {
    known = doc.tokenize(word).every((token) => token.known && token.posDetail !== '固有名詞');
    if (dictionaryWords.size > 20_000) dictionaryWords.clear();
    dictionaryWords.set(word, known);
  }
  return known;
}
