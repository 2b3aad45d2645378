/**
 * name-mismatch. Contract: in a pair the aligner is sure of, the source names a known entity (or a Latin
 * name the dictionary does not know, such as a surname) and the translation writes no spelling of it but
 * a word that looks or sounds like one (ディープス for DeepSeek, Andresen for Andreessen). Fix: the
 * knowledge base's spelling in the translation's script closest to the garble (its Japanese name for
 * katakana), or the source's own spelling for a name the knowledge base does not know. Not flagged: a name
 * the translation leaves out or replaces with a pronoun (同社), a short form of the name (アルトマン).
 */
import { editSimilarity } from '../../similarity';
import { t } from '../../l10n';
import type { Entity } from '../../knowledge/model';
import type { Finding, OffsetRange } from '../../types';
import { checkedPairs, pairFinding, type SourceCheck, type SourceCheckContext } from './check';
import { englishMentions, latinSpellings } from '../englishNames';
import { katakanaWords, latinWords, targetSlice, type Word } from '../pairFacts';
import type { AlignedPair, Alignment } from '../alignment';

const CODE = 'name-mismatch';
const KATAKANA_SIMILARITY = 0.55;
const LATIN_SIMILARITY = 0.6;

export const nameMismatch: SourceCheck = {
  code: CODE,
  description: 'A name of the aligned source sentence that the translation garbles (DeepSeek → ディープス).',
  check(alignment, context) {
    const findings: Finding[] = [];
    for (const pair of checkedPairs(alignment)) {
      const targetRanges = pair.target.map((s) => s.range);
      const inTarget = (range: OffsetRange): boolean => targetRanges.some((r) => r.start <= range.start && range.end <= r.end);
      // Written, or already reported by the translation's own checks (a garble as a warning, or another way of
      // writing it in katakana): not this check's to say. A Latin garble they were unsure of, the source confirms.
      const ownSay = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning' || !/^[\x20-\x7e]+$/.test(targetSlice(pair, f.range));
      const mentioned = new Set([
        ...context.mentions.filter((m) => inTarget(m.range)).map((m) => m.entityId),
        ...context.findings.filter((f) => f.entityId !== undefined && inTarget(f.range) && ownSay(f)).map((f) => f.entityId as string),
      ]);
      const mentionRanges = context.mentions.filter((m) => inTarget(m.range)).map((m) => m.range);
      const free = (word: Word): boolean => !mentionRanges.some((r) => r.start < word.range.end && word.range.start < r.end);
      const katakana = pair.target.flatMap(katakanaWords).filter(free);
      const latin = withPhrases(pair, pair.target.flatMap(latinWords)).filter(free);
      const targetText = pair.target.map((s) => s.text).join('');
      const taken = new Set<number>();
      for (const { entity, range } of sourceEntities(pair, context)) {
        if (mentioned.has(entity.id) || spellingsOf(entity).some((s) => targetText.includes(s))) continue;
        const best = closestGarble(entity, katakana, latin, context);
        if (!best || taken.has(best.word.range.start)) continue;
        taken.add(best.word.range.start);
        findings.push(finding(alignment, pair, best.word, best.fix, entity.en, range, 0.75 + 0.24 * best.similarity, entity.id));
      }
      for (const name of unknownNames(pair, context, alignment)) {
        if (targetText.toLowerCase().includes(name.text.toLowerCase())) continue;
        const garble = latin
          .filter((w) => !context.lexicon.has(w.text) && !taken.has(w.range.start))
          .map((w) => ({ word: w, similarity: editSimilarity(w.text.toLowerCase(), name.text.toLowerCase()) }))
          .sort((a, b) => b.similarity - a.similarity)[0];
        if (!garble || garble.similarity === 1 || (garble.similarity < 0.7 && !oneLetterOff(garble.word.text, name.text))) continue;
        taken.add(garble.word.range.start);
        findings.push(finding(alignment, pair, garble.word, name.text, name.text, name.range, 0.8, undefined));
      }
    }
    return findings;
  },
};

function finding(
  alignment: Alignment,
  pair: AlignedPair,
  word: Word,
  fix: string,
  sourceName: string,
  sourceRange: OffsetRange,
  confidence: number,
  entityId: string | undefined,
): Finding {
  return pairFinding(
    {
      code: CODE,
      range: word.range,
      message: t('The source names "{0}": 「{1}」 looks like a garbled 「{2}」', sourceName, word.text, fix),
      confidence: confidence * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation garbles a name of the source sentence; probably {0}.', fix),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
        ],
      },
      replacements: [fix],
      ...(entityId ? { entityId } : {}),
    },
    pair,
    alignment,
    sourceRange,
  );
}

