/**
 * Katakana words that the dictionary does not know and that sound like a known name:
 * "ディープス" → ディープシーク, "サム・アルマン" → サム・アルトマン, "ウルトマン" → アルトマン.
 * A word the dictionary reads only as short loanwords run together (ユニ + トリー) is judged against the one-word
 * names the document itself writes (ユニツリー), at information.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { displayName, type DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { knownKatakanaWords, nameIndexOf, splitNameParts, type KatakanaName } from '../nameIndex';
import { keepBestNonOverlapping, overlapsAny } from '../ranges';
import { commonPrefixLength, editSimilarity, swappedSounds } from '../similarity';
import { isKatakana, isKatakanaCode, katakanaToRomaji, NAME_SEPARATORS, scriptOf } from '../text';
import { consonantSkeleton, soundKey } from '../soundKey';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { repeatedUnit } from './repeatedWord';
import { HEARD_WHOLE_SIMILARITY, matchWholeName } from '../wholeNameMatch';
import { t } from '../l10n';
import { heardNameFinding, isNoWord, nearestHeardName, soundOnlyHeardNameFinding } from './heardName';
import { heardSimilarity } from '../heardAlike';
import { namePlaceOf, ownerBeforeCue } from '../namePlace';
import { comparedWithEntity } from '../renderedSpelling';

const CODE = 'garbled-katakana-name';
/** Kana no Japanese word starts with. */
const NO_WORD_START = /^[ンーァィゥェォッャュョヮヵヶ]/;
const MIN_ROMAJI = 4;
/** Another spelling of a known name: information. */
const VARIANT_CONFIDENCE = 0.55;

interface Part {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly romaji: string;
}

interface Match {
  readonly name: KatakanaName;
  /** The part of the known name the garbled part corresponds to. */
  readonly target: string;
  readonly similarity: number;
  readonly truncated: boolean;
  /** The rest of a multi-part name matches exactly ("サム" in "サム・アルマン"). */
  readonly otherPartMatches: boolean;
  /** A given name run into the end of the surname ("サムマン"): a guess, never more than information. */
  readonly contracted?: boolean;
  /** Another transliteration of the same sounds (コーパイロット, サツケヴァー, アントロピック): information, never "garbled". */
  readonly variant?: boolean;
  /** The word is a known spelling of another person's name, one the story does not name (ケンダル of Liz Kendall): information at most. */
  readonly knownElsewhere?: string;
  /** A given name and surname run together into one word (ホクタム for ホック・タン): the whole name is the fix. */
  readonly runTogether?: boolean;
}

export const garbledKatakanaName: Detector = {
  code: CODE,
  description: 'Katakana words the dictionary does not know that sound like a known name (ディープス → ディープシーク).',
  detect(doc, context) {
    const findings: Finding[] = [];
    const covered = context.mentions.map((m) => m.range);
    for (const run of katakanaRuns(doc.flow.text)) {
      const spaced = run.length === 1 ? spacedName(doc, run[0] as Part, context) : undefined;
      if (spaced) {
        findings.push(spaced);
        continue;
      }
      // A known given name with a known surname of the same person, in a combination not listed (アルチュール・メンシュ), is that person.
      if (run.length > 1 && namesOnePerson(run, context)) continue;
      // Every part heard a little wrong (リーサ・スウー): the whole name's sounds are those of a known name.
      const whole = run.length > 1 ? wholeNameFinding(doc, run, context, covered) : undefined;
      if (whole && !whole.partWrittenRight) {
        findings.push(whole.finding);
        continue;
      }
      const before = findings.length;
      const matched: { part: Part; match: Match }[] = [];
      for (const part of run) {
        const range = flowRange(doc.flow, part.start, part.end);
        // A known spelling of a name (or of a part of one) is never a garble of another spelling: that
        // would offer ハサビス → ハッサビス and then ハッサビス → ハサビス.
        if (overlapsAny(covered, range)) continue;
        if (knownKatakanaWords(context.kb).has(part.text)) {
          // A surname alone before a title (ケンダルさん) that is a known spelling only of people the story does not
          // name may be a person it does name, written another way (ケンドール): information at most.
          const other = run.length === 1 && titled(doc.flow.text, part.end, context) ? namedPersonWrittenOtherwise(part, context) : undefined;
          const finding = other && judge(part, other, range, context);
          if (finding) findings.push(finding);
          continue;
        }
        // A part that no word can start with (ンタープライズ after a dot put one kana early) is a name split in
        // the wrong place: the whole name decides, since fixing the part alone leaves the stray kana behind.
        if (NO_WORD_START.test(part.text)) continue;
        // A stuttered garble (ディープスディープス) is judged by its word and fixed whole, in one step.
        const word = stutteredWord(doc.flow.text, part);
        if (word.romaji.length < MIN_ROMAJI) continue;
        // Before a title (フェルトマン氏) a word stands where a name stands: read as one name, not a compound of words (フェルト+マン).
        const namePlace = run.length > 1 || titled(doc.flow.text, word.end, context);
        const ordinary = isOrdinaryWord(doc, word.text, context, namePlace);
        const found = ordinary ? contraction(word, context) : bestMatch(word, run, context);
        if (!found && ordinary && !namePlace) {
          const written = writtenNameBeside(doc, word, run, context);
          if (written) {
            findings.push(written);
            continue;
          }
        }
        const match = found && !namePlace && ordinaryLoanwordBeside(word.text, found.target) ? undefined : found;
        const finding = match && judge(word, match, range, context);
        if (finding) {
          findings.push(finding);
          if (match) matched.push({ part, match });
        }
      }
      // One part matched and the other heard wrong too (アシャク・エレスワニー): the whole name is the fix.
      const partFinding = findings.length === before + 1 ? findings[before] : undefined;
      const both =
        run.length === 2 && matched.length === 1 && partFinding ? bothPartsGarbled(doc, run, matched[0], partFinding.confidence, context) : undefined;
      if (both) findings[findings.length - 1] = both;
      // A part written right (イ of イ・ジャエヨング) and the others too far off to match alone: the whole name decides.
      if (whole && findings.length === before) findings.push(whole.finding);
      // Nothing of the story vouches for a name, but the word is no word, stands as a name and sounds like one known name only.
      if (findings.length === before) {
        const heard = heardFallback(doc, run, context, covered);
        if (heard) findings.push(heard);
      }
    }
    const judged = findings
      // A word the line before runs into (ポール・グ⏎レアム) is a piece of one cut by the line break: not a word to judge alone.
      .filter((finding) => !continuesLineBefore(doc.text, finding.range.start))
      .flatMap((finding) => judgedByTheEnglish(doc, finding, context));
    return keepBestNonOverlapping(judged, (f) => f.confidence);
  },
};

/**
 * Whether a word starts a line whose line before ends in katakana: the word continues one cut mid-word (グ⏎レアム). After a
 * name's separator (サム・⏎アルマン) the line starts a part of its own, judged as any.
 */
function continuesLineBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const m = /([\s\S])\r?\n$/.exec(before);
  return m !== null && isKatakana(m[1] ?? '');
}

/**
 * A "garble" that writes the entity's English name at least as well as the spelling it would be fixed to is
 * another transliteration (アラヴィンド for Aravind beside アラビンド): information that one spelling reads better.
 * Never less than that: the known spelling may be the established one even where it writes the English worse (ネビウス).
 */
