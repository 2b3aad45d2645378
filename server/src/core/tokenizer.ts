/** The kuromoji adapter: loads the dictionary once (compact form, ipadic/), tokenises line by line, caches by line text. */
import { compactDictionary, compactFilePath, openCompactFileInBackground, type OpenedCompactFile } from './ipadic/file';
import { tokenizerOf, type CompactTokenizer } from './ipadic/load';

export interface Token {
  readonly surface: string;
  /** Offsets relative to the tokenised string. */
  readonly start: number;
  readonly end: number;
  /** Part of speech and its first refinement, in IPAdic's Japanese labels (名詞, 固有名詞…). */
  readonly pos: string;
  readonly posDetail: string;
  /** False when the word is not in the dictionary: kuromoji guessed it from its characters. */
  readonly known: boolean;
  /** The dictionary's reading in katakana, kept only for known words with kanji (the same-sound check reads them). */
  readonly reading?: string;
}

export interface JapaneseTokenizer {
  tokenize(text: string): readonly Token[];
}

// The texts tokenised again are those of the chunk being analysed (its lines, windows and words, asked for by
// several detectors in turn): the 512 used last cover them. On the 1 MB bench text and its 200 edits, 4,096 texts
// tokenised 0.3% fewer characters but held 10–24 MB of tokens (~65 bytes a character) for the server's life.
const CACHE_LIMIT = 512;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

class CachingTokenizer implements JapaneseTokenizer {
  private readonly cache = new Map<string, readonly Token[]>();

  constructor(private readonly inner: CompactTokenizer) {}

  tokenize(text: string): readonly Token[] {
    const cached = this.cache.get(text);
    if (cached) {
      // Used last, evicted last: a Map iterates in insertion order.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    // kuromoji throws on a lone surrogate (a file cut mid-character); U+FFFD keeps every offset in place.
    // The labels (part of speech…) come shared from the dictionary's table, so the per-line cache stays small.
    const tokens = this.inner.tokenizeLabels(text.replace(LONE_SURROGATE, '\uFFFD'));
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(text, tokens);
    return tokens;
  }
}

let loading: Promise<JapaneseTokenizer> | undefined;

/**
 * The tokenizer over the compact IPADIC file (see ipadic/): read once per process and shared. `opened`: the
 * file opened (or being opened) by the caller (worker threads share one copy, each reading its lazy sections
 * into it; undefined when the caller could not open it: the file's kuromoji original is then read).
 * Otherwise the file is read in the thread pool: the caller may do other work before it awaits the
 * tokenizer (loadServices does).
 */
export function loadTokenizer(
  opened?: Pick<OpenedCompactFile, 'bytes' | 'fill'> | Promise<Pick<OpenedCompactFile, 'bytes' | 'fill'> | undefined>,
): Promise<JapaneseTokenizer> {
  // Read from the file, the word features only if something asks for them (the analysis never does).
  loading ??= (opened ? Promise.resolve(opened) : openCompactFileInBackground(compactFilePath()))
    .then((file) => {
      const { dictionary, rebuilt } = compactDictionary(file?.bytes);
      return new CachingTokenizer(tokenizerOf(dictionary, rebuilt ? undefined : file?.fill)) as JapaneseTokenizer;
    })
    .catch((error: unknown) => {
      throw new Error(`Could not load the Japanese dictionary: ${String(error)}. Reinstall with "npm install".`);
    });
  return loading;
}
