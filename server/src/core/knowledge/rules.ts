/** Rule lists the detectors consult, loaded from data/rules and validated once. */
import { readCompiledData, readRulesData, type ConfusablePair, type TermRendering } from './compiled';
import { dataDirectory } from './knowledgeBase';

export interface RuleSet {
  /** Loanwords kuromoji's dictionary lacks (ツイート): never taken for garbled names. */
  readonly ordinaryKatakana: ReadonlySet<string>;
  /** Letter-plus-katakana words written so on purpose (Tシャツ). */
  readonly letterKatakanaWords: ReadonlySet<string>;
  /** Katakana words that follow a letter as a label (Lサイズ). */
  readonly letterCategoryWords: ReadonlySet<string>;
  /** Katakana syllables each Latin letter may stand for. */
  readonly letterSounds: ReadonlyMap<string, readonly string[]>;
  /** Words translation chose for the wrong one of two sound-alike English words. */
  readonly confusables: readonly ConfusablePair[];
  /** English terms with the ways a translation may render them: one term rendered two ways in one document is inconsistent. */
  readonly termRenderings: readonly TermRendering[];
}

export type { ConfusablePair, TermRendering };

let shared: RuleSet | undefined;

/** The rules, once per process: compiled at build time (compiled.ts), or read and validated from YAML. */
export function loadRules(directory = dataDirectory()): RuleSet {
  const isShipped = directory === dataDirectory();
  if (shared && isShipped) return shared;
  const data = (isShipped ? readCompiledData(directory)?.rules : undefined) ?? readRulesData(directory);
  const result: RuleSet = {
    ordinaryKatakana: new Set(data.ordinaryKatakana),
    letterKatakanaWords: new Set(data.letterKatakanaWords),
    letterCategoryWords: new Set(data.letterCategoryWords),
    letterSounds: new Map(Object.entries(data.letterSounds)),
    confusables: data.confusables,
    termRenderings: data.termRenderings ?? [],
  };
  if (isShipped) shared = result;
  return result;
}