function judgedByTheEnglish(doc: AnalyzedDocument, finding: Finding, context: DetectorContext): Finding[] {
  const entity = finding.entityId === undefined ? undefined : context.kb.get(finding.entityId);
  const known = finding.fixes[0]?.edits[0]?.newText;
  if (!entity || known === undefined || finding.confidence <= VARIANT_CONFIDENCE) return [finding];
  const written = doc.text.slice(finding.range.start, finding.range.end);
  if (comparedWithEntity(written, known, entity) === undefined) return [finding];
  return [
    anotherWritingFinding(written, known, entity, finding.range, [
      t('「{0}」 writes the English name {1} as well as 「{2}」 does.', written, entity.en, known),
    ]),
  ];
}

/**
 * A finding for a dotted name whose parts sound a little off, when as a whole it sounds like a known name;
 * with whether a part is written right (then the parts are matched on their own first).
 */
function wholeNameFinding(
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

/** How alike a given name must sound to the known one to be kept as written: the same name in other letters only. */
const KEPT_GIVEN_NAME = 0.95;

/** How alike by ear a word with no name's place must sound to a name the document writes elsewhere. */
const NAMED_ALIKE = 0.9;

/** How alike each part of a dotted name must sound to its part of the known name, when both have as many parts. */
const PART_ALIKE = 0.8;

/** A part sounds like its part of the known name, or is its beginning with the end lost (ラガ of ラガヴァン). */
function partHeardAs(written: string, known: string): boolean {
  return heardSimilarity(written, known) >= PART_ALIKE || (written.length >= 2 && soundKey(known).startsWith(soundKey(written)));
}

/** Sounds a moved dot may be off by: more is another name. */
const MAX_DOT_SHIFT = 2;

/**
 * A name of two parts written with its dot moved (リチャサ・トン for リチャード・サットン): the letters run together,
 * split again within MAX_DOT_SHIFT kana of where the dot was written, make two parts each heard as its part.
 */
function heardWithDotMoved(word: string, knownParts: readonly string[], written: string): boolean {
  const [given, surname] = knownParts;
  if (knownParts.length !== 2 || !given || !surname) return false;
  const dot = written.search(/[・･]/);
  for (let at = Math.max(2, dot - MAX_DOT_SHIFT); at <= Math.min(word.length - 2, dot + MAX_DOT_SHIFT); at++) {
    if (at === dot) continue;
    if (partHeardAs(word.slice(0, at), given) && partHeardAs(word.slice(at), surname)) return true;
  }
  return false;
}

/** heardName.ts's judgement of a run nothing else matched: a single word, or a dotted name as a whole. */
function heardFallback(doc: AnalyzedDocument, run: readonly Part[], context: DetectorContext, covered: readonly Finding['range'][]): Finding | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const range = flowRange(doc.flow, first.start, last.end);
  if (overlapsAny(covered, range)) return undefined;
  const written = doc.flow.text.slice(first.start, last.end);
  const word = run.map((part) => part.text).join('');
  if (run.some((part) => NO_WORD_START.test(part.text))) return undefined;
  // A dotted run is a name by its shape; every part of it a word (マーシャル・プラン) is a compound instead.
  if (run.length > 1 ? run.every((part) => !isNoWord(doc, part.text, context)) : !isNoWord(doc, word, context)) return undefined;
  // A capitalised word or a katakana word the knowledge base writes: a name's owner before の.
  const isWrittenName = (neighbour: string): boolean => /^[A-Z]/.test(neighbour) || knownKatakanaWords(context.kb).has(neighbour);
  // Beside a list separator, also a word no dictionary knows.
  const isKnownName = (neighbour: string): boolean => isWrittenName(neighbour) || isNoWord(doc, neighbour, context);
  const place =
    run.length > 1
      ? { cue: written, organisation: false }
      : (namePlaceOf({ text: doc.flow.text, start: first.start, end: last.end, titles: context.rules.nameTitles, isKnownName }) ??
        ownerPlace(doc.flow.text, first.start, isWrittenName));
  const match = nearestHeardName(word, false, context.kb);
  // The same sounds written another way (バーンス for バンス) are a transliteration, which garbled-katakana-name judges above.
  if (!match || soundKey(match.target.replace(/[・･]/g, '')) === soundKey(word)) return undefined;
  // The whole known name and a word more (クロードアイ: Claude AI) is a name of its own.
  if (extendsName(word, match.target.replace(/[・･]/g, ''))) return undefined;
  const entity = context.kb.get(match.name.entityId);
  if (!entity || spelledLetterFirst(word, match.target, context) || context.rules.commonNameParts.has(word)) return undefined;
  // Without a name's place, the entity written right elsewhere in the document vouches for the name (アムコア beside アムコー).
  const named = context.mentionCount.has(entity.id) && match.similarity >= NAMED_ALIKE;
  // Out of a name's place only the sound speaks: a hint for an organisation or a product (people share sounds), which what the document says of it may raise.
  if (place === undefined && !named)
    return run.length === 1 && entity.type !== 'person'
      ? soundOnlyHeardNameFinding(written, range, { ...match, target: preferredSpelling(match.target, entity, context) }, context)
      : undefined;
  const cue = place?.cue ?? t('{0} is written elsewhere in this document', displayName(entity));
  // An organisation's place holds no person; one word heard as a person's whole name needs a title after it (ホクタムCEO).
  if (
    entity.type === 'person' &&
    (place === undefined || place.organisation || (run.length === 1 && match.name.parts.length > 1 && !titled(doc.flow.text, last.end, context)))
  )
    return undefined;
  const preferred = preferredSpelling(match.target, entity, context);
  if (run.length === 1) return heardNameFinding(written, range, cue, { ...match, target: preferred }, context);
  // A dotted run is a person's whole name; one the story relates to is garbled-related-name's to judge, with the relation as evidence.
  if (entity.type !== 'person')
    return splitNameParts(preferred).length === run.length ? heardNameFinding(written, range, cue, { ...match, target: preferred }, context) : undefined;
  // (garbled-related-name also judges a person the story relates to, with the relation as evidence.)
  const knownParts = splitNameParts(preferred);
  // A person's name of another shape (アル・オラ against アローラ) is another name.
  if (knownParts.length !== run.length) return undefined;
  // Each part must sound like its part of the person's name: two other people share a given name or a surname (ブレント・ティル is not ブレット・テイラー).
  // Or, for a name of two parts, the dot set a sound or two off (リチャサ・トン for リチャード・サットン): split where the
  // known name splits, each part sounds like its own.
  if (run.some((part, i) => !partHeardAs(part.text, knownParts[i] ?? '')) && !heardWithDotMoved(word, knownParts, written)) return undefined;
  // A part that is itself a common name (トーマス・クライン beside トーマス・クリアン) is another person's real name.
  if (run.some((part, i) => part.text !== knownParts[i] && context.rules.commonNameParts.has(part.text))) return undefined;
  // Every part the same name in other letters (デイヴィッド・ベイカー) is another way of writing, judged above, not a mishearing.
  if (run.every((part, i) => heardSimilarity(part.text, knownParts[i] ?? '') >= 0.9)) return undefined;
  const second = run[1];
  // The given name heard right, or written another way (ウルスラ for ウルズラ), stays: only the rest is fixed.
  if (second && knownParts.length > 1 && heardSimilarity(first.text, knownParts[0] ?? '') >= KEPT_GIVEN_NAME) {
    const rest = flowRange(doc.flow, second.start, last.end);
    if (doc.flow.text.slice(second.start, last.end) === knownParts.slice(1).join('・')) return undefined;
    return heardNameFinding(doc.flow.text.slice(second.start, last.end), rest, cue, { ...match, target: knownParts.slice(1).join('・') }, context);
  }
  return heardNameFinding(written, range, cue, { ...match, target: preferred }, context);
}

