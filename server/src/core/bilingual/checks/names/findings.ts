/** The findings of the name check, with their messages: a garble, a stand-in, a far rendering, a dropped name. */
import { t } from '../../../l10n';
import { editSimilarity } from '../../../similarity';
import type { Entity } from '../../../knowledge/model';
import type { EntityMention, Finding, OffsetRange } from '../../../types';
import { pairFinding, type SourceCheckContext } from '../check';
import { targetSlice, type Word } from '../../pairFacts';
import type { AlignedPair, Alignment } from '../../alignment';
import {
  documentSpelling,
  fullSpellingsOf,
  katakanaSpelling,
  kindOf,
  spellingsOf,
  writesNamesInLatin,
  STANDS_FOR_A_NAME,
  type SourceEntity,
} from '../../pairNames';
import { lengthsDifferOnly, type TargetView } from './targetView';
import type { InconsistentRendering } from './consistency';
import type { GarbledPersonPart } from './personNames';
import { nameWordsAfter, renderWordInKatakana, withNameWords } from '../../katakanaRendering';
import { withWrittenSeparators } from './separators';
import type { StandIn } from './unknownBody';

export const NAME_MISMATCH = 'name-mismatch';

export function farRenderingFinding(alignment: Alignment, pair: AlignedPair, part: Word, name: Word, rendering = renderWordInKatakana(name.text)): Finding {
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: part.range,
      message: t('The source names "{0}": 「{1}」 does not read like it', name.text, part.text),
      confidence: 0.55 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source sentence seems rendered by katakana of other sounds; check the spelling.'),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and no katakana of the translation reads like it.', alignment.sourceSpan(pair).line + 1, name.text),
        ],
      },
      // The name rendered by the rules of katakana spelling: a proposal (information), never applied by fix-all.
      replacements: [rendering].filter((r) => r !== '' && r !== part.text),
    },
    pair,
    alignment,
    name.range,
  );
}

/** A person of the source written with one word of the name in katakana of other sounds (ステイシー・ラスキン for Stacy Rasgon). */
export function personPartFinding(alignment: Alignment, pair: AlignedPair, garbled: GarbledPersonPart): Finding {
  const { name, word, part, fix } = garbled;
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: part.range,
      message: t('The source names "{0}": 「{1}」 does not read like "{2}"; perhaps 「{3}」', name.text, part.text, word, fix),
      // The rest of the name placed it; the fix is a rendering by rule, a proposal: information.
      confidence: 0.62 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('One word of a person’s name seems written as another name of like sound; check the spelling.'),
        reasons: [
          t(
            'The source sentence (line {0}) names "{1}"; the other words of the name are rendered, 「{2}」 does not render "{3}".',
            alignment.sourceSpan(pair).line + 1,
            name.text,
            part.text,
            word,
          ),
        ],
      },
      replacements: [fix],
    },
    pair,
    alignment,
    garbled.wordRange,
  );
}

