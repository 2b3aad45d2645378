/** The analysis core's entry point: a document in, entity mentions and findings out. No LSP, no VS Code. */
import { AnalyzedDocument } from './analyzedDocument';
import { buildContext, type DetectorContext } from './context';
import { DOCUMENT_DETECTORS, NAME_DETECTORS } from './detectors';
import type { Detector } from './detectors/detector';
import type { TranscriptDocument } from './document';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import type { EnglishLexicon } from './lexicon';
import { EntityRecognizer } from './recognizer';
import type { JapaneseTokenizer } from './tokenizer';
import type { EntityMention, Finding } from './types';

export interface AnalysisServices {
  readonly kb: KnowledgeBase;
  readonly tokenizer: JapaneseTokenizer;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
}

export interface AnalysisOptions {
  /** Codes of detectors to leave out. */
  readonly disabled?: ReadonlySet<string>;
}

export interface AnalysisResult {
  readonly mentions: readonly EntityMention[];
  readonly findings: readonly Finding[];
  readonly context: DetectorContext;
}

const recognizers = new WeakMap<KnowledgeBase, EntityRecognizer>();

export function analyze(source: TranscriptDocument, services: AnalysisServices, options: AnalysisOptions = {}): AnalysisResult {
  const doc = new AnalyzedDocument(source, services.tokenizer);
  let recognizer = recognizers.get(services.kb);
  if (!recognizer) {
    recognizer = new EntityRecognizer(services.kb);
    recognizers.set(services.kb, recognizer);
  }
  const mentions = recognizer.recognize(doc);
  const enabled = (detector: Detector): boolean => !options.disabled?.has(detector.code);
  // Names first: a misspelt name ("Open AI") is still evidence of what the story is about for the other checks.
  const nameContext = buildContext(services.kb, services.lexicon, services.rules, mentions);
  const nameFindings = NAME_DETECTORS.filter(enabled).flatMap((detector) => runDetector(detector, doc, nameContext));
  const misspelt = nameFindings.flatMap((f) => (f.entityId ? [f.entityId] : []));
  const context = buildContext(services.kb, services.lexicon, services.rules, mentions, misspelt);
  const findings = [...nameFindings, ...DOCUMENT_DETECTORS.filter(enabled).flatMap((detector) => runDetector(detector, doc, context))].sort(
    (a, b) => a.range.start - b.range.start || b.confidence - a.confidence,
  );
  return { mentions, findings, context };
}

function runDetector(detector: Detector, doc: AnalyzedDocument, context: DetectorContext): Finding[] {
  try {
    return detector.detect(doc, context);
  } catch (error) {
    // One faulty detector must not take the others' findings down with it.
    console.error(`transcript-lens: detector ${detector.code} failed on ${doc.source.uri}: ${(error as Error).stack ?? String(error)}`);
    return [];
  }
}