/** After a place or a known name and の (ベルギーの…, エヌビディアの…): a name's place, but not an organisation's alone. */
function ownerPlace(text: string, start: number, isKnownName: (word: string) => boolean): { cue: string; organisation: boolean } | undefined {
  const cue = ownerBeforeCue({ text, start, isKnownName });
  return cue === undefined ? undefined : { cue, organisation: false };
}

/** A word that starts with a consonant letter's name (エヌスケール: N + scale) is a brand of its own unless the name starts so too. */
function spelledLetterFirst(word: string, target: string, context: DetectorContext): boolean {
  for (const [letter, names] of context.rules.letterNames) {
    if ('AEIOU'.includes(letter)) continue;
    if (names.some((name) => name.length >= 2 && word.startsWith(name) && !target.startsWith(name))) return true;
  }
  return false;
}

/** The spelling the document uses for the entity, else the knowledge base's own when it writes the same name (not an alias's). */
function preferredSpelling(target: string, entity: Entity, context: DetectorContext): string {
  const parts = splitNameParts(target).length;
  const used = context.mostUsedSpelling(entity.id, (surface) => scriptOf(surface) === 'katakana' && splitNameParts(surface).length === parts);
  if (used) return used;
  return scriptOf(entity.ja) === 'katakana' && splitNameParts(entity.ja).length === parts ? entity.ja : target;
}

/**
 * A two-part name whose one part matched a person's and whose other part is that person's other part heard
 * wrong too (same onset, half the sounds; not merely written another way): the finding of the whole run, with
 * the person's full name as the document writes it (else as the knowledge base does) as the fix.
 */
function bothPartsGarbled(
  doc: AnalyzedDocument,
  run: readonly Part[],
  found: { part: Part; match: Match } | undefined,
  confidence: number,
  context: DetectorContext,
): Finding | undefined {
  if (!found || found.match.variant || found.match.knownElsewhere !== undefined || found.match.runTogether) return undefined;
  const entity = context.kb.get(found.match.name.entityId);
  if (!entity || entity.type !== 'person' || context.affinity(entity.id) === 0) return undefined;
  const dotted = (surface: string): boolean => scriptOf(surface) === 'katakana' && splitNameParts(surface).length === 2;
  const full = context.mostUsedSpelling(entity.id, dotted) ?? (dotted(entity.ja) ? entity.ja : undefined);
  if (!full) return undefined;
  const index = run.indexOf(found.part);
  const other = run[1 - index];
  const otherKnown = splitNameParts(full)[1 - index];
  if (!other || !otherKnown || other.text === otherKnown || knownKatakanaWords(context.kb).has(other.text)) return undefined;
  const written = soundKey(other.text);
  const known = soundKey(otherKnown);
  if (written === known || !sameOnset(written, known) || editSimilarity(written, known) < 0.5 || isRealWord(doc, other.text, context)) return undefined;
  const first = run[0];
  const last = run[1];
  if (!first || !last) return undefined;
  const text = doc.flow.text.slice(first.start, last.end);
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, first.start, last.end),
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', text, full, entity.en),
    confidence,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t(
          '「{0}」 sounds like 「{1}」 ({2}), and 「{3}」 like 「{4}」 heard wrong too.',
          found.part.text,
          found.match.target,
          entity.en,
          other.text,
          otherKnown,
        ),
        context.mentionCount.has(entity.id)
          ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
          : t('Entities related to {0} are named in this document.', displayName(entity)),
      ],
    },
    replacements: [full],
    entityId: entity.id,
  });
}

/** A word kuromoji's dictionary knows as one word (マイク, ホフマン), a common name (common-name-parts.yaml) or a part of a known name: a real name. */
function isRealWord(doc: AnalyzedDocument, text: string, context: DetectorContext): boolean {
  if (knownKatakanaWords(context.kb).has(text) || context.rules.commonNameParts.has(text)) return true;
  const tokens = doc.tokenize(text);
  return tokens.length === 1 && tokens[0]?.known === true;
}

/** The known name, keeping each part written with the same sounds in other letters (デイビッド of デビッド・ベイカー). */
function keepingVariants(text: string, run: readonly Part[], name: KatakanaName): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || name.parts.length !== run.length) return name.text;
  let result = '';
  let at = first.start;
  run.forEach((part, i) => {
    const known = name.parts[i]?.text ?? part.text;
    result += text.slice(at, part.start) + (sameSoundsWritten(part.text, known) ? part.text : known);
    at = part.end;
  });
  // Every part the same sounds (a whole name written by ear): the known spelling is the fix.
  return result === text.slice(first.start, last.end) ? name.text : result;
}

/** The same sounds in other letters (デイビッド, デビッド), with no doubled consonant or long vowel lost (アドコク is アドコック misheard). */
function sameSoundsWritten(written: string, known: string): boolean {
  const count = (text: string, mark: string): number => [...text].filter((ch) => ch === mark).length;
  // A part that starts with a long-vowel mark or a small kana (ーアビール) is not a way of writing anything.
  if (/^[ーァィゥェォッャュョヮ]/.test(written)) return false;
  return soundKey(written) === soundKey(known) && count(written, 'ッ') >= count(known, 'ッ') && count(written, 'ー') >= count(known, 'ー');
}

/** A title or honorific (氏, さん, CEO; name-titles.yaml) right after a word: the word stands where a name stands. */
function titled(text: string, end: number, context: DetectorContext): boolean {
  return context.rules.nameTitles.some((title) => text.startsWith(title, end));
}

