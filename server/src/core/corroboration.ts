/**
 * Hints that deserve more: a name found by sound alone (「マーク・アンドロン」 for Marc Andreessen, a hint) is
 * far likelier when the document also says what the knowledge base knows of that entity (「ブラウザを発明
 * した」「伝説的な投資家」) or names an entity it is related to. A pass over the findings of the whole
 * document, after the detectors: the words of a description are often sentences away from the name.
 *
 * Contract:
 * - Only hints (below information) about an entity, of the name detectors, with some sound evidence already
 *   (confidence 0.4 or more) are raised; nothing else changes.
 * - Cues are the rare words of the entity's description and facts (nouns and Latin words found in at most a
 *   few entities' descriptions: 投資家 or ブラウザ, not 米国 or 創業者) present in the document, and the
 *   entities it is related to that the document names.
 * - A cue found in at most 1% of the entities' descriptions (or three) counts one, in 2.5 times as many a half; a related entity
 *   named counts one. From one and a half, each cue raises the confidence by 0.15, by 0.3 at most and
 *   never to an error; the reason names the cues. One cue is not enough: a word may be there for another reason.
 */
import { displayName } from './context';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { Entity } from './knowledge/model';
import { t } from './l10n';
import type { JapaneseTokenizer } from './tokenizer';
import { CONFIDENCE_OF, clampConfidence, severityFor, type Finding } from './types';

/** The detectors whose findings are names heard or read wrong. */
const NAME_CODES: ReadonlySet<string> = new Set(['garbled-katakana-name', 'garbled-latin-name', 'truncated-name']);
/** A word of at most this share of the entities' descriptions (or three) is a cue of its own; of at most 2.5 times as many, half a cue. */
const RARE_SHARE = 0.01;
/** Cues needed, counting half cues as halves: one word may be in the document for another reason. */
const MIN_WEIGHT = 1.5;
const STEP = 0.15;
const MAX_RAISE = 0.3;
const CEILING = 0.85;

/** What the document says, as far as cues are concerned. */
export interface DocumentEvidence {
  /** Whether the document writes this word anywhere. */
  contains(word: string): boolean;
  /** Whether the document writes this katakana run as a whole word (not inside a longer run). */
  hasKatakanaRun(run: string): boolean;
  /** Entities the document names, by id. */
  readonly named: { has(id: string): boolean };
}

/** Evidence read from a text (for a text analysed in one piece; the analysis keeps counts per chunk instead). */
export function textEvidence(text: string, named: ReadonlySet<string>): DocumentEvidence {
  let runs: ReadonlySet<string> | undefined;
  return {
    contains: (word) => text.includes(word),
    hasKatakanaRun: (run) => (runs ??= new Set(text.match(/[\u30A1-\u30FA\u30FC]{3,}/g) ?? [])).has(run),
    named,
  };
}

/** The findings with the hints that the document's own words support raised. */
export function corroborate(findings: readonly Finding[], evidence: DocumentEvidence, kb: KnowledgeBase, tokenizer: JapaneseTokenizer): Finding[] {
  return findings.map((finding) => {
    if (!finding.entityId || !NAME_CODES.has(finding.code)) return finding;
    // Hints only: information is already shown, and another way of writing a name (information) is no garble to raise.
    if (finding.confidence >= CONFIDENCE_OF.information || finding.confidence < 0.4) return finding;
    const entity = kb.get(finding.entityId);
    if (!entity) return finding;
    const cues = cuesIn(entity, evidence, kb, tokenizer);
    if (cues.length === 0) return finding;
    const confidence = clampConfidence(Math.min(CEILING, finding.confidence + Math.min(MAX_RAISE, STEP * cues.length)));
    return {
      ...finding,
      confidence,
      severity: severityFor(confidence),
      explanation: {
        ...finding.explanation,
        reasons: [
          ...finding.explanation.reasons,
          t('The document says what is known of {0}: {1}.', displayName(entity), cues.map((c) => `「${c}」`).join(', ')),
        ],
      },
    };
  });
}

/** The entity's cue words the document contains, and the names of related entities it names (none below one and a half cues). */
export function cuesIn(entity: Entity, evidence: DocumentEvidence, kb: KnowledgeBase, tokenizer: JapaneseTokenizer): string[] {
  const { weight, cues } = cueWeight(entity, evidence, kb, tokenizer);
  return weight >= MIN_WEIGHT ? cues : [];
}

