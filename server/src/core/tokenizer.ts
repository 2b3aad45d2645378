/** The kuromoji adapter: loads the dictionary once (compact form, ipadic/), tokenises line by line, caches by line text. */
import { compactDictionary, compactFilePath, openCompactFile } from './ipadic/file';
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

// Lines of the chunks being analysed, and short words the detectors look up: a few thousand cover them (a whole
// document's lines would hold ~65 MB of tokens for a 1 MB text, and an edit re-reads one chunk's lines).
const CACHE_LIMIT = 4096;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

class CachingTokenizer implements JapaneseTokenizer {
  private readonly cache = new Map<string, readonly Token[]>();

  constructor(private readonly inner: CompactTokenizer) {}

  tokenize(text: string): readonly Token[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    // kuromoji throws on a lone surrogate (a file cut mid-character); U+FFFD keeps every offset in place.
    // The labels (part of speech…) come shared from the dictionary's table, so the per-line cache stays small.
    const tokens = this.inner.tokenizeLabels(text.replace(LONE_SURROGATE, '\uFFFD'));
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, tokens);
    return tokens;
  }
}

let loading: Promise<JapaneseTokenizer> | undefined;

/**
 * The tokenizer over the compact IPADIC file (see ipadic/): read once per process and shared. `bytes` are
 * the file's bytes when the caller already holds them (worker threads share one copy).
 */
export function loadTokenizer(bytes?: Uint8Array): Promise<JapaneseTokenizer> {
  loading ??= new Promise((resolve, reject) => {
    try {
      // Read from the file, the word features only if something asks for them (the analysis never does).
      const opened = bytes ? { bytes, fill: undefined } : openCompactFile(compactFilePath());
      const { dictionary, rebuilt } = compactDictionary(opened?.bytes);
      resolve(new CachingTokenizer(tokenizerOf(dictionary, rebuilt ? undefined : opened?.fill)));
    } catch (error) {
      reject(new Error(`Could not load the Japanese dictionary: ${String(error)}. Reinstall with "npm install".`));
    }
  });
  return loading;
}