/** Runs of katakana, split into name parts at the middle dot: "サム・アルマン" → [サム, アルマン]. */
function* katakanaRuns(text: string): Generator<Part[]> {
  let i = 0;
  while (i < text.length) {
    if (!isKatakanaCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const parts: Part[] = [];
    let start = i;
    while (i <= text.length) {
      if (isKatakanaCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const ch = text[i] ?? '';
      if (i > start) parts.push(makePart(text, start, i));
      if (NAME_SEPARATORS.has(ch) && isKatakana(text[i + 1] ?? '')) {
        i++;
        start = i;
        continue;
      }
      break;
    }
    yield parts;
  }
}

/** The word a part repeats (ディープス in ディープスディープス), or the part itself. */
function stutteredWord(text: string, part: Part): Part {
  const stutter = repeatedUnit(part.text);
  if (!stutter || stutter.separator !== '' || stutter.word.length * stutter.copies !== part.text.length) return part;
  return makePart(text, part.start, part.start + stutter.word.length);
}

function makePart(text: string, start: number, end: number): Part {
  const partText = text.slice(start, end);
  return { start, end, text: partText, romaji: katakanaToRomaji(partText) };
}

/**
 * Words kuromoji or our list of newer loanwords knows, and compounds of them (オープンソース), are ordinary
 * Japanese. In a dotted name ("マーク・アンドロン") a part is a name, not a compound: only one word counts.
 */
function isOrdinaryWord(doc: AnalyzedDocument, text: string, context: DetectorContext, partOfName: boolean): boolean {
  if (context.rules.ordinaryKatakana.has(text)) return true;
  const tokens = doc.tokenize(text);
  if (partOfName) return tokens.length === 1 && tokens[0]?.known === true;
  return tokens.every((token) => token.known && token.surface.length >= 2);
}

/** How alike by sound and by consonants a run of short loanwords must be to a name the document writes. */
const COMPOUND_ALIKE = 0.75;

/**
 * A word the dictionary reads only as short loanwords run together (ユニ + トリー, ワイ + プロ), no word of its own,
 * that sounds like a one-word katakana name the document itself writes for a known entity (ユニツリー, ウィプロ):
 * the same name, a sound off. Information: the reading as words is still possible.
 */
function writtenNameBeside(doc: AnalyzedDocument, part: Part, run: readonly Part[], context: DetectorContext): Finding | undefined {
  if (context.rules.ordinaryKatakana.has(part.text) || doc.tokenize(part.text).length < 2 || part.text.replace(/ー/g, '').length < 4) return undefined;
  const match = bestMatch(part, run, context);
  const entity = match && context.kb.get(match.name.entityId);
  if (!match || !entity || match.truncated || match.runTogether || match.name.parts.length > 1) return undefined;
  // The document writes the name itself, as the knowledge base spells it.
  if (!context.spellingsOf(entity.id).has(match.target)) return undefined;
  const key = soundKey(part.text);
  const theirs = soundKey(match.target);
  if (!sameOnset(key, theirs)) return undefined;
  if (editSimilarity(key, theirs) < COMPOUND_ALIKE || editSimilarity(consonantSkeleton(key), consonantSkeleton(theirs)) < COMPOUND_ALIKE) return undefined;
  return makeFinding({
    code: CODE,
    range: flowRange(doc.flow, part.start, part.end),
    message: t('「{0}」 may be 「{1}」 ({2}), which this document writes, a sound off', part.text, match.target, entity.en),
    confidence: 0.55,
    explanation: {
      problem: t('Probably a mis-recognised name: {0}.', displayName(entity)),
      reasons: [
        t('「{0}」 is no word of the dictionary, only short words run together, and sounds like 「{1}」.', part.text, match.target),
        t('{0} is written 「{1}」 elsewhere in this document.', displayName(entity), match.target),
      ],
    },
    replacements: [match.target],
    entityId: entity.id,
  });
}

/** English derivational endings as Japanese writes them (-lity, -vity, -city, -nity, -tion, -ment, -ness, -logy, -ism). */
const DERIVED_LOANWORD_END = /(?:[リビシニ]ティー?|ション|メント|ネス|ロジー|イズム)$/;

/**
 * A word that is no name but a loanword the dictionary is too old to know: it ends as English nouns are
 * rendered (モビリティ, mobility) where the name it sounds like does not end so, or it is the name's word
 * with the final ー dropped or added (ファウンドリ, ファウンドリー), the two styles of writing one loanword.
 */
function ordinaryLoanwordBeside(word: string, name: string): boolean {
  const ending = DERIVED_LOANWORD_END.exec(word)?.[0];
  if (ending !== undefined && !name.endsWith(ending)) return true;
  return word.replace(/ー$/, '') === name.replace(/ー$/, '');
}

function bestMatch(part: Part, run: readonly Part[], context: DetectorContext): Match | undefined {
  let best: Match | undefined;
  let bestScore = 0;
  // The story's affinity read for each name close enough, in the name index's order.
  for (const match of closeNames(part, run, context.kb)) {
    const score = match.similarity + 0.3 * context.affinity(match.name.entityId) + (match.otherPartMatches ? 0.2 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = match;
    }
  }
  return best;
}

const closeNameCache = new WeakMap<KnowledgeBase, Map<string, readonly Match[]>>();
const CLOSE_NAME_CACHE_SIZE = 20_000;

/**
 * The names a part sounds close enough to, in the name index's order, whatever the story: found once per
 * spelling of the part and of its run (a document writes its names many times).
 */
function closeNames(part: Part, run: readonly Part[], kb: KnowledgeBase): readonly Match[] {
  let cache = closeNameCache.get(kb);
  if (!cache) closeNameCache.set(kb, (cache = new Map()));
  const key = `${part.text}\u0001${run.indexOf(part)}\u0001${run.map((r) => r.text).join('\u0002')}`;
  let found = cache.get(key);
  if (!found) {
    found = listCloseNames(part, run, kb);
    if (cache.size >= CLOSE_NAME_CACHE_SIZE) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/**
 * A spelling a word is compared with (a katakana name, or its surname), with its folded forms worked out
 * once, when first read: most names are ruled out by their length before they are read, and working them
 * out for every name of the knowledge base was ~4% of a cold start's CPU.
 */
class Target {
  private foldedForm: string | undefined;
  private foldedSoundKey: string | undefined;
  private letterCounts: LetterCounts | undefined;

  constructor(
    readonly text: string,
    readonly romaji: string,
  ) {}

  /** foldVariant(text), and its soundKey: the forms two transliterations of one name share. */
  get folded(): string {
    return (this.foldedForm ??= foldVariant(this.text));
  }

  get foldedKey(): string {
    return (this.foldedSoundKey ??= soundKey(this.folded));
  }

  /** Its romaji's letters and how many of each (see letterCounts). */
  get letters(): LetterCounts {
    return (this.letterCounts ??= letterCounts(this.romaji));
  }
}

/** What listCloseNames asks of a katakana name, worked out once per knowledge base rather than per word and name. */
interface NameFacts {
  readonly name: KatakanaName;
  readonly person: boolean;
  readonly whole: Target;
  /** The surname matched on its own (see listCloseNames), if any. */
  readonly surname: Target | undefined;
  /** For a person of two parts, the whole name's sounds run together (see runTogetherMatch). */
  readonly runTogether: RunTogether | undefined;
}

/** A two-part name's sounds run together: its sound key, the given name's key length, the key's consonants. */
interface RunTogether {
  readonly key: string;
  readonly givenLength: number;
  readonly skeleton: string;
}

const nameFactsCache = new WeakMap<readonly KatakanaName[], readonly NameFacts[]>();

/** Works out the names' facts now, the lazy ones too: the build does, to keep the romaji they read (derivedData.ts). */
export function workOutNameFacts(kb: KnowledgeBase): void {
  for (const { whole, surname } of nameFactsOf(kb)) for (const target of surname ? [whole, surname] : [whole]) void target.foldedKey;
}

function nameFactsOf(kb: KnowledgeBase): readonly NameFacts[] {
  const names = nameIndexOf(kb).katakana;
  let facts = nameFactsCache.get(names);
  if (!facts) {
    const target = (spelling: { readonly text: string; readonly romaji: string }): Target => new Target(spelling.text, spelling.romaji);
    facts = names.map((name) => {
      // Surnames are matched on their own; given names are not, since nicknames (デイブ for デイビッド) are not errors.
      // A Korean or Chinese name ends with the given name (パク・ソンヒョン): its last part is no surname, and
      // given names of two sounds are shared by many (ヨンヒョン of another person is no garble of ソンヒョン).
      const surname = name.parts.length > 1 && !familyNameFirst(kb, name.entityId) ? name.parts[name.parts.length - 1] : undefined;
      const person = isPerson(kb, name.entityId);
      return { name, person, whole: target(name), surname: surname && target(surname), runTogether: person ? runTogetherOf(name) : undefined };
    });
    nameFactsCache.set(names, facts);
  }
  return facts;
}

function listCloseNames(part: Part, run: readonly Part[], kb: KnowledgeBase): Match[] {
  const found: Match[] = [];
  const partFolded = foldVariant(part.text);
  const partLetters = letterCounts(part.romaji);
  let partFoldedKey: string | undefined;
  const consider = (name: KatakanaName, person: boolean, target: Target): void => {
    if (target.romaji.length < MIN_ROMAJI || target.text === part.text || !comparableLengthCounts(part.romaji.length, target.romaji.length)) return;
    // The whole known name and a word more (クロードアイ: Claude AI) is a name of its own, not a garble of it.
    if (extendsName(part.text, target.text)) return;
    // A part that is a whole part of the name (ジェンセン of ジェンセン・フアン) is that name's given name, not its truncation.
    const truncated = isTruncation(part.romaji, target.romaji) && !name.parts.some((p) => p.romaji === part.romaji);
    // A person's name written with a long vowel or a doubled consonant more or less (メロトラ, ヴィルックネン) is
    // another transliteration: ears and style books disagree on exactly these in foreign names (the same sounds
    // but for long vowels, doubled consonants and the spellings of v, th, f and w: soundKey.ts, VARIANT_FOLDS).
    const variant =
      isTransliterationVariant(part.text, partFolded, target) ||
      (person && part.text !== target.text && (partFoldedKey ??= soundKey(partFolded)) === target.foldedKey);
    // Equal but for long-vowel marks (ディープシク): the same word with a sound dropped, nearly certain.
    const longVowelSlip = target.romaji === part.romaji ? 0.9 : 0;
    // Only the edit similarity left to pass the lower bar below: not when the letters alone keep it under.
    const underBar = !variant && !truncated && !longVowelSlip && similarityAtMost(partLetters, target.letters, part.romaji, target.romaji) < 0.65;
    // Two sounds swapped (マクス for マスク, ドケム for ドムケ): one slip, though the letters differ in several places
    // (the same sounds in another order, so the same length: checked first, since most pairs differ in length).
    const swapped = part.text.length === target.text.length && swappedSounds(part.text, target.text) ? SWAPPED_ALIKE : 0;
    if (underBar && !swapped) return;
    const similarity = variant
      ? 0.9
      : Math.max(editSimilarity(part.romaji, target.romaji) * (longVowelSlip ? 0 : 1), truncated ? 0.76 : 0, longVowelSlip, swapped);
    const otherPartMatches = run.length > 1 && name.parts.some((p) => p.text !== target.text && run.some((r) => r !== part && r.romaji === p.romaji));
    // With the given name right ("マーク・アンドロン"), a looser surname still points to the person.
    if (similarity < (otherPartMatches ? 0.65 : 0.72)) return;
    // Below the usual bar only the given name vouches for the surname: it must at least keep its onset, which
    // recognisers keep (クライン is another surname beside ブラウン, not it misheard).
    if (similarity < 0.72 && !sameOnset(part.romaji, target.romaji)) return;
    found.push({ name, target: target.text, similarity, truncated, otherPartMatches, variant });
  };
  const allFacts = nameFactsOf(kb);
  const candidates = lengthCandidates(allFacts);
  const byRomaji = candidates.byRomajiLength(part.romaji.length);
  // Only a single word is compared with names run together (below): by the length of its sound key.
  const written = run.length === 1 ? soundKey(part.text) : undefined;
  const byKey = written === undefined ? NO_INDICES : candidates.byKeyLength(written.length);
  // The names whose lengths leave room for a match, in the name index's order (the others return at once below).
  for (let a = 0, b = 0; a < byRomaji.length || b < byKey.length;) {
    const fromRomaji = byRomaji[a] ?? Infinity;
    const fromKey = byKey[b] ?? Infinity;
    const index = Math.min(fromRomaji, fromKey);
    if (fromRomaji === index) a++;
    if (fromKey === index) b++;
    const facts = allFacts[index] as NameFacts;
    const { name, person, whole, surname } = facts;
    // A part of a dotted run is matched with a part of a name, not with a whole dotted name: replacing
    // "フォンデア" in "ウルズラ・フォンデア・ライエン" by the whole name would write the rest twice.
    if (name.parts.length <= 1 || run.length <= 1) consider(name, person, whole);
    if (surname) consider(name, person, surname);
    // A person's given name and surname heard as one word (ホクタム, ニッカリス): compared with the whole name's
    // sounds, the fix is the whole dotted name.
    if (written !== undefined && name.parts.length === 2 && person) {
      const runTogether = runTogetherMatch(written, name, facts.runTogether);
      if (runTogether) found.push(runTogether);
    }
  }
  return found;
}

const NO_INDICES = new Int32Array(0);

/**
 * The names (indices in nameFactsOf) a word's lengths leave room to match, by the length of its romaji (its
 * whole name or surname; see consider) and of its sound key (the name run together; see runTogetherMatch),
 * each list listed once per length: a word is compared with every name, and most are ruled out by length.
 */
interface LengthCandidates {
  byRomajiLength(length: number): Int32Array;
  byKeyLength(length: number): Int32Array;
}

const lengthCandidatesCache = new WeakMap<readonly NameFacts[], LengthCandidates>();

function lengthCandidates(allFacts: readonly NameFacts[]): LengthCandidates {
  let found = lengthCandidatesCache.get(allFacts);
  if (!found) {
    // A loop, not flatMap: a list per length is made at first use over every name, an array per name was garbage.
    const listed = (test: (facts: NameFacts) => boolean): Int32Array => {
      const indexes: number[] = [];
      allFacts.forEach((facts, i) => {
        if (test(facts)) indexes.push(i);
      });
      return Int32Array.from(indexes);
    };
    const fits = (length: number, target: Target | undefined): boolean =>
      target !== undefined && target.romaji.length >= MIN_ROMAJI && comparableLengthCounts(length, target.romaji.length);
    const byRomaji = new Map<number, Int32Array>();
    const byKey = new Map<number, Int32Array>();
    found = {
      byRomajiLength(length) {
        let list = byRomaji.get(length);
        if (!list) byRomaji.set(length, (list = listed((facts) => fits(length, facts.whole) || fits(length, facts.surname))));
        return list;
      },
      byKeyLength(length) {
        let list = byKey.get(length);
        if (!list) byKey.set(length, (list = listed(({ runTogether: r }) => r !== undefined && runTogetherLengths(length, r))));
        return list;
      },
    };
    lengthCandidatesCache.set(allFacts, found);
  }
  return found;
}

/** Sounds alike enough, run together, to be the whole name: the given name's onset kept, most sounds and consonants shared. */
const RUN_TOGETHER_ALIKE = 0.7;

/** What runTogetherMatch compares a word with, worked out once per name. */
function runTogetherOf(name: KatakanaName): RunTogether | undefined {
  const [given, family] = name.parts;
  if (name.parts.length !== 2 || !given || !family || given.romaji.length < 2 || family.romaji.length < 2) return undefined;
  const key = soundKey(given.text + family.text);
  return { key, givenLength: soundKey(given.text).length, skeleton: consonantSkeleton(key) };
}

/** `written`: the word's sound key. */
function runTogetherMatch(written: string, name: KatakanaName, whole: RunTogether | undefined): Match | undefined {
  if (!whole) return undefined;
  // The word must reach into the surname: the given name alone, or with a sound more, is another word.
  if (!runTogetherLengths(written.length, whole) || !sameOnset(written, whole.key)) return undefined;
  const similarity = editSimilarity(written, whole.key);
  const consonants = editSimilarity(consonantSkeleton(written), whole.skeleton);
  if (similarity < RUN_TOGETHER_ALIKE || consonants < RUN_TOGETHER_ALIKE) return undefined;
  return { name, target: name.text, similarity: Math.min(similarity, 0.85), truncated: false, otherPartMatches: false, runTogether: true };
}

/** The letters of a romaji spelling (the first 128 character codes) and how many of each. */
interface LetterCounts {
  readonly codes: readonly number[];
  readonly counts: Int32Array;
}

function letterCounts(romaji: string): LetterCounts {
  const counts = new Int32Array(128);
  const codes: number[] = [];
  for (let i = 0; i < romaji.length; i++) {
    const code = romaji.charCodeAt(i);
    if (code >= 128) continue;
    if (counts[code] === 0) codes.push(code);
    counts[code] = (counts[code] as number) + 1;
  }
  return { codes, counts };
}

/**
 * editSimilarity(a, b) or more: an edit changes, adds or drops one letter, so the letters one has more of
 * than the other (on the side with more of them) take at least as many edits. Cheaper than the distance.
 */
function similarityAtMost(a: LetterCounts, b: LetterCounts, aText: string, bText: string): number {
  let moreInA = 0;
  let moreInB = 0;
  for (const code of a.codes) moreInA += Math.max(0, (a.counts[code] as number) - (b.counts[code] as number));
  for (const code of b.codes) moreInB += Math.max(0, (b.counts[code] as number) - (a.counts[code] as number));
  const longest = Math.max(aText.length, bText.length);
  return longest === 0 ? 1 : 1 - Math.max(moreInA, moreInB) / longest;
}

/**
 * A known spelling of someone else's name (ケンダル of リズ・ケンダル) used alone for a person the story names
 * with another spelling (アレックス・ケンドール): the closest part of a named person's name, when no person
 * the word belongs to is in the story at all.
 */
function namedPersonWrittenOtherwise(part: Part, context: DetectorContext): Match | undefined {
  const owners = namePartOwners(context.kb).get(part.text) ?? [];
  if (owners.some((id) => context.affinity(id) > 0)) return undefined;
  let best: Match | undefined;
  for (const match of closeNames(part, [part], context.kb)) {
    if (match.runTogether || match.truncated || context.affinity(match.name.entityId) < 1 || !isPerson(context.kb, match.name.entityId)) continue;
    if (!sameOnset(part.romaji, katakanaToRomaji(match.target))) continue;
    if (!best || match.similarity > best.similarity) best = match;
  }
  const owner = owners[0] && context.kb.get(owners[0]);
  return best && owner ? { ...best, knownElsewhere: owner.ja } : undefined;
}

const ownerCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/** The entities each katakana name and name part belongs to. */
function namePartOwners(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  let owners = ownerCache.get(kb);
  if (!owners) {
    const found = new Map<string, string[]>();
    for (const name of nameIndexOf(kb).katakana) {
      for (const text of new Set([name.text, ...name.parts.map((p) => p.text)])) {
        const list = found.get(text);
        if (!list) found.set(text, [name.entityId]);
        else if (!list.includes(name.entityId)) list.push(name.entityId);
      }
    }
    ownerCache.set(kb, (owners = found));
  }
  return owners;
}

function isPerson(kb: KnowledgeBase, entityId: string): boolean {
  return kb.get(entityId)?.type === 'person';
}

/** Countries whose names are written family name first, in katakana too (パク・ソンヒョン, ヤン・ジーリン). */
const FAMILY_NAME_FIRST = new Set(['KR', 'KP', 'CN', 'TW', 'HK', 'MO', 'VN']);

function familyNameFirst(kb: KnowledgeBase, entityId: string): boolean {
  const entity = kb.get(entityId);
  return entity?.type === 'person' && FAMILY_NAME_FIRST.has(entity.country ?? '');
}

/**
 * "サムマン" for サム・アルトマン: a given name run into the end of the surname, the middle lost. Checked even
 * when the dictionary reads the word as ordinary (サム + マン), since the person is part of the story.
 */
function contraction(part: Part, context: DetectorContext): Match | undefined {
  for (const name of twoPartNames(context.kb).get(part.text[0] ?? '') ?? []) {
    const [given, family] = name.parts;
    if (!given || !family || !part.text.startsWith(given.text)) continue;
    const rest = part.text.slice(given.text.length);
    // The story's affinity read last, only for a name the word could be: the chunk's findings depend on no other.
    if (rest.length >= 2 && rest.length < family.text.length && family.text.endsWith(rest) && context.affinity(name.entityId) !== 0) {
      return { name, target: family.text, similarity: 0.62, truncated: false, otherPartMatches: true, contracted: true };
    }
  }
  return undefined;
}

const twoPartCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly KatakanaName[]>>();

/** The katakana names of two parts by the first kana of the given name, in the name index's order. */
function twoPartNames(kb: KnowledgeBase): ReadonlyMap<string, readonly KatakanaName[]> {
  let byInitial = twoPartCache.get(kb);
  if (!byInitial) {
    const names = new Map<string, KatakanaName[]>();
    for (const name of nameIndexOf(kb).katakana) {
      const initial = name.parts.length === 2 ? name.parts[0]?.text[0] : undefined;
      if (initial === undefined) continue;
      const group = names.get(initial);
      if (group) group.push(name);
      else names.set(initial, [name]);
    }
    twoPartCache.set(kb, (byInitial = names));
  }
  return byInitial;
}

/**
 * A person's name written with a space instead of the middle dot (ジェンセン ファン): the given name of one of
 * its listings, then a surname of the same person as listed or written another way. Information, with the
 * document's own spelling of the whole name as the fix.
 */
function spacedName(doc: AnalyzedDocument, given: Part, context: DetectorContext): Finding | undefined {
  const { text } = doc.flow;
  const rest = /^[ \u3000]([\u30A1-\u30FA\u30FC]+)/.exec(text.slice(given.end));
  if (!rest?.[1]) return undefined;
  const family = rest[1];
  for (const name of nameIndexOf(context.kb).katakana) {
    const [first, last] = name.parts;
    if (name.parts.length !== 2 || !first || !last || first.text !== given.text || context.affinity(name.entityId) === 0) continue;
    if (foldVariant(last.text) !== foldVariant(family)) continue;
    const entity = context.kb.get(name.entityId);
    if (!entity) return undefined;
    const written = `${given.text}${text[given.end] ?? ' '}${family}`;
    const replacement = context.mostUsedSpelling(entity.id, (surface) => scriptOf(surface) === 'katakana' && surface.includes('・')) ?? name.text;
    if (replacement === written) return undefined;
    return makeFinding({
      code: CODE,
      range: flowRange(doc.flow, given.start, given.end + 1 + family.length),
      message: t('「{0}」 is another way of writing 「{1}」 ({2})', written, replacement, entity.en),
      confidence: 0.55,
      explanation: {
        problem: t('A known name written another way: not an error, but one spelling throughout reads better.'),
        reasons: [t('「{0}」 is the name of {1} written with a space instead of the middle dot.', written, displayName(entity))],
      },
      replacements: [replacement],
      entityId: entity.id,
    });
  }
  return undefined;
}

/** The same first sound, or both starting with a vowel (ウルトマン for アルトマン): recognisers keep a name's onset. */
function sameOnset(written: string, known: string): boolean {
  const vowel = /^[aeiou]/;
  return written[0] === known[0] || (vowel.test(written) && vowel.test(known));
}

function extendsName(written: string, known: string): boolean {
  return known.length >= 3 && written.startsWith(known) && written.slice(known.length).replace(/ー/g, '').length >= 2;
}

/** Each part of the run is a part of some name of one entity (given name of one listing, surname of another). */
function namesOnePerson(run: readonly Part[], context: DetectorContext): boolean {
  for (const parts of namePartsByEntity(context.kb).values()) if (run.every((part) => parts.has(part.text))) return true;
  return false;
}

const namePartsCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, ReadonlySet<string>>>();

/** The parts of each entity's katakana names of several parts, by entity (once per knowledge base). */
function namePartsByEntity(kb: KnowledgeBase): ReadonlyMap<string, ReadonlySet<string>> {
  let byEntity = namePartsCache.get(kb);
  if (!byEntity) {
    const found = new Map<string, Set<string>>();
    for (const name of nameIndexOf(kb).katakana) {
      if (name.parts.length < 2) continue;
      let parts = found.get(name.entityId);
      if (!parts) found.set(name.entityId, (parts = new Set()));
      for (const part of name.parts) parts.add(part.text);
    }
    namePartsCache.set(kb, (byEntity = found));
  }
  return byEntity;
}

// Sounds that Japanese writes several ways for one foreign sound: v as ヴ or the バ row, th as ス/ソ or ト/ツ,
// f and w with a small or a full vowel (ファン, フアン), a long vowel written or not, and a d or t before another
// consonant with the vowel Japanese adds written ゥ or ォ (ドゥル, ドル for "dr"; トゥル, トル for "tr"). Folded to one
// form, two spellings of the same name meet.
const VARIANT_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ドゥ(?=[ラリルレロ])/g, 'ド'],
  [/トゥ(?=[ラリルレロ])/g, 'ト'],
  [/ヴァ/g, 'バ'],
  [/ヴィ/g, 'ビ'],
  [/ヴェ/g, 'ベ'],
  [/ヴォ/g, 'ボ'],
  [/ヴ/g, 'ブ'],
  [/ソ/g, 'ト'],
  [/ス/g, 'ツ'],
  [/ズ/g, 'ヅ'],
  [/ファ/g, 'フア'],
  [/フィ/g, 'フイ'],
  [/フェ/g, 'フエ'],
  [/フォ/g, 'フオ'],
  [/ウィ/g, 'ウイ'],
  [/ウェ/g, 'ウエ'],
  [/ー/g, ''],
];

const folded = new Map<string, string>();

/** The folded form (memoised: every katakana word of a document is compared with many names). */
function foldVariant(text: string): string {
  let form = folded.get(text);
  if (form === undefined) {
    form = VARIANT_FOLDS.reduce((done, [pattern, to]) => done.replace(pattern, to), text);
    if (folded.size > 50_000) folded.clear();
    folded.set(text, form);
  }
  return form;
}

/**
 * Another way of writing the same name, not a garble: the same sounds up to the folds above, with no
 * long vowel lost (a lost one, ディープシク, is a dropped sound; an added one, コーパイロット, is a style).
 */
function isTransliterationVariant(written: string, writtenFolded: string, known: Target): boolean {
  if (written === known.text || writtenFolded !== known.folded) return false;
  const longVowels = (text: string): number => [...text].filter((ch) => ch === 'ー').length;
  return longVowels(written) >= longVowels(known.text);
}

/** How alike two spellings with two sounds swapped count: as a one-sound slip of a name of five or six sounds. */
const SWAPPED_ALIKE = 0.8;

/** Lengths that leave room for a match (similar, or a truncation): most names are ruled out before comparing. */
function comparableLengthCounts(written: number, known: number): boolean {
  return Math.abs(written - known) <= 0.35 * Math.max(written, known) || (written >= 0.5 * known && written < known);
}

/** A word's sound key long enough to reach into the surname of a name run together, and of a comparable length. */
function runTogetherLengths(written: number, whole: RunTogether): boolean {
  return written >= whole.givenLength + 2 && comparableLengthCounts(written, whole.key.length);
}

/** "ディープス" for "ディープシーク": the recogniser kept the start of the name and lost its end. */
function isTruncation(written: string, known: string): boolean {
  return (
    written.length >= 6 &&
    written.length <= 0.8 * known.length &&
    written.length >= 0.5 * known.length &&
    commonPrefixLength(written, known) >= written.length - 1
  );
}

function judge(part: Part, match: Match, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity) return undefined;
  const affinity = context.affinity(entity.id);
  // Katakana holds countless foreign names the knowledge base lacks: only the story's own entities count,
  // and a short word (one sound away from many names) only when the entity itself is named.
  if (affinity === 0 && !match.otherPartMatches) return undefined;
  if (part.romaji.length < 6 && affinity < 1 && !match.otherPartMatches) return undefined;
  // Recognisers keep a name's first sound: another onset (ヤレク, not パレク) of an entity the story only relates to
  // is another person's name, unless the rest of the name vouches for it.
  if (affinity < 1 && !match.otherPartMatches && !match.variant && !sameOnset(part.romaji, katakanaToRomaji(match.target))) return undefined;
  // Short names have many sound-alikes: "ドゥデ" may be a transliteration of its own, not a garble.
  const shortPenalty = part.romaji.length < 6 ? 0.2 : 0;
  const scored = 0.3 + (match.similarity - 0.7) * 2 + 0.4 * affinity + (match.otherPartMatches ? 0.25 : 0) - shortPenalty;
  // A surname matched only because the given name is right is as likely another person of that given name
  // (ジャック・クライン beside ジャック・クラーク): information at most, saying so.
  const givenNameOnly = match.otherPartMatches && match.similarity < 0.72 && !match.contracted;
  // A part that is a common real name (クライン, シャルマ) beside a known name may be another person: information at most.
  const commonName = !match.variant && context.rules.commonNameParts.has(part.text);
  if (commonName && affinity === 0) return undefined;
  const capped = match.contracted ? Math.min(0.65, scored) : givenNameOnly || commonName ? Math.min(0.6, scored) : scored;
  // Another person's known name, or two words heard as one name: a guess worth showing, never more than information.
  const confidence = match.knownElsewhere !== undefined || match.runTogether ? Math.min(0.6, capped) : capped;
  if (confidence < 0.45) return undefined;
  if (match.variant || writersLongVowel(part.text, match.target, entity.id, context)) return variantFinding(part, match, range, context);
  const named = context.mentionCount.has(entity.id);
  const reasons = [
    match.truncated
      ? t('「{0}」 ({1}) is the beginning of 「{2}」 ({3}) with its end lost.', part.text, part.romaji, match.target, katakanaToRomaji(match.target))
      : t(
          '「{0}」 ({1}) sounds like 「{2}」 ({3}): {4}% alike.',
          part.text,
          part.romaji,
          match.target,
          katakanaToRomaji(match.target),
          Math.round(match.similarity * 100),
        ),
    t('The word is not in the Japanese dictionary, so it is not an ordinary loanword.'),
    match.otherPartMatches ? t('The rest of the name matches {0} exactly.', displayName(entity)) : '',
    givenNameOnly ? t('The surname alone is not close enough: this may be another person with the same given name.') : '',
    match.knownElsewhere !== undefined
      ? t(
          '「{0}」 is also how the knowledge base writes another person ({1}), who is not named in this document: check before fixing.',
          part.text,
          match.knownElsewhere,
        )
      : '',
    match.runTogether ? t('「{0}」 sounds like the whole name 「{1}」 run together into one word.', part.text, match.target) : '',
    commonName ? t('「{0}」 is itself a common name, so this may be another person: check before fixing.', part.text) : '',
    named
      ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
      : t('Entities related to {0} are named in this document.', displayName(entity)),
  ].filter((r) => r !== '');
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', part.text, match.target, entity.en),
    confidence,
    explanation: { problem: t('Probably a mis-recognised name: {0}.', displayName(entity)), reasons },
    replacements: [replacementFor(match, context)],
    entityId: entity.id,
  });
}