/** Latin words, and each two in a row with one space between (a garbled two-word name: Andresen Horowitz). */
function withPhrases(pair: AlignedPair, words: readonly Word[]): Word[] {
  const phrases: Word[] = [];
  words.forEach((word, k) => {
    const next = words[k + 1];
    if (next && next.range.start === word.range.end + 1 && targetSlice(pair, { start: word.range.end, end: next.range.start }) === ' ') {
      phrases.push({ text: `${word.text} ${next.text}`, range: { start: word.range.start, end: next.range.end } });
    }
  });
  return [...words, ...phrases];
}

function spellingsOf(entity: Entity): string[] {
  return [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
}

/** The known entities a pair's source names, each once, with where. */
function sourceEntities(pair: AlignedPair, context: SourceCheckContext): { entity: Entity; range: OffsetRange }[] {
  const seen = new Set<string>();
  const found: { entity: Entity; range: OffsetRange }[] = [];
  for (const segment of pair.source) {
    for (const piece of segment.pieces) {
      for (const mention of englishMentions(piece.text, context.kb)) {
        const entity = context.kb.get(mention.entityId);
        if (!entity || seen.has(entity.id)) continue;
        seen.add(entity.id);
        found.push({ entity, range: { start: piece.start + mention.range.start, end: piece.start + mention.range.end } });
      }
    }
  }
  return found;
}

/** The target word that most resembles a spelling of the entity, with the spelling it garbles. */
function closestGarble(
  entity: Entity,
  katakana: readonly Word[],
  latin: readonly Word[],
  context: SourceCheckContext,
): { word: Word; fix: string; similarity: number } | undefined {
  const kana = spellingsOf(entity).filter((s) => /^[ァ-ヴー・＝]+$/.test(s));
  const roman = latinSpellings(entity);
  let best: { word: Word; fix: string; similarity: number } | undefined;
  for (const word of katakana) {
    if (word.text.length < 2 || context.rules.ordinaryKatakana.has(word.text)) continue;
    // A part of a spelling (アルトマン of サム・アルトマン) is a short form, not a garble.
    if (kana.some((s) => s.includes(word.text) || word.text.includes(s))) continue;
    for (const spelling of kana) {
      const similarity = editSimilarity(word.text.replace(/・/g, ''), spelling.replace(/・/g, ''));
      if (similarity >= KATAKANA_SIMILARITY && (!best || similarity > best.similarity))
        best = { word, fix: entity.ja.includes(spelling) ? spelling : entity.ja, similarity };
    }
  }
  for (const word of latin) {
    if (word.text.length < 3 || (context.lexicon.has(word.text) && word.text.length < 5)) continue;
    for (const spelling of roman) {
      if (spelling.toLowerCase().includes(word.text.toLowerCase())) continue;
      const similarity = editSimilarity(word.text.toLowerCase(), spelling.toLowerCase());
      if (similarity >= LATIN_SIMILARITY && similarity < 1 && (!best || similarity > best.similarity)) best = { word, fix: spelling, similarity };
    }
  }
  return best;
}

/** An acronym with one letter changed (BMV for BMW): too short for a similarity, plain as a garble. */
function oneLetterOff(written: string, name: string): boolean {
  if (!/^[A-Z]{3,}$/.test(written) || !/^[A-Z]{3,}$/.test(name) || written.length !== name.length) return false;
  let differences = 0;
  for (let i = 0; i < name.length; i++) if (written[i] !== name[i]) differences++;
  return differences === 1;
}

/** Capitalised Latin words of the source that are no English words and no known entity: names of their own. */
function unknownNames(pair: AlignedPair, context: SourceCheckContext, alignment: Alignment): Word[] {
  const known = pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) =>
      englishMentions(piece.text, context.kb).map((m) => ({ start: piece.start + m.range.start, end: piece.start + m.range.end })),
    ),
  );
  return pair.source
    .flatMap(latinWords)
    .filter(
      (w) =>
        (/^[A-Z][a-z]{3,}$/.test(w.text) || /^[A-Z]{3,}$/.test(w.text)) &&
        !context.lexicon.has(w.text) &&
        !known.some((r) => r.start <= w.range.start && w.range.end <= r.end),
    )
    .filter((w) => alignment.sourceText.slice(w.range.start, w.range.end) === w.text);
}
