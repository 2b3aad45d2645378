/**
 * name-mismatch. Contract: in a pair the aligner is sure of, the source names a known entity (or a Latin
 * name the dictionary does not know, such as a surname) and the translation does not write it:
 * - it garbles it: a word that looks or sounds like one of its spellings (ディープス for DeepSeek, Andresen
 *   for Andreessen, ダニエル・アモデイ for Dario Amodei). Fix: the knowledge base's spelling in the
 *   translation's script closest to the garble, or the source's own spelling for a name it does not know;
 * - it names another known entity of the same kind in its place (the source says Intel, the translation
 *   AMD), one the source does not name (in this sentence, or in one beside it whose translation leaves it out, unless it stands with the head
 *   word of the name missing here, AMDが出資する for "Nvidia-backed": entity-heads.yaml) and not related to it. Fix: the source entity's usual
 *   Japanese spelling (its Latin one where the translation wrote a katakana name in Latin);
 * - it drops it: no spelling, no garble, no stand-in (同社, 彼) and no other name in its place. Information
 *   only, on the sentence, without a fix: a translator may leave a name out on purpose.
 * - it renders it in katakana of other sounds: the one katakana word no other source word explains, somewhat
 *   like the one name missing (Perplexity ↔ パプレックス). Fix: the entity's Japanese spelling, as information
 *   (where the name stood is a guess). A name nobody knows rendered unlike itself (Moorhead ↔ マクドナルド): information, no fix.
 * - it translates its words (困惑 for Perplexity, with the literal-translation word list). Fix: the entity's Japanese spelling;
 * - only the translation's own checks see it, misspelt (a truncated or misheard name): the source confirms
 *   the entity, and the own finding is said as a name mismatch with the entity's spelling;
 * - a model or chip code with other digits (R2 for R1, H200 for H100 when the source has no H200). Fix: the source's code;
 * - a known company or institution named where the source names one nobody knows (DHL for GXO). Fix: the source's name, in Latin
 *   for a name written in Latin, else rendered with the translation's kind word (unknownBody);
 * - a known person named where the source names a person nobody knows (ピーター・ウェニンク for Roger Dassen). Fix: the
 *   source's name rendered in katakana by the rules of katakana spelling (katakanaRendering);
 * - a name nobody knows rendered in katakana of other sounds (ロカルノ for Lugano): information, the rendering proposed; a word
 *   of a place of several words (Santa Clara, Abu Dhabi) is compared with the whole place (サンタクララ, アブダビ), and a place
 *   written as another is information without a fix (headedPlaces);
 * - a person nobody knows whose name is written with one word of other sounds, the others rendered (ステイシー・ラスキン
 *   for Stacy Rasgon): information, that word rendered by rule proposed (personNames);
 * - wherever a fix renders a name's word, it copies the translation's own rendering of that word in other sentences
 *   (ブラントシュテッター, not the rules' ブランドステッター) when it has one (documentRenderings);
 * - a name nobody knows, rendered in one sentence otherwise than in the others (ムーアハウス once, ムーアヘッド
 *   twice). Fix: the document's usual rendering (information on a tie).
 * - a Chinese, Korean or Japanese surname written before a title where the source romanises another (王氏 for "Mr Zhang", キム氏 for
 *   Park; han-surnames.yaml). Fix: the source surname's one form in that script, else information without a fix (hanSurnames);
 * - a name written in kanji, another beginning with the same two kanji in its place (富士フイルム for 富士通). Fix: the name (kanjiNames);
 * - a name of the source written twice where the source writes it once, another of its kind missing: the repeat in the missing
 *   one's place (the same order on both sides) stands for it (TSMC twice for SMIC and TSMC). Fix: as for another name in its place (repeatedName);
 * - a town of the source written as another town of its state (テキサス州オースティン for "Abilene, Texas"): the state's katakana
 *   places it. Fix: the knowledge base's spelling of the town, else its rendering, as information (placeNames);
 * - a sibling of the name's family in its place, in Latin letters the source around does not write (Lunar Lake for Panther Lake). Fix: the source's name;
 * - a katakana fix keeps the translator's separators where the garble spells the name right (リップ・ブー・タン; separators).
 * Not flagged: a person named by the family name alone (ワン氏, familyName), spellings that differ only in long vowels or ヴ (シンキング・マシーンズ), a given name of one known
 * spelling with the family name of another (ジェンセン・ファン), a short form of the name (アルトマン), a family name for a member (ジェミニ for Gemini 2.5 Pro),
 * another transliteration of a given name (サンダー・ピチャイ) or a katakana spelling writing the English closer than the known one
 * (パチョッキ for Pachocki beside パホツキ; renderedSpelling.ts), a person's name with a word written as another known person's spelling
 * writes that English word (ウェンデル・ファン: Huang as in ジェンスン・ファン), a name written in a neighbouring sentence, a stand-in (同社).
 */