export function garbleFinding(
  alignment: Alignment,
  pair: AlignedPair,
  word: Word,
  proposed: string,
  sourceName: string,
  sourceRange: OffsetRange,
  confidence: number,
  entityId: string | undefined,
): Finding {
  // The translator's separators kept where the garble spells the name right (リップ・ブー・タン, not リップブー・タン).
  const fix = withWrittenSeparators(word.text, proposed);
  const range = withModelSuffix(pair, word, fix);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range,
      message: t('The source names "{0}": 「{1}」 looks like a garbled 「{2}」', sourceName, targetSlice(pair, range) || word.text, fix),
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

/**
 * A katakana garble's range with the letters or digits written straight after it (コマンドR, ジェミナイ2.5) when the fix ends
 * with a word of its own of that kind (Command A): the model's suffix is part of the name the fix writes, and left out of
 * the range it would be written twice (Command AR).
 */
function withModelSuffix(pair: AlignedPair, word: Word, fix: string): OffsetRange {
  if (!/[ァ-ヴー]$/.test(word.text) || !/ [A-Za-z0-9][A-Za-z0-9.+-]*$/.test(fix)) return word.range;
  // The text after the word, up to five characters or the end of its piece of the segment.
  let after = '';
  for (let n = 5; n > 0 && after === ''; n--) after = targetSlice(pair, { start: word.range.end, end: word.range.end + n });
  const suffix = /^[A-Za-z0-9][A-Za-z0-9.+]{0,3}(?![A-Za-z0-9.+])/.exec(after)?.[0];
  return suffix ? { start: word.range.start, end: word.range.end + suffix.length } : word.range;
}

export function substitutionFinding(
  alignment: Alignment,
  pair: AlignedPair,
  named: SourceEntity,
  mention: EntityMention,
  confidence: number,
  context: SourceCheckContext,
  repeated = false,
  // A name rendered word by word as the document renders its words (documentRenderings), for a person with no katakana spelling.
  renderName?: (english: string) => string,
): Finding {
  const written = targetSlice(pair, mention.range);
  const other = context.kb.get(mention.entityId);
  // The translation's script for the name: a katakana name it chose to write in Latin stays in Latin.
  const sourceName = alignment.sourceText.slice(named.range.start, named.range.end);
  // An acronym written in its place is answered with the source's acronym (SMIC for TSMC), as Japanese writes acronyms.
  const acronymForAcronym = /^[A-Z][A-Z0-9&-]+$/.test(written) && /^[A-Z][A-Z0-9&-]+$/.test(sourceName);
  const latinByChoice = (/^[\x20-\x7e]+$/.test(written) && other !== undefined && !/^[\x20-\x7e]+$/.test(other.ja)) || acronymForAcronym;
  // The spelling this document writes the entity in elsewhere; else the knowledge base's, in the script the translator chose.
  let spelling = documentSpelling(
    named.entity,
    context.mentions,
    latinByChoice ? sourceName : spellingInScriptOf(written, named.entity, sourceName),
    sourceName,
    // A translation writing names in Latin that wrote this one in katakana chose katakana here (ブロードコム → メディアテック),
    // for a name Japanese writes all in katakana; one it writes half in Latin (スペースX) it writes all in Latin (SpaceX).
    !(/^[ァ-ヴー・＝]+$/.test(written) && /^[ァ-ヴー・＝]+$/.test(named.entity.ja)) && writesNamesInLatin(context.mentions, context.kb),
  );
  // A person the knowledge base writes only in Latin letters (Tahnoun bin Zayed; not 孫正義), in place of one written in katakana: the
  // source's name rendered in katakana, each word as the document renders it elsewhere (タフヌーン for "Tahnoon"), a proposal.
  const rendered =
    renderName && named.entity.type === 'person' && /^[ァ-ヴー・＝]+$/.test(written) && fullSpellingsOf(named.entity).every((s) => LATIN_ONLY.test(s))
      ? renderName(sourceName)
      : undefined;
  if (rendered) spelling = rendered;
  // Words of the name the translation writes beside the other name (GPT-3.5 Turbo for GPT-4 Turbo) are not written twice.
  const plain = withoutWordsWrittenBeside(withNameWordsOfSource(spelling, alignment, named, pair, mention.range), pair, mention.range);
  // The other name glossed by another of its spellings (YMTC（長江存儲科技）): the whole mention is replaced, each part in its script.
  const glossed = other ? glossedMention(pair, mention.range, other, named.entity, sourceName) : undefined;
  const range = glossed?.range ?? mention.range;
  // A name the source writes inside a product name with a code (GB200 Grace Blackwell), written in Latin letters: the whole of it.
  const isProduct = named.entity.type === 'chip' || named.entity.type === 'model' || named.entity.type === 'product';
  const product = isProduct && LATIN_ONLY.test(written) && LATIN_ONLY.test(plain) && !glossed ? productName(alignment.sourceText, named.range) : undefined;
  const fix = glossed?.fix ?? (product ? alignment.sourceText.slice(product.start, product.end) : plain);
  const wholeWritten = targetSlice(pair, range) || written;
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range,
      message: t('The source names "{0}", not {1}: 「{2}」 should be 「{3}」', sourceName, other?.en ?? written, wholeWritten, fix),
      // A rendered name is a proposal: said as information.
      confidence: (rendered ? Math.min(confidence, 0.62) : confidence) * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation names another {0} than the aligned source sentence.', kindLabel(named.entity)),
        reasons: [
          repeated
            ? t(
                'The source sentence (line {0}) names "{1}" and "{2}"; the translation writes 「{3}」 twice and "{2}" not at all.',
                alignment.sourceSpan(pair).line + 1,
                other?.en ?? written,
                sourceName,
                written,
              )
            : t('The source sentence (line {0}) names "{1}" and not "{2}".', alignment.sourceSpan(pair).line + 1, sourceName, other?.en ?? written),
        ],
      },
      replacements: [fix],
      entityId: named.entity.id,
    },
    pair,
    alignment,
    product ?? named.range,
  );
}