/**
 * A long vowel left out (エニスフィア for エニースフィア) where the document never writes the spelling with it is the
 * writer's way of writing the name: style books disagree on long vowels in loanwords (コンピュータ, コンピューター).
 * Beside the full spelling in the same document (ディープシーク, then ディープシク) it is a sound dropped.
 */
function writersLongVowel(written: string, known: string, entityId: string, context: DetectorContext): boolean {
  if (written === known || written.replace(/ー/g, '') !== known.replace(/ー/g, '') || written.length >= known.length) return false;
  return ![...context.spellingsOf(entityId).keys()].some((spelling) => spelling.includes(known));
}

/** mayBeWritersSpelling's answers by written and known spelling: asked for every such finding on every edit of a document. */
const writersSpellingAnswers = new Map<string, boolean>();

/** Whether a spelling may be another way of writing the known one, so that how often the document writes each decides (judgedByTheDocument). */
function mayBeWritersSpelling(written: string, known: string): boolean {
  const key = `${written}\u0000${known}`;
  let answer = writersSpellingAnswers.get(key);
  if (answer === undefined) {
    // Bounded: the answers depend on the two strings only, so starting afresh costs nothing but the work.
    if (writersSpellingAnswers.size >= 10_000) writersSpellingAnswers.clear();
    answer = writersSpelling(written, known);
    writersSpellingAnswers.set(key, answer);
  }
  return answer;
}