import { comparedWithEntity } from '../../renderedSpelling';
import type { Finding } from '../../types';
import { anchoredPairs, checkedPairs, type SourceCheck, type SourceCheckContext } from './check';
import type { AlignedPair } from '../alignment';
import { preferredFix } from '../../fixes';
import { latinWords, targetSlice, type Word } from '../pairFacts';
import { rendersSourceName, rendersSourceWords, shortenedAsWritten } from '../answeredNames';
import {
  documentSpelling,
  japaneseSpelling,
  RENDERING,
  sourceEntities,
  spellingsOf,
  STANDS_FOR_A_NAME,
  unknownNames,
  writesNamesInLatin,
  type SourceEntity,
} from '../pairNames';
import {
  confirmedFinding,
  droppedFinding,
  inconsistentRenderingFinding,
  farRenderingFinding,
  garbleFinding,
  literalFinding,
  NAME_MISMATCH,
  personPartFinding,
  substitutionFinding,
  unknownBodyFinding,
  unknownPersonFinding,
} from './names/findings';
import { unknownPersonReplaced } from './names/unknownPerson';
import { unknownBodyReplaced } from './names/unknownBody';
import { garbledPartOfPerson, garbledPersonParts, unknownPeople } from './names/personNames';
import { koreanNameSlips, readsAsKoreanName } from './names/koreanNames';
import { literalRendering } from './names/literal';
import { codeSlips, misheardAcronym, siblingName } from './names/codes';
import { inconsistentRenderings, renderingOf, type NameRendering } from './names/consistency';
import { asFamilyNameWritten, closestGarble, unknownNameGarble } from './names/garbles';
import { badRendering, completedRendering, farRendering, katakanaParts, RENDERING_CONFIDENCE } from './names/renderings';
import { neighbourhood, substitutions } from './names/substitutions';
import { repeatedInPlaceOf } from './names/repeatedName';
import { transliterationSimilarity } from '../transliteration';
import { targetView } from './names/targetView';
import { documentRenderings } from './names/documentRenderings';
import { familyNameWritten } from './names/familyName';
import { kanjiNameSlip } from './names/kanjiNames';
import { otherTowns } from './names/placeNames';
import { headedPlace, rendersPlace } from './names/headedPlaces';
import { surnameSlipFinding, surnameSlips } from './names/hanSurnames';

const latinHabits = new WeakMap<SourceCheckContext, boolean>();

/** Whether the translation writes in Latin letters most names it could write in katakana (once per document). */
function latinHabit(context: SourceCheckContext): boolean {
  let habit = latinHabits.get(context);
  if (habit === undefined) latinHabits.set(context, (habit = writesNamesInLatin(context.mentions, context.kb)));
  return habit;
}