/**
 * The product name around a name of the source, when the capitalised words and codes written next to it hold a code
 * (GB200 Grace Blackwell around Blackwell): undefined when no code stands beside it. Not across a possessive or punctuation.
 */
export function productName(sourceText: string, range: OffsetRange): OffsetRange | undefined {
  const WORD = /^[A-Z0-9][A-Za-z0-9.+-]*$/;
  let start = range.start;
  let end = range.end;
  let coded = false;
  for (;;) {
    const before = /(\S+) $/.exec(sourceText.slice(Math.max(0, start - 30), start))?.[1];
    if (!before || !WORD.test(before)) break;
    coded ||= /\d/.test(before);
    start -= before.length + 1;
  }
  for (;;) {
    const after = /^ ([^\s,.;:!?'’]+)(?=[\s,.;:!?'’]|$)/.exec(sourceText.slice(end, end + 30))?.[1];
    if (!after || !WORD.test(after)) break;
    coded ||= /\d/.test(after);
    end += after.length + 1;
  }
  return coded && (start < range.start || end > range.end) ? { start, end } : undefined;
}

/**
 * A mention glossed in brackets by another spelling of the same entity (YMTC（長江存儲科技）, 長江存儲科技(YMTC)): the range of both,
 * and the right entity written the same way, each part in its part's script (CXMT（長鑫存儲技術）). Undefined without such a gloss,
 * or when the right entity has no second spelling to gloss with.
 */
export function glossedMention(
  pair: AlignedPair,
  range: OffsetRange,
  other: Entity,
  right: Entity,
  sourceName: string,
): { range: OffsetRange; fix: string } | undefined {
  const after = targetSlice(pair, { start: range.end, end: range.end + 1 });
  const close = after === '（' ? '）' : after === '(' ? ')' : undefined;
  if (!close) return undefined;
  let inner = '';
  for (let n = 2; n <= 40; n++) {
    const text = targetSlice(pair, { start: range.end, end: range.end + n });
    if (text.length < n) return undefined;
    if (text.endsWith(close)) {
      inner = text.slice(1, -1);
      break;
    }
  }
  if (inner === '' || !fullSpellingsOf(other).includes(inner)) return undefined;
  const main = spellingLike(targetSlice(pair, range), right, sourceName);
  const gloss = spellingLike(inner, right, sourceName);
  if (main === gloss) return undefined;
  return { range: { start: range.start, end: range.end + inner.length + 2 }, fix: `${main}${after}${gloss}${close}` };
}

const LATIN_ONLY = /^[\x20-\x7e]+$/;
const ACRONYM = /^[A-Z][A-Z0-9&-]+$/;

/** The entity's spelling of the shape of a written one: an acronym for an acronym (CXMT), Latin for Latin, Japanese for Japanese. */
function spellingLike(written: string, entity: Entity, sourceName: string): string {
  const latin = [sourceName, entity.en, ...(entity.aliases ?? [])].filter((s) => LATIN_ONLY.test(s));
  if (ACRONYM.test(written)) return latin.find((s) => ACRONYM.test(s)) ?? latin[0] ?? entity.en;
  if (LATIN_ONLY.test(written)) return latin.find((s) => !ACRONYM.test(s)) ?? latin[0] ?? entity.en;
  return spellingInScriptOf(written, entity, sourceName);
}

/**
 * The entity's spelling in the script the translation wrote the other name in: katakana for katakana (カイロス・パワー, not
 * Kairos Power, for テラパワー; クァク・ノジョン, not 郭魯正, for チェ・テウォン), the knowledge base's own otherwise.
 */
export function spellingInScriptOf(written: string, entity: Entity, sourceName: string): string {
  return /^[ァ-ヴー・＝]+$/.test(written) ? katakanaSpelling(entity, sourceName) : entity.ja;
}

/**
 * A fix without the words of the name the translation already writes right after or before the other name: the source's
 * "GPT-4 Turbo" for 「GPT-3.5 Turbo」 replaces 「GPT-3.5」 by 「GPT-4」, not by 「GPT-4 Turbo」 (which would write Turbo twice).
 */
/**
 * The fix with the name words the source writes after the name (BMW Manufacturing → BMWマニュファクチャリング): part of what the
 * translation replaced, unless it writes them after the other name too (メルセデス・ベンツ・マニュファクチャリング keeps its own).
 */
