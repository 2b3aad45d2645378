/** Loads what the analysis needs once per process: the knowledge base, the English word list and kuromoji. */
import type { AnalysisServices } from './analyze';
import { useDerivedData } from './derivedData';
import { loadBuiltInKnowledgeBase } from './knowledge/knowledgeBase';
import { loadRules } from './knowledge/rules';
import { loadEnglishLexicon } from './lexicon';
import { loadTokenizer } from './tokenizer';

export async function loadServices(): Promise<AnalysisServices> {
  const tokenizer = await loadTokenizer();
  const kb = loadBuiltInKnowledgeBase();
  const rules = loadRules();
  // What the build computed from them (derivedData.ts), when this process runs from the bundle that did.
  useDerivedData(kb, rules);
  return { kb, lexicon: loadEnglishLexicon(), rules, tokenizer };
}