function writersSpelling(written: string, known: string): boolean {
  if (scriptOf(known) !== 'katakana') return false;
  // A long vowel lost beside the full spelling is a sound dropped (writersLongVowel), however often.
  if (written.replace(/ー/g, '') === known.replace(/ー/g, '')) return false;
  // Only a spelling with the known one's consonants and as many sounds, a vowel written otherwise (English vowels
  // Japanese writes several ways: リプリット, レプリット for Replit), can be the writer's choice; a cut or a consonant heard wrong
  // stays a garble however often the document repeats it.
  const consonants = (text: string): string => consonantSkeleton(soundKey(text.replace(/[・･]/g, '')));
  const [writtenKey, knownKey] = [written, known].map((text) => soundKey(text.replace(/[・･]/g, '')));
  return consonants(written) === consonants(known) && writtenKey !== knownKey && writtenKey?.length === knownKey?.length;
}

/** How often the whole document writes a spelling, and where first (-1 when nowhere). */
export interface SpellingUses {
  readonly count: number;
  readonly first: number;
}

/**
 * A "garble" with the known spelling's consonants but a vowel written otherwise, which the document writes more
 * often than the known spelling it would be fixed to (リプリット ×2 beside レプリット ×1), or as often and first (the name introduced so, heard again the known way later), is how this
 * document spells the name: which one the writer meant is for the writer to say, so information at most.
 * `uses` reads the whole document (a fact of the document, decided over the chunks' findings, never inside a chunk),
 * counting a spelling `apartFrom` another when asked (not where the katakana run around it holds the other).
 */