function withNameWordsOfSource(spelling: string, alignment: Alignment, named: SourceEntity, pair: AlignedPair, replaced: OffsetRange): string {
  const words = nameWordsAfter(alignment.sourceText, named.range.end);
  if (words === '') return spelling;
  const inJapanese = !/^[\x20-\x7e]+$/.test(targetSlice(pair, replaced));
  const rest = withNameWords('', words, inJapanese).replace(/^[・ ]/, '');
  const after = targetSlice(pair, { start: replaced.end, end: replaced.end + rest.length + 1 }).replace(/^[・ ]/, '');
  return after.startsWith(rest) ? spelling : withNameWords(spelling, words, inJapanese);
}

export function withoutWordsWrittenBeside(fix: string, pair: AlignedPair, range: OffsetRange): string {
  const words = fix.split(' ');
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const tail = ' ' + words.slice(words.length - cut).join(' ');
    if (targetSlice(pair, { start: range.end, end: range.end + tail.length }) === tail) return words.slice(0, words.length - cut).join(' ');
    const head = words.slice(0, cut).join(' ') + ' ';
    if (range.start >= head.length && targetSlice(pair, { start: range.start - head.length, end: range.start }) === head) return words.slice(cut).join(' ');
  }
  return fix;
}

function kindLabel(entity: Entity): string {
  switch (kindOf(entity)) {
    case 'person':
      return t('person');
    case 'model':
      return t('model or product');
    case 'chip':
      return t('chip');
    default:
      return t('organisation');
  }
}

/** A name of the source the translation does not write at all: said (information, no fix) unless a stand-in may carry it. */
export function droppedFinding(alignment: Alignment, pair: AlignedPair, named: SourceEntity, view: TargetView): Finding | undefined {
  const kind = kindOf(named.entity);
  if (kind === undefined || kind === 'infrastructure' || STANDS_FOR_A_NAME.test(view.text)) return undefined;
  const neighbours = [alignment.pairs[pair.index - 1], alignment.pairs[pair.index + 1]]
    .flatMap((p) => p?.target ?? [])
    .map((s) => s.text)
    .join('');
  if (spellingsOf(named.entity).some((s) => neighbours.includes(s))) return undefined;
  const place = pair.target[0];
  if (!place) return undefined;
  const sourceName = alignment.sourceText.slice(named.range.start, named.range.end);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: place.range,
      message: t('The source names "{0}" here; the translation does not (usually 「{1}」)', sourceName, named.entity.ja),
      confidence: 0.55 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source sentence is missing from the translation; it may have been left out on purpose.'),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
        ],
      },
      replacements: [],
      entityId: named.entity.id,
    },
    pair,
    alignment,
    named.range,
  );
}

/** A name of the source translated word for word in its sentence (困惑 for Perplexity): the entity's Japanese name is the fix. */
export function literalFinding(alignment: Alignment, pair: AlignedPair, word: Word, fix: string, sourceRange: OffsetRange, entity: Entity): Finding {
  const sourceName = alignment.sourceText.slice(sourceRange.start, sourceRange.end);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: word.range,
      message: t('The source names "{0}": 「{1}」 translates its words; the name is 「{2}」', sourceName, word.text, fix),
      confidence: 0.8 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source sentence is translated word for word; probably {0}.', fix),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
          t('「{0}」 translates the words of 「{1}」 one by one.', word.text, entity.en),
        ],
      },
      replacements: [fix],
      entityId: entity.id,
    },
    pair,
    alignment,
    sourceRange,
  );
}

/**
 * The translation's own finding on a misspelt name (a literal translation, a truncated or misheard name), of
 * the very entity the aligned source sentence names: the source confirms it, and the finding is said as a
 * name mismatch with the entity's spelling as the fix (the own finding's fix when it writes one).
 */
