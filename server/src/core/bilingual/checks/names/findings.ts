/** The findings of the name check, with their messages: a garble, a stand-in, a far rendering, a dropped name. */
import { t } from '../../../l10n';
import type { Entity } from '../../../knowledge/model';
import type { EntityMention, Finding, OffsetRange } from '../../../types';
import { pairFinding, type SourceCheckContext } from '../check';
import { targetSlice, type Word } from '../../pairFacts';
import type { AlignedPair, Alignment } from '../../alignment';
import { kindOf, spellingsOf, STANDS_FOR_A_NAME, type SourceEntity } from '../../pairNames';
import type { TargetView } from './targetView';

export const NAME_MISMATCH = 'name-mismatch';

export function farRenderingFinding(alignment: Alignment, pair: AlignedPair, part: Word, name: Word): Finding {
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
      replacements: [],
    },
    pair,
    alignment,
    name.range,
  );
}

export function garbleFinding(
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
      code: NAME_MISMATCH,
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

export function substitutionFinding(
  alignment: Alignment,
  pair: AlignedPair,
  named: SourceEntity,
  mention: EntityMention,
  confidence: number,
  context: SourceCheckContext,
): Finding {
  const written = targetSlice(pair, mention.range);
  const other = context.kb.get(mention.entityId);
  // The translation's script for the name: a katakana name it chose to write in Latin stays in Latin.
  const latinByChoice = /^[\x20-\x7e]+$/.test(written) && other !== undefined && !/^[\x20-\x7e]+$/.test(other.ja);
  const fix = latinByChoice ? named.entity.en : named.entity.ja;
  const sourceName = alignment.sourceText.slice(named.range.start, named.range.end);
  return pairFinding(
    {
      code: NAME_MISMATCH,
      range: mention.range,
      message: t('The source names "{0}", not {1}: 「{2}」 should be 「{3}」', sourceName, other?.en ?? written, written, fix),
      confidence: confidence * Math.min(1, pair.confidence + 0.1),
      explanation: {
        problem: t('The translation names another {0} than the aligned source sentence.', kindLabel(named.entity)),
        reasons: [t('The source sentence (line {0}) names "{1}" and not "{2}".', alignment.sourceSpan(pair).line + 1, sourceName, other?.en ?? written)],
      },
      replacements: [fix],
      entityId: named.entity.id,
    },
    pair,
    alignment,
    named.range,
  );
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