export function judgedByTheDocument(finding: Finding, written: string, uses: (spelling: string, apartFrom?: string) => SpellingUses): Finding {
  const known = finding.fixes[0]?.edits[0]?.newText;
  if (finding.code !== CODE || finding.confidence <= VARIANT_CONFIDENCE || known === undefined || !mayBeWritersSpelling(written, known)) return finding;
  // The written spelling counted apart from the known one (ヒューメ inside ヒューメイン is no use of ヒューメ).
  const ofWritten = uses(written, known);
  const ofKnown = uses(known);
  if (ofKnown.count === 0 || ofWritten.count < ofKnown.count) return finding;
  if (ofWritten.count === ofKnown.count && ofWritten.first > ofKnown.first) return finding;
  const writtenUses = ofWritten.count;
  const knownUses = ofKnown.count;
  return makeFinding({
    code: CODE,
    range: finding.range,
    message: t(
      '「{0}」 may be another way of writing 「{1}」: this document writes both ({2}×{3}, {4}×{5})',
      written,
      known,
      written,
      writtenUses,
      known,
      knownUses,
    ),
    confidence: VARIANT_CONFIDENCE,
    explanation: {
      problem: finding.explanation.problem,
      reasons: [
        ...finding.explanation.reasons,
        t('The document writes 「{0}」 at least as often as 「{1}」, so it may be the spelling the writer meant: check which is right.', written, known),
      ],
    },
    replacements: finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.newText)),
    ...(finding.entityId !== undefined ? { entityId: finding.entityId } : {}),
  });
}