export function confirmedFinding(
  alignment: Alignment,
  pair: AlignedPair,
  own: Finding,
  sourceRange: OffsetRange,
  entity: Entity,
  mentions: SourceCheckContext['mentions'],
): Finding | undefined {
  const written = targetSlice(pair, own.range);
  if (written === '') return undefined;
  const edits = (own.fixes.find((f) => f.preferred) ?? own.fixes[0])?.edits ?? [];
  const ownFix = edits.length === 1 && edits[0]?.range.start === own.range.start && edits[0].range.end === own.range.end ? edits[0].newText : undefined;
  const latin = /^[\x20-\x7e]+$/.test(written);
  const sourceWritten = alignment.sourceText.slice(sourceRange.start, sourceRange.end);
  // The document's own spelling of the entity first (its translator's choice), then the own check's, then the knowledge base's.
  const preferred = ownFix !== undefined && spellingsOf(entity).includes(ownFix) ? ownFix : latin ? sourceWritten : entity.ja;
  // A katakana misspelling keeps the translator's spelling of the rest: the full katakana spelling closest to it (ザェンスン・ファン → ジェンスン・ファン).
  const closest = latin
    ? undefined
    : fullSpellingsOf(entity)
        .filter((s) => /^[ァ-ヴー・＝]+$/.test(s) && s !== written)
        .sort((a, b) => editSimilarity(written, b) - editSimilarity(written, a))[0];
  const otherwise = closest && editSimilarity(written, closest) > editSimilarity(written, preferred) ? closest : preferred;
  const used = documentSpelling(entity, mentions, written, sourceWritten);
  // Not a full name for a misspelt short form (アトマン is アルトマン, not サム・アルトマン).
  const usedElsewhere =
    mentions.some((m) => m.entityId === entity.id && m.surface === used) && editSimilarity(written, used) >= editSimilarity(written, otherwise) - 0.1;
  const fix = usedElsewhere ? used : withWrittenSeparators(written, otherwise);
  if (fix === written) return undefined;
  // The own check's "another way of writing" (a long vowel or ッ added) stays what it is: the source confirms the name, not a misspelling.
  if (own.severity !== 'error' && own.severity !== 'warning' && lengthsDifferOnly(written, fix)) return undefined;
  const sourceName = alignment.sourceText.slice(sourceRange.start, sourceRange.end);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: own.range,
      message: t('The source names "{0}": 「{1}」 should be 「{2}」', sourceName, written, fix),
      confidence: Math.max(own.confidence, 0.8) * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation misspells a name of the source sentence; probably {0}.', fix),
        reasons: [
          t('The source sentence (line {0}) names "{1}", and the translation writes none of its spellings.', alignment.sourceSpan(pair).line + 1, sourceName),
          own.message,
        ],
      },
      replacements: [fix],
      entityId: entity.id,
    },
    pair,
    alignment,
    sourceRange,
  );
}

/** An unknown name of the source rendered here otherwise than in the rest of the document: the usual rendering is the fix. */
export function inconsistentRenderingFinding(alignment: Alignment, r: InconsistentRendering): Finding {
  const { pair, name, part } = r;
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: part.range,
      message: t('The source names "{0}": 「{1}」 here, 「{2}」 elsewhere in this document', name.text, part.text, r.usual),
      // More often the usual one: a slip; as often: one of two renderings, said as information.
      confidence: (r.usualCount >= 2 ? 0.78 : 0.62) * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('A name of the source is rendered two ways in this document; probably {0}.', r.usual),
        reasons: [
          t(
            'The source sentence (line {0}) names "{1}", which the translation renders as 「{2}」 in {3} other sentences.',
            alignment.sourceSpan(pair).line + 1,
            name.text,
            r.usual,
            r.usualCount,
          ),
        ],
      },
      replacements: [r.usual],
    },
    pair,
    alignment,
    name.range,
  );
}

/** A known person named in place of a person of the source nobody knows: the fix is the source's name, rendered. */
/** A known company or institution in place of one of the source nobody knows (DHL for GXO): the source's name is the fix. */
export function unknownBodyFinding(alignment: Alignment, pair: AlignedPair, standIn: StandIn, name: Word, fix: string): Finding {
  const other = standIn.other ?? standIn.written;
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: standIn.range,
      message: t('The source names "{0}", not {1}: 「{2}」 should be 「{3}」', name.text, other, standIn.written, fix),
      confidence: 0.75 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t(
          'The translation names a known company or institution where the aligned source sentence names another, one the knowledge base does not know.',
        ),
        reasons: [t('The source sentence (line {0}) names "{1}" and not "{2}".', alignment.sourceSpan(pair).line + 1, name.text, other)],
      },
      replacements: [fix],
    },
    pair,
    alignment,
    name.range,
  );
}

export function unknownPersonFinding(
  alignment: Alignment,
  pair: AlignedPair,
  mention: EntityMention,
  name: Word,
  fix: string,
  context: SourceCheckContext,
): Finding {
  const written = targetSlice(pair, mention.range);
  const other = context.kb.get(mention.entityId);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: mention.range,
      message: t('The source names "{0}", not {1}: 「{2}」 should be 「{3}」', name.text, other?.en ?? written, written, fix),
      confidence: 0.78 * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation names another person than the aligned source sentence; the correction renders the source’s name in katakana.'),
        reasons: [t('The source sentence (line {0}) names "{1}" and not "{2}".', alignment.sourceSpan(pair).line + 1, name.text, other?.en ?? written)],
      },
      replacements: [fix],
    },
    pair,
    alignment,
    name.range,
  );
}
