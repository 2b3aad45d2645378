/** Loads what the analysis needs once per process: the knowledge base, the English word list and kuromoji. */
import { performance } from 'node:perf_hooks';
import type { AnalysisServices } from './analyze';
import { useDerivedData } from './derivedData';
import { loadBuiltInKnowledgeBase } from './knowledge/knowledgeBase';
import { loadRules } from './knowledge/rules';
import { loadEnglishLexicon } from './lexicon';
import { loadTokenizer } from './tokenizer';

/** Marks on the process's performance timeline (User Timing), which the bench reads to break a cold start into phases. */
export const START_MARKS = { code: 'transcript-lens:code-loaded', dictionary: 'transcript-lens:dictionary', knowledge: 'transcript-lens:knowledge' } as const;

export async function loadServices(): Promise<AnalysisServices> {
  performance.mark(START_MARKS.code);
  const tokenizer = await loadTokenizer();
  performance.mark(START_MARKS.dictionary);
  const kb = loadBuiltInKnowledgeBase();
  const rules = loadRules();
  // What the build computed from them (derivedData.ts), when this process runs from the bundle that did.
  useDerivedData(kb, rules);
  const services = { kb, lexicon: loadEnglishLexicon(), rules, tokenizer };
  performance.mark(START_MARKS.knowledge);
  return services;
}