/** How much of what the knowledge base says of an entity the document says too: a weight (a rare word 1, a commoner one a half, a related entity named 1) and the cues. */
export function cueWeight(entity: Entity, evidence: DocumentEvidence, kb: KnowledgeBase, tokenizer: JapaneseTokenizer): { weight: number; cues: string[] } {
  let weight = 0;
  const found: string[] = [];
  for (const [word, cueWeight] of cueWords(kb, tokenizer).get(entity.id) ?? []) {
    // A katakana compound of the description (ウェブブラウザ) is cued by its longer half in the document (ブラウザ).
    const written = evidence.contains(word) ? word : katakanaPiecesOf(word).find((piece) => evidence.hasKatakanaRun(piece));
    if (!written) continue;
    weight += cueWeight;
    found.push(written);
  }
  for (const relation of entity.relations ?? []) {
    const target = kb.get(relation.target);
    if (!target || !evidence.named.has(target.id)) continue;
    weight += 1;
    found.push(target.ja);
  }
  return { weight, cues: [...new Set(found)] };
}

/**
 * The pieces of a katakana word that stand for it when written alone (ブラウザ for ウェブブラウザ): three
 * letters or more and at least half of it, longest first, then in the order they start in the word.
 */
export function katakanaPiecesOf(word: string): readonly string[] {
  const known = piecesOf.get(word);
  if (known) return known;
  const pieces: string[] = [];
  if (piecesOf.size > 50_000) piecesOf.clear();
  piecesOf.set(word, pieces);
  if (!/^[\u30A1-\u30FA\u30FC]+$/.test(word)) return pieces;
  for (let length = word.length; length >= Math.max(3, Math.ceil(word.length / 2)); length--) {
    for (let start = 0; start + length <= word.length; start++) pieces.push(word.slice(start, start + length));
  }
  return pieces;
}

const piecesOf = new Map<string, readonly string[]>();

/** Every cue word of every entity: the words the analysis counts in each chunk (documentWords.ts). */
export function cueWordList(kb: KnowledgeBase, tokenizer: JapaneseTokenizer): string[] {
  const words = new Set<string>();
  for (const cues of cueWords(kb, tokenizer).values()) for (const word of cues.keys()) words.add(word);
  return [...words];
}

const cueCache = new WeakMap<KnowledgeBase, Map<string, ReadonlyMap<string, number>>>();

/**
 * Takes the cue words of a knowledge base computed at build time (derivedData.ts) instead of tokenising
 * every description again at start; they are what cueWords below would compute for it.
 */
export function useCueWords(kb: KnowledgeBase, cues: ReadonlyMap<string, ReadonlyMap<string, number>>): void {
  if (!cueCache.has(kb)) cueCache.set(kb, new Map(cues));
}

/** Per entity, the rare words of its description and facts with their weight: built once per knowledge base. */
export function cueWords(kb: KnowledgeBase, tokenizer: JapaneseTokenizer): ReadonlyMap<string, ReadonlyMap<string, number>> {
  let cues = cueCache.get(kb);
  if (cues) return cues;
  const wordsOf = new Map<string, Set<string>>();
  const descriptions = new Map<string, number>();
  for (const entity of kb.entities.values()) {
    const words = descriptionWords(entity, tokenizer);
    wordsOf.set(entity.id, words);
    for (const word of words) descriptions.set(word, (descriptions.get(word) ?? 0) + 1);
  }
  cues = new Map();
  const rare = Math.max(3, Math.floor(RARE_SHARE * kb.entities.size));
  for (const [id, words] of wordsOf) {
    const weighted = new Map<string, number>();
    for (const word of words) {
      const count = descriptions.get(word) ?? 0;
      if (count <= rare) weighted.set(word, 1);
      else if (count <= 2.5 * rare) weighted.set(word, 0.5);
    }
    cues.set(id, weighted);
  }
  cueCache.set(kb, cues);
  return cues;
}

/** Content nouns of two letters or more (a noun and its suffix as one: 投資家) and Latin words, not the entity's own names. */
function descriptionWords(entity: Entity, tokenizer: JapaneseTokenizer): Set<string> {
  const own = [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
  const words = new Set<string>();
  for (const sentence of [entity.description, ...(entity.facts ?? [])]) {
    const tokens = tokenizer.tokenize(sentence);
    tokens.forEach((token, i) => {
      if (token.pos !== '名詞' || !['一般', '固有名詞', 'サ変接続'].includes(token.posDetail)) return;
      const next = tokens[i + 1];
      const word = next && next.pos === '名詞' && next.posDetail === '接尾' ? token.surface + next.surface : token.surface;
      if ([...word].length < 2 || /^[0-9０-９]+$/.test(word)) return;
      if (own.some((name) => name.includes(word) || word.includes(name))) return;
      words.add(word);
    });
  }
  return words;
}

/** The cue words of one entity with their weights (for the hover and tests). */
export function cueWordsOf(entity: Entity, kb: KnowledgeBase, tokenizer: JapaneseTokenizer): ReadonlyMap<string, number> {
  return cueWords(kb, tokenizer).get(entity.id) ?? new Map<string, number>();
}