export const nameMismatch: SourceCheck = {
  code: NAME_MISMATCH,
  description: 'A name of the aligned source sentence that the translation garbles, replaces with another or drops (DeepSeek → ディープス).',
  check(alignment, context) {
    const findings: Finding[] = [];
    const pairs = checkedPairs(alignment);
    const renderings: NameRendering[] = [];
    const rendered = documentRenderings(alignment, context);
    const written = (named: SourceEntity): string => alignment.sourceText.slice(named.range.start, named.range.end);
    const translationPieces = alignment.pairs.flatMap((p) => p.target.flatMap((s) => s.pieces));
    const confirmed = confirmedRenderings(pairs, context, alignment.sourceText);
    for (const pair of pairs) {
      const view = targetView(pair, context);
      const taken = new Set<number>();
      const sourceWords = pair.source.flatMap(latinWords).map((w) => w.text);
      const missing: SourceEntity[] = [];
      const sourceIds = new Set(sourceEntities(pair, context.kb).map((n) => n.entity.id));
      // A town of the source written as another town of its state (テキサス州オースティン for "Abilene, Texas").
      const towns = otherTowns(pair, context.kb, taken);
      for (const town of towns) {
        taken.add(town.written.range.start);
        // A town of several words the knowledge base does not know (San Jose): said without a fix, the rules writing such towns
        // wrong as often as right (サンノゼ, ロサンゼルス).
        const headed = / /.test(town.town.text) && context.rules.placeHeads.has(town.town.text.split(' ')[0] ?? '');
        // Read as the whole place (サンノゼ, ニューカーライル), it is that town written as Japanese writes it.
        if (headed && !town.known && rendersPlace(town.town, [town.written])) continue;
        if (headed && !town.known) findings.push(farRenderingFinding(alignment, pair, town.written, town.town, ''));
        else findings.push(garbleFinding(alignment, pair, town.written, town.fix, town.town.text, town.town.range, town.known ? 0.85 : 0.65, undefined));
      }
      for (const named of sourceEntities(pair, context.kb)) {
        const { entity, range } = named;
        if (towns.some((town) => town.town.range.start <= range.start && range.end <= town.town.range.end)) continue;
        if (view.writtenAsIs(entity)) continue;
        // ワン氏 for Alexandr Wang: named by the family name alone, as a person named before is.
        if (familyNameWritten(entity, view.text)) continue;
        const own = view.ownFindings(entity)[0];
        // Shortened as the source shortens it (GMOインターネット for "GMO Internet"): nothing to say.
        if (own && shortenedAsWritten(entity, alignment.sourceText.slice(range.start, range.end), targetSlice(pair, own.range))) {
          taken.add(own.range.start);
          continue;
        }
        // A rendering of the name as the source writes it (イヴァン・チャン for "Ivan Zhang"): the source confirms it, no misspelling.
        if (own && rendersSourceName(alignment.sourceText.slice(range.start, range.end), targetSlice(pair, own.range), context.rules.nameTitles)) {
          taken.add(own.range.start);
          continue;
        }
        if (own) {
          // Only the translation's own checks see the name, misspelt: the source confirms which name is meant.
          const confirmed = confirmedFinding(alignment, pair, own, range, entity, context.mentions);
          if (confirmed) findings.push(confirmed);
          taken.add(own.range.start);
          continue;
        }
        const literal = literalRendering(entity, pair, taken, context);
        if (literal) {
          taken.add(literal.range.start);
          const sourceName = alignment.sourceText.slice(range.start, range.end);
          // A name translated word for word is written as the document writes names: in Latin letters where it writes most so.
          const fix = latinHabit(context)
            ? documentSpelling(entity, context.mentions, targetSlice(pair, literal.range), sourceName, true)
            : japaneseSpelling(entity, context.mentions, sourceName);
          findings.push(literalFinding(alignment, pair, literal, fix, range, entity));
          continue;
        }
        const best = closestGarble(entity, view.katakana, view.latin, context, sourceWords);
        // A word rendering the name as the source writes it (ジェネラル・カタリスト for "General Catalyst") is no garble of it.
        if (best && rendersSourceName(alignment.sourceText.slice(range.start, range.end), best.word.text, context.rules.nameTitles)) {
          taken.add(best.word.range.start);
          continue;
        }
        // Nor is a word rendering the source's words part for part, where the fix would be a spelling in Latin letters.
        if (
          best &&
          LATIN_ONLY.test(best.fix) &&
          rendersSourceWords(alignment.sourceText.slice(range.start, range.end), best.word.text, sourceWords, context.rules.nameTitles)
        ) {
          taken.add(best.word.range.start);
          continue;
        }
        // A katakana spelling that writes the English closer than the known one (パチョッキ for Pachocki beside パホツキ)
        // is another transliteration, not a garble of it (renderedSpelling.ts).
        if (best && KATAKANA_NAME.test(best.word.text) && comparedWithEntity(best.word.text, best.fix, entity) === 'better') {
          taken.add(best.word.range.start);
          continue;
        }
        if (best && !taken.has(best.word.range.start)) {
          taken.add(best.word.range.start);
          // A Latin spelling the source writes in its own case (Nvidia, not NVIDIA) is the one to copy.
          const written = alignment.sourceText.slice(range.start, range.end);
          // The translation's own rendering of the name where the source names it elsewhere (アイソモルフィック・ラボ), in katakana for katakana.
          const own = confirmed.get(entity.id);
          const ownFits = own !== undefined && KATAKANA_NAME.test(own) === KATAKANA_NAME.test(best.word.text) && own !== best.word.text;
          const fix = ownFits
            ? own
            : best.fix.toLowerCase() === written.toLowerCase()
              ? written
              : asFamilyNameWritten(best.fix, entity, translationPieces, best.word.range);
          findings.push(
            garbleFinding(
              alignment,
              pair,
              withoutTitle(best.word, fix, context.rules.nameTitles),
              fix,
              written,
              range,
              0.75 + 0.24 * best.similarity,
              entity.id,
            ),
          );
        } else if (!best) missing.push(named);
      }
      // A name the neighbouring translation writes moved there (sentences split or merged): not missing here.
      const near = neighbourhood(alignment, pair);
      const unwritten = missing.filter((m) => !spellingsOf(m.entity).some((s) => near.target.includes(s)));
      // Another name of the kind in its place, one the source around does not name: a slip even when the
      // name itself stands in a neighbouring sentence (テンストレント there, テンセント here).
      const replaced = substitutions(pair, missing, view, near, context);
      for (const { named, mention } of replaced) {
        taken.add(mention.range.start);
        findings.push(substitutionFinding(alignment, pair, named, mention, replaced.length === 1 ? 0.85 : 0.72, context, false, (name) => rendered.name(name)));
      }
      // A name of the source written twice in the place of another of its kind (TSMC twice for SMIC and TSMC).
      for (const named of unwritten) {
        if (replaced.some((r) => r.named === named)) continue;
        const repeat = repeatedInPlaceOf(pair, named, view, context, taken);
        if (!repeat) continue;
        taken.add(repeat.range.start);
        replaced.push({ named, mention: repeat });
        findings.push(substitutionFinding(alignment, pair, named, repeat, 0.85, context, true, (name) => rendered.name(name)));
      }
      const unplaced = unwritten.filter((named) => !replaced.some((r) => r.named === named));
      // One name missing and one katakana word nothing else in the source explains: that word renders it, badly.
      const rendering =
        unplaced.length === 1 && unplaced[0] && !STANDS_FOR_A_NAME.test(view.text) ? badRendering(unplaced[0], view, sourceWords, taken, context) : undefined;
      const renderingFix =
        rendering && unplaced[0]
          ? japaneseSpelling(unplaced[0].entity, context.mentions, alignment.sourceText.slice(unplaced[0].range.start, unplaced[0].range.end))
          : undefined;
      const renderingAnswers =
        rendering &&
        unplaced[0] &&
        renderingFix !== undefined &&
        LATIN_ONLY.test(renderingFix) &&
        rendersSourceWords(
          alignment.sourceText.slice(unplaced[0].range.start, unplaced[0].range.end),
          rendering.word.text,
          sourceWords,
          context.rules.nameTitles,
        );
      if (rendering && renderingAnswers) taken.add(rendering.word.range.start);
      if (rendering && unplaced[0] && renderingFix !== undefined && !renderingAnswers) {
        const { entity, range } = unplaced[0];
        taken.add(rendering.word.range.start);
        // Where the name stood is a guess (the one word left unexplained): information, the fix offered but not pressed.
        findings.push(
          garbleFinding(
            alignment,
            pair,
            rendering.word,
            renderingFix,
            alignment.sourceText.slice(range.start, range.end),
            range,
            RENDERING_CONFIDENCE,
            entity.id,
          ),
        );
      }
      for (const named of unplaced) {
        if (rendering) continue;
        // An acronym of the source missing, and one acronym in the translation the source around does not write (ARM for ASML).
        const acronym = misheardAcronym(alignment.sourceText.slice(named.range.start, named.range.end), view, near.source, taken);
        if (acronym) {
          taken.add(acronym.range.start);
          const written = alignment.sourceText.slice(named.range.start, named.range.end);
          findings.push(garbleFinding(alignment, pair, acronym, written, written, named.range, 0.75, named.entity.id));
          continue;
        }
        // A sibling of its family in its place (Lunar Lake for Panther Lake), in Latin letters the source around does not write.
        const sibling = siblingName(written(named), view.latin, near.source, taken);
        if (sibling) {
          taken.add(sibling.range.start);
          findings.push(garbleFinding(alignment, pair, sibling, written(named), written(named), named.range, 0.75, named.entity.id));
          continue;
        }
        // The name's acronym written in the translation (CHIPS・科学法 for "CHIPS and Science Act"): written in a form of its own, not left out.
        const acronyms = written(named).match(/\b[A-Z]{3,}\b/g) ?? [];
        if (acronyms.some((a) => new RegExp(`(?<![A-Za-z])${a}(?![A-Za-z])`).test(view.text))) continue;
        // A name of the source written in kanji, another beginning with the same two kanji in its place (富士フイルム for 富士通).
        const slip = kanjiNameSlip(pair, spellingsOf(named.entity), taken);
        if (slip && !view.mentions.some((m) => sourceIds.has(m.entityId) && m.range.start < slip.range.end && slip.range.start < m.range.end)) {
          taken.add(slip.range.start);
          findings.push(
            garbleFinding(
              alignment,
              pair,
              withoutTitle(slip, named.entity.ja, context.rules.nameTitles),
              named.entity.ja,
              written(named),
              named.range,
              0.75,
              named.entity.id,
            ),
          );
          continue;
        }
        // A related name in its place (グーグル for Google DeepMind, the maker for its model) is the translator's choice.
        const related = context.kb.relatedTo(named.entity.id);
        if (view.mentions.some((m) => related.has(m.entityId))) continue;
        // A person written with one word of the name as another's (ムハンマド・ビン・ザイド for Tahnoon bin Zayed).
        const part = named.entity.type === 'person' ? garbledPartOfPerson({ text: written(named), range: named.range }, view, taken, rendered.word) : undefined;
        if (part) {
          taken.add(part.part.range.start);
          findings.push(personPartFinding(alignment, pair, part));
          continue;
        }
        const dropped = droppedFinding(alignment, pair, named, view);
        if (dropped) findings.push(dropped);
      }
      // A known person in place of a person of the source nobody knows (ピーター・ウェニンク for Roger Dassen).
      const replacedPerson = unknownPersonReplaced(pair, view, near, context, taken, (name) => rendered.name(name));
      if (replacedPerson) {
        taken.add(replacedPerson.mention.range.start);
        findings.push(unknownPersonFinding(alignment, pair, replacedPerson.mention, replacedPerson.name, replacedPerson.fix, context));
      }
      // A known company or institution in place of one of the source nobody knows (DHL for GXO).
      const replacedBody = unknownBodyReplaced(pair, view, near, context, taken);
      if (replacedBody) {
        taken.add(replacedBody.standIn.range.start);
        findings.push(unknownBodyFinding(alignment, pair, replacedBody.standIn, replacedBody.name, replacedBody.fix));
      }
      // A person of the source with one word of the name written as another name of like sound (ラスキン for Rasgon).
      // A Korean name (Kim Yongsu) is read by its syllables below, not by English spelling.
      const englishParts = garbledPersonParts(pair, view, context.kb, context.lexicon, taken, rendered.word).filter(
        (garbled) => !readsAsKoreanName(garbled.name, context.rules.hanSurnames),
      );
      for (const garbled of englishParts) {
        // Every part of the name written (a whole name garbled has parts of its own that no other check may take).
        for (const part of [garbled.part, ...katakanaParts(garbled.part)]) taken.add(part.range.start);
        findings.push(personPartFinding(alignment, pair, garbled));
      }
      // A Korean given name with one syllable heard otherwise (キム・ヨンホ for Kim Yong-su), read by the Korean syllables.
      for (const garbled of koreanNameSlips(unknownPeople(pair, context.kb, context.lexicon), view, context.rules.hanSurnames, taken)) {
        taken.add(garbled.part.range.start);
        findings.push(personPartFinding(alignment, pair, garbled));
      }
      for (const slip of codeSlips(pair, near.source, taken)) {
        taken.add(slip.written.range.start);
        findings.push(garbleFinding(alignment, pair, slip.written, slip.source.text, slip.source.text, slip.source.range, 0.85, undefined));
      }
      // A Chinese, Korean or Japanese surname written where the source romanises another (王氏 for "Zhang").
      const sourceLatin = pair.source.flatMap(latinWords);
      for (const slip of surnameSlips(pair, sourceLatin, alignment.sourceText, context.rules.hanSurnames, context.rules.nameTitles, taken, context.lexicon)) {
        const around = (f: Finding): boolean => f.range.start < slip.written.range.end && slip.written.range.start < f.range.end;
        if (findings.some((f) => around(f) && f.fixes.length > 0)) continue;
        taken.add(slip.written.range.start);
        // The name said dropped, on the whole sentence and without a fix, is the surname written otherwise: only a finding about
        // the same source name.
        const dropped = findings.filter((f) => around(f) && f.fixes.length === 0 && f.message.includes(slip.surname));
        for (const f of dropped) findings.splice(findings.indexOf(f), 1);
        findings.push(surnameSlipFinding(alignment, pair, slip));
      }
      for (const name of unknownNames(pair, context.kb, context.lexicon, alignment.sourceText)) {
        const garble = unknownNameGarble(name, view, taken, context.lexicon);
        if (!garble) continue;
        taken.add(garble.range.start);
        findings.push(garbleFinding(alignment, pair, garble, name.text, name.text, name.range, 0.8, undefined));
      }
      const placesSaid = new Set<number>();
      for (const name of unknownNames(pair, context.kb, context.lexicon, alignment.sourceText)) {
        const rendering = renderingOf(name, pair, view, sourceWords, alignment.sourceText);
        if (rendering && !taken.has(rendering.part.range.start)) renderings.push(rendering);
        const part = farRendering(name, view, sourceWords, taken);
        if (!part) continue;
        // A word of a place of several words (Clara of "Santa Clara"): the katakana writes the whole place or another one,
        // said once, without a fix (the usual katakana of such places is often none the rules write: サンノゼ).
        const place = headedPlace(name, alignment.sourceText, context.rules.placeHeads);
        if (place) {
          if (!placesSaid.has(place.range.start) && !rendersPlace(place, view.katakana)) findings.push(farRenderingFinding(alignment, pair, part, place, ''));
          placesSaid.add(place.range.start);
          continue;
        }
        findings.push(farRenderingFinding(alignment, pair, part, name, completedRendering(part, name, alignment.sourceText) ?? rendered.word(name.text)));
      }
    }
    // A pair the aligner is less sure of (a long sentence split in two): a person named in full is checked still, the
    // words of the name rendered placing it for sure.
    for (const pair of anchoredPairs(alignment)) {
      const view = targetView(pair, context);
      for (const garbled of garbledPersonParts(pair, view, context.kb, context.lexicon, new Set(), rendered.word)) {
        if (!readsAsKoreanName(garbled.name, context.rules.hanSurnames)) findings.push(personPartFinding(alignment, pair, garbled));
      }
    }
    // A name rendered one way in most sentences and another way here: the document's own rendering is the fix.
    const inconsistent = inconsistentRenderings(renderings).map((r) => inconsistentRenderingFinding(alignment, r));
    const overlapped = (f: Finding): boolean => inconsistent.some((i) => i.range.start < f.range.end && f.range.start < i.range.end);
    return [...findings.filter((f) => !overlapped(f)), ...inconsistent];
  },
};

