/** A dotted name judged as a whole, when its parts are each a little off. */
import type { AnalyzedDocument } from '../../analyzedDocument';
import { displayName, type DetectorContext } from '../../context';
import { flowRange } from '../../document';
import { makeFinding } from '../../finding';
import { knownKatakanaWords } from '../../nameIndex';
import { overlapsAny } from '../../ranges';
import { soundKey } from '../../soundKey';
import type { Finding } from '../../types';
import { HEARD_WHOLE_SIMILARITY, matchWholeName } from '../../wholeNameMatch';
import { t } from '../../l10n';
import { CODE } from './findingCode';
import type { Part } from './katakanaRuns';
import { isRealWord } from './wordKinds';
import { keepingVariants } from './replacements';
import { foldVariant, isTransliterationVariant, partTarget } from './transliteration';
import { wholeVariantFinding } from './anotherWriting';

/**
 * A finding for a dotted name whose parts sound a little off, when as a whole it sounds like a known name;
 * with whether a part is written right (then the parts are matched on their own first).
 */
export function wholeNameFinding(
  doc: AnalyzedDocument,
  run: readonly Part[],
  context: DetectorContext,
  covered: readonly Finding['range'][],
): { finding: Finding; partWrittenRight: boolean } | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const range = flowRange(doc.flow, first.start, last.end);
  const written = doc.flow.text.slice(first.start, last.end);
  if (overlapsAny(covered, range) || knownKatakanaWords(context.kb).has(written)) return undefined;
  const match = matchWholeName(
    run.map((part) => part.text),
    context.kb,
  );
  const entity = match && context.kb.get(match.name.entityId);
  if (!match || !entity) return undefined;
  // A part written right leaves the others to the part-by-part match first, which knows more (ハザービス of デミス・ハザービス);
  // it must be that part of the name, in its place.
  const rightParts = run.filter((part, i) => match.name.parts[i]?.text === part.text);
  if (run.some((part, i) => match.name.parts.some((p, j) => p.text === part.text && j !== i))) return undefined;
  // With a part written right, the same sounds in other letters are a spelling variant (マシーンズ), not a garble.
  if (rightParts.length > 0 && match.similarity === 1) return undefined;
  const affinity = context.affinity(entity.id);
  // A person matched by ear alone whom the story only relates to is garbled-related-name's to judge, with the relation as evidence.
  if (match.similarity === HEARD_WHOLE_SIMILARITY && entity.type === 'person' && affinity < 1) return undefined;
  // Every part the same sounds in other letters (アラヴィンド・スリニヴァス for アラビンド・スリニバス): another way of
  // writing the name, which a writer may keep throughout: information, as for a part (variantFinding).
  if (
    run.every(
      (part, i) =>
        isTransliterationVariant(part.text, foldVariant(part.text), partTarget(match.name.parts[i]?.text ?? '')) || part.text === match.name.parts[i]?.text,
    )
  ) {
    const variant = wholeVariantFinding(written, match.name, range, context);
    return variant ? { finding: variant, partWrittenRight: rightParts.length > 0 } : undefined;
  }
  // A part that differs from the known name, beyond a given name of the same sounds (デイビッド, エリク for エリック; a
  // surname so, ベッカー for ベイカー, is another name), and is itself a word of
  // the dictionary, a common name or a part of another known name (マイク, チャン, ホフマン) may be another
  // person's real name: at most information, saying so.
  const realNamePart = run.find((part, i) => {
    const known = match.name.parts[i]?.text ?? '';
    const givenNameVariant = i < run.length - 1 && soundKey(part.text) === soundKey(known);
    return known !== part.text && !givenNameVariant && isRealWord(doc, part.text, context);
  });
  // Close keys need the entity in the story, unless they differ only by the endings ears change (ケンダー), or a
  // long name is a sound or so off in parts that are no real names (ブレッド・アドコク): then information.
  const longAndClose = match.similarity >= 0.9 && !realNamePart && run.reduce((n, part) => n + part.romaji.length, 0) >= 10;
  if (match.similarity < 0.95 && affinity === 0 && !longAndClose) return undefined;
  // A real name in it and nothing of the entity in the story (デイビッド・ベッカー, not デビッド・ベイカー): another person.
  if (realNamePart && affinity === 0) return undefined;
  // Only the same sounds (1) or the same sounds but for the endings ears change (0.95) are loud: a name a sound
  // or a vowel away (マシュー・チェン, メリッサ・チャン) is as likely another person of the story's field.
  const nearOnly = match.similarity < 0.95;
  const scored = match.similarity === 1 ? 0.75 + 0.1 * affinity : affinity === 0 ? 0.55 : 0.6 + 0.15 * affinity;
  const confidence = realNamePart || nearOnly ? Math.min(scored, 0.6) : scored;
  const finding = makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', written, match.name.text, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        rightParts.length > 0
          ? t(
              '「{0}」 sounds like 「{1}」 as a whole, though its other parts are too far off to match alone: {2}% alike.',
              written,
              match.name.text,
              Math.round(match.similarity * 100),
            )
          : t(
              'Every part of 「{0}」 is a little off, but as a whole it sounds like 「{1}」: {2}% alike.',
              written,
              match.name.text,
              Math.round(match.similarity * 100),
            ),
        affinity > 0 ? t('{0} or an entity related to it is named in this document.', displayName(entity)) : '',
        nearOnly && !realNamePart ? t('The sounds are close but not the same, so this may be another person with a similar name.') : '',
        realNamePart ? t('「{0}」 is itself a name or word the dictionary knows, so this may be another person: check before fixing.', realNamePart.text) : '',
      ].filter((r) => r !== ''),
    },
    replacements: [keepingVariants(doc.flow.text, run, match.name)],
    entityId: entity.id,
  });
  return { finding, partWrittenRight: rightParts.length > 0 };
}