/** A known name's spelling as variantFinding compares with it. */
function partTarget(text: string): Target {
  return new Target(text, katakanaToRomaji(text));
}

/** A whole dotted name written another established way, every part the same sounds: information. */
function wholeVariantFinding(written: string, name: KatakanaName, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(name.entityId);
  if (!entity) return undefined;
  const replacement = context.mostUsedSpelling(name.entityId, (surface) => scriptOf(surface) !== 'latin') ?? name.text;
  return anotherWritingFinding(written, replacement, entity, range, [
    t('「{0}」 and 「{1}」 write the same sounds (a long vowel, v as ヴ or バ, th as ス/ソ or ト/ツ).', written, name.text),
  ]);
}

/** A known name written another established way: information, with the document's own spelling as the fix. */
function variantFinding(part: Part, match: Match, range: Finding['range'], context: DetectorContext): Finding | undefined {
  const entity = context.kb.get(match.name.entityId);
  if (!entity) return undefined;
  return anotherWritingFinding(part.text, replacementFor(match, context), entity, range, [
    t('「{0}」 and 「{1}」 write the same sounds (a long vowel, v as ヴ or バ, th as ス/ソ or ト/ツ).', part.text, match.target),
    context.mentionCount.has(entity.id)
      ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
      : t('Entities related to {0} are named in this document.', displayName(entity)),
  ]);
}

/** Information that a known name is written another way, with the spelling to use throughout as the fix. */
function anotherWritingFinding(written: string, replacement: string, entity: Entity, range: Finding['range'], reasons: readonly string[]): Finding {
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 is another way of writing 「{1}」 ({2})', written, replacement, entity.en),
    confidence: VARIANT_CONFIDENCE,
    explanation: { problem: t('A known name written another way: not an error, but one spelling throughout reads better.'), reasons: [...reasons] },
    replacements: [replacement],
    entityId: entity.id,
  });
}

/**
 * A whole name is replaced by the spelling the document already uses for it (オープンAI), else by the knowledge
 * base's own spelling rather than an alias matched (スターゲート, not スターゲイト); a person's surname by the
 * surname of the full name the document writes, else of the canonical name (アルトマン, not the alias オルトマン).
 */
function replacementFor(match: Match, context: DetectorContext): string {
  const entity = context.kb.get(match.name.entityId);
  const wholeTarget = match.target === match.name.text;
  if (wholeTarget && match.name.parts.length > 1) {
    return context.mostUsedSpelling(match.name.entityId, (surface) => scriptOf(surface) !== 'latin') ?? match.target;
  }
  if (entity?.type === 'person' && !match.runTogether) return preferredSurname(match, entity, context) ?? match.target;
  if (!wholeTarget) return match.target;
  const used = context.mostUsedSpelling(match.name.entityId, (surface) => scriptOf(surface) !== 'latin');
  if (used) return used;
  return entity && scriptOf(entity.ja) === 'katakana' && !/[・･]/.test(entity.ja) && soundKey(entity.ja) === soundKey(match.target) ? entity.ja : match.target;
}

/** The surname of the person's full katakana name as the document writes it, else as the knowledge base does, when it sounds like the target. */
function preferredSurname(match: Match, entity: Entity, context: DetectorContext): string | undefined {
  const dotted = (surface: string): boolean => scriptOf(surface) === 'katakana' && /[・･]/.test(surface);
  const full = context.mostUsedSpelling(entity.id, dotted) ?? (dotted(entity.ja) ? entity.ja : undefined);
  if (!full) return undefined;
  const parts = splitNameParts(full);
  const surname = familyNameFirst(context.kb, entity.id) ? parts[0] : parts[parts.length - 1];
  if (!surname || surname === match.target) return undefined;
  return editSimilarity(soundKey(surname), soundKey(match.target)) >= 0.6 ? surname : undefined;
}