const KATAKANA_NAME = /^[ァ-ヴー・＝]+$/;
/** A fix in Latin letters alone (the knowledge base's spelling of a name it has no katakana for). */
const LATIN_ONLY = /^[A-Za-z\u00C0-\u024F0-9 .'’-]+$/;

/**
 * Per entity, the translation's own spelling of it that the knowledge base lacks but the source confirms: a word its own
 * checks doubt (アイソモルフィック・ラボ, the knowledge base writing アイソモーフィック・ラボ) in a sentence whose source names
 * the entity, rendering the source's name. The translator's spelling, for a fix of a garble of the same entity elsewhere.
 */
function confirmedRenderings(pairs: readonly AlignedPair[], context: SourceCheckContext, sourceText: string): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const pair of pairs) {
    const inPair = (f: Finding): boolean => pair.target.some((t) => t.range.start <= f.range.start && f.range.end <= t.range.end);
    const doubts = context.findings.filter(inPair);
    if (doubts.length === 0) continue;
    for (const named of sourceEntities(pair, context.kb)) {
      const sourceName = sourceText.slice(named.range.start, named.range.end);
      // A doubt about the entity: said of it, or proposing one of its spellings.
      const about = (f: Finding): boolean => f.entityId === named.entity.id || spellingsOf(named.entity).includes(preferredFix(f)?.edits[0]?.newText ?? '');
      for (const doubt of doubts.filter(about)) {
        const written = targetSlice(pair, doubt.range);
        // A doubt its own check is unsure of (information), on a word that reads as the source's name, every r heard.
        const unsure = doubt.severity === 'information' || doubt.severity === 'hint';
        const reads = rendersSourceName(sourceName, written, context.rules.nameTitles) || transliterationSimilarity(sourceName, written, true) >= RENDERING;
        if (written !== '' && unsure && reads && !found.has(named.entity.id)) found.set(named.entity.id, written);
      }
    }
  }
  return found;
}

/** A garbled name written with its title (田中国弘社長): the title is the translator's and stays, only the name is replaced. */
export function withoutTitle(word: Word, fix: string, titles: readonly string[]): Word {
  const title = titles.find((t) => word.text.endsWith(t) && word.text.length > t.length && !fix.endsWith(t));
  if (!title) return word;
  return { text: word.text.slice(0, -title.length), range: { start: word.range.start, end: word.range.end - title.length } };
}
