/** The kuromoji adapter: loads the dictionary once (compact form, ipadic/), tokenises line by line, caches by line text. */
import type * as kuromoji from 'kuromoji';
import { compactDictionary, compactFilePath, readCompactFile } from './ipadic/file';
import { tokenizerOf, type KuromojiTokenizer } from './ipadic/load';

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
}

export interface JapaneseTokenizer {
  tokenize(text: string): readonly Token[];
}

const CACHE_LIMIT = 50_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

class CachingTokenizer implements JapaneseTokenizer {
  private readonly cache = new Map<string, readonly Token[]>();

  constructor(private readonly inner: KuromojiTokenizer) {}

  tokenize(text: string): readonly Token[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    // kuromoji throws on a lone surrogate (a file cut mid-character); U+FFFD keeps every offset in place.
    const tokens = this.inner.tokenize(text.replace(LONE_SURROGATE, '\uFFFD')).map(toToken);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, tokens);
    return tokens;
  }
}

// kuromoji decodes the part-of-speech labels afresh for every token; a few dozen distinct labels are shared
// instead, which keeps the per-line token cache of a long transcript small.
const labels = new Map<string, string>();
const intern = (label: string): string => {
  const shared = labels.get(label);
  if (shared !== undefined) return shared;
  labels.set(label, label);
  return label;
};

function toToken(feature: kuromoji.IpadicFeatures): Token {
  const start = feature.word_position - 1;
  return {
    surface: feature.surface_form,
    start,
    end: start + feature.surface_form.length,
    pos: intern(feature.pos),
    posDetail: intern(feature.pos_detail_1),
    known: feature.word_type === 'KNOWN',
  };
}

let loading: Promise<JapaneseTokenizer> | undefined;

/**
 * The tokenizer over the compact IPADIC file (see ipadic/): read once per process and shared. `bytes` are
 * the file's bytes when the caller already holds them (worker threads share one copy).
 */
export function loadTokenizer(bytes?: Uint8Array): Promise<JapaneseTokenizer> {
  loading ??= new Promise((resolve, reject) => {
    try {
      const { dictionary } = compactDictionary(bytes ?? readCompactFile(compactFilePath()));
      resolve(new CachingTokenizer(tokenizerOf(dictionary)));
    } catch (error) {
      reject(new Error(`Could not load the Japanese dictionary: ${String(error)}. Reinstall with "npm install".`));
    }
  });
  return loading;
}
