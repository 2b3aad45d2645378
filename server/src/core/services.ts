/** Loads what the analysis needs once per process: the knowledge base, the English word list and kuromoji. */
import type { AnalysisServices } from './analyze';
import { loadBuiltInKnowledgeBase } from './knowledge/knowledgeBase';
import { loadRules } from './knowledge/rules';
import { loadEnglishLexicon } from './lexicon';
import { loadTokenizer } from './tokenizer';

export async function loadServices(): Promise<AnalysisServices> {
  const tokenizer = await loadTokenizer();
  return { kb: loadBuiltInKnowledgeBase(), lexicon: loadEnglishLexicon(), rules: loadRules(), tokenizer };
}
