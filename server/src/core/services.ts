/** Loads what the analysis needs once per process: the knowledge base, the English word list and kuromoji. */
import { performance } from 'node:perf_hooks';
import type { AnalysisServices } from './analyze';
import { useDerivedData } from './derivedData';
import { loadBuiltInKnowledgeBase } from './knowledge/knowledgeBase';
import { loadRules } from './knowledge/rules';
import { loadEnglishLexicon } from './lexicon';
import { loadTokenizer } from './tokenizer';

/** Marks on the process's performance timeline (User Timing), which the bench reads to break a cold start into phases. */
export const START_MARKS = { code: 'transcript-lens:code-loaded', knowledge: 'transcript-lens:knowledge', dictionary: 'transcript-lens:dictionary' } as const;

export async function loadServices(): Promise<AnalysisServices> {
  performance.mark(START_MARKS.code);
  // The dictionary's ~32 MB are read in the thread pool while this thread reads the rest (one core each).
  const loadingTokenizer = loadTokenizer();
  loadingTokenizer.catch(() => undefined); // awaited below; not left unhandled if what comes first throws
  const kb = loadBuiltInKnowledgeBase();
  const rules = loadRules();
  // What the build computed from them (derivedData.ts), when this process runs from the bundle that did.
  useDerivedData(kb, rules);
  const lexicon = loadEnglishLexicon();
  performance.mark(START_MARKS.knowledge);
  const tokenizer = await loadingTokenizer;
  performance.mark(START_MARKS.dictionary);
  return { kb, lexicon, rules, tokenizer };
}
