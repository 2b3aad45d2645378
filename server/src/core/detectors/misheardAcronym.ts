/**
 * An acronym with a letter heard wrong: 「GBU」 for GPU, 「HVM」 for HBM, 「MIST」 for NIST, 「CoVoS」 for CoWoS,
 * 「エイチブイエム」 for HBM, and 「DNA」 for DMA where the story is about EU regulation. Spoken letter names
 * rhyme (bee, pee, vee, dee, tee), and a recogniser writes what it heard.
 *
 * Contract:
 * - A word of capitals (and digits, a hyphen, lower case between capitals; full-width too), or a katakana
 *   word made only of letter names (エイチ, ビー, エム…: letterNames), is read as an acronym.
 * - Not a listed acronym and not a name of the knowledge base: one letter of it (two, for four to six
 *   letters), swapped for a letter of the same sound group (letterGroups), gives a listed acronym with
 *   context words. Only where the document supports that acronym: its context words within a few dozen
 *   characters, the acronym itself written elsewhere, or two of its context words anywhere (one sign).
 *   Warning with two signs, information with one; a reading with two letters swapped needs two signs and is
 *   a warning only with three (a doubled letter moved, ITT for IIT, and two neighbouring letters past the
 *   first in the other order, AIP for API, count as two). One word of its field
 *   anywhere in the document is half a sign: information for one swapped letter of a word of three or more.
 * - A listed acronym is taken for another only across fields (DNA for DMA, not CPU for GPU: acronyms that
 *   share a context word are both plausible wherever either is), when none of its own context words is
 *   near, its own field is not the document's, and the other's words are near: information (with one sign
 *   only when no word of its own field is in the document), a warning with three signs or more.
 * - Not listed, and right beside what a listed acronym of as many letters stands for (its `expansions`,
 *   only brackets, commas or つまり between: 最高財務責任者（CFL）, LNM、大規模言語モデル), differing from it in
 *   at most half its letters, whatever their sounds: that acronym, a warning. An entity of the knowledge base
 *   with a name of capitals (CMA) stands for its other names (英競争・市場庁): 全米レコード協会（RIIA） is RIAA.
 * - Digits after the letters (HVM3E, a generation) are kept: the letters alone are compared.
 * - A word the document writes three times or more and never the acronym is a name of its own.
 */
import { makeFinding } from '../finding';
import { nameIndexOf, squash } from '../nameIndex';
import type { AcronymRule } from '../knowledge/rules';
import type { Finding, OffsetRange } from '../types';
import type { DetectorContext } from '../context';
import type { SequenceDetector } from './detector';
import { listedKey, wordKey } from '../documentWords';
import { messagesGeneration, t } from '../l10n';
import { acronymsWithEntityNames } from './entityAcronyms';
import { lettersOfKatakana, looksLikeAcronym, mixedReadings, readingsOf, shareAField, spelledOutReadings, type AcronymReading } from './acronymForms';

const CODE = 'misheard-acronym';
const WINDOW = 60;
const LATIN = 'A-Za-z0-9\uFF21-\uFF3A\uFF41-\uFF5A\uFF10-\uFF19';
const WORD = new RegExp(`(?<![${LATIN}])[${LATIN}]+(?:-[${LATIN}]+)*(?![${LATIN}])`, 'g');
const MIXED = /(?<![A-Za-z0-9])([A-Z]{2,4})([\u30A1-\u30FA\u30FC]{2,})(?![\u30A1-\u30FA\u30FC])/g;
const KATAKANA_WORD = /(?<![\u30A1-\u30FA\u30FC])[\u30A1-\u30FA\u30FC][\u30A1-\u30FA\u30FC・]{3,}(?<!・)(?![\u30A1-\u30FA\u30FC])/g;

/** A word that may be a listed acronym with a letter misheard, with the text around it. */
interface AcronymCandidate {
  /** The word as written, and the part of it compared (its letters, when digits follow). */
  readonly token: string;
  readonly written: string;
  /** The letters compared (HBM for エイチブイエム's HVM… as heard: HVM). */
  readonly letters: string;
  /** Of `written`, in chunk offsets. */
  readonly range: OffsetRange;
  /** The listed acronym the word already is, when it is one (read then only across fields). */
  readonly listed: AcronymRule | undefined;
  /** The listed acronyms it may be, likeliest first. */
  readonly readings: readonly AcronymReading[];
  /** The text within WINDOW characters before and after it. */
  readonly around: string;
  /** Listed acronyms of as many letters, differing in at most half, that have an expansion (spelledOutReadings). */
  readonly spelledOut: readonly AcronymRule[];
  /** The text just before and just after it (BESIDE characters each, apart): where an expansion stands beside it. */
  readonly beside: string;
  /** Letter names and a word all in katakana (エヌブイリンク): a listed name of capitals and a word spelled out as heard. */
  readonly spelledName?: boolean;
}

export const misheardAcronym: SequenceDetector<AcronymCandidate> = {
  code: CODE,
  description: 'An acronym with one letter heard wrong (GBU for GPU, HVM for HBM), where the context names the right one.',
  scan(doc, services) {
    const { acronyms, letterGroups, letterNames } = services.rules;
    const text = doc.text;
    const latinNames = nameIndexOf(services.kb).latinSquashed;
    const found: AcronymCandidate[] = [];
    const consider = (token: string, written: string, letters: string, start: number): void => {
      const listed = acronyms.get(letters.toLowerCase());
      let readings: AcronymReading[];
      let spelledOut: AcronymRule[] = [];
      if (listed) {
        // A listed acronym: only another of a different field may be meant.
        if (!listed.contexts || listed.contexts.length === 0 || token !== written) return;
        readings = readingsOf(letters, acronyms, letterGroups, 1).filter((r) => !shareAField(r.rule, listed));
      } else {
        if (latinNames.has(squash(letters))) return;
        const letterCount = letters.replace(/[^A-Za-z]/g, '').length;
        readings = readingsOf(letters, acronyms, letterGroups, letterCount >= 4 && letterCount <= 6 ? 2 : 1, letterCount >= 3, (acronym) =>
          new RegExp(`(?<![A-Za-z])${acronym}(?![A-Za-z])`).test(text),
        );
        // What the acronym list and the knowledge base's entities stand for (英競争・市場庁 for CMA).
        spelledOut = token === written && letterCount >= 3 ? spelledOutReadings(letters, acronymsWithEntityNames(services.kb, acronyms)) : [];
      }
      if (readings.length === 0 && spelledOut.length === 0) return;
      const range = { start, end: start + written.length };
      found.push(candidateAt(text, range, { token, written, letters, listed, readings, spelledOut }));
    };
    for (const match of text.matchAll(WORD)) {
      const token = match[0];
      const plain = token.normalize('NFKC');
      if (!looksLikeAcronym(plain)) continue;
      if (!acronyms.has(plain.toLowerCase()) && latinNames.has(squash(plain))) continue;
      // A generation or size after the letters (HVM3E, MVL72) is kept: the letters are what was misheard.
      const lettersOnly = /^([A-Z]{2,})-?[0-9]/.exec(plain)?.[1];
      const useLetters =
        lettersOnly !== undefined &&
        !acronyms.has(plain.toLowerCase()) &&
        !acronyms.has(lettersOnly.toLowerCase()) &&
        readingsOf(plain, acronyms, letterGroups, 1).length === 0;
      const written = useLetters ? token.slice(0, lettersOnly.length) : token;
      consider(token, written, useLetters ? lettersOnly : plain, match.index ?? 0);
    }
    for (const match of text.matchAll(KATAKANA_WORD)) {
      const letters = lettersOfKatakana(match[0], letterNames);
      if (letters) consider(match[0], match[0], letters, match.index ?? 0);
      else {
        // Letter names, then a word (エヌブイリンク, エンヴィリンク): a listed name of capitals and a word, spelled out as heard.
        const run = match[0];
        for (let cut = run.length - 2; cut >= 2; cut--) {
          const spelled = lettersOfKatakana(run.slice(0, cut), letterNames);
          if (spelled === undefined) continue;
          const rules = mixedReadings(spelled, run.slice(cut), acronyms, letterGroups, true);
          if (rules.length === 0) continue;
          const range = { start: match.index ?? 0, end: (match.index ?? 0) + run.length };
          const readings = rules.map((rule) => ({ rule, swapped: 1 }));
          found.push(candidateAt(text, range, { token: run, written: run, letters: spelled, listed: undefined, readings, spelledOut: [], spelledName: true }));
          break;
        }
      }
    }
    // Capitals and a word in katakana (MVリンク): a listed name of capitals and a word, one capital misheard (NVLink).
    for (const match of text.matchAll(MIXED)) {
      const [written, capitals = '', katakana = ''] = match;
      if (latinNames.has(squash(capitals)) || acronyms.has(capitals.toLowerCase())) continue;
      const readings = mixedReadings(capitals, katakana, acronyms, letterGroups).map((rule) => {
        // The fix keeps the word as written in katakana: NVリンク.
        const capitalsOf = /^[A-Z]+?(?=[A-Z][a-z])/.exec(rule.acronym)?.[0] ?? rule.acronym;
        return { rule: { ...rule, acronym: capitalsOf + katakana, contexts: [...(rule.contexts ?? []), rule.acronym] }, swapped: 1 };
      });
      if (readings.length === 0) continue;
      const range = { start: match.index ?? 0, end: (match.index ?? 0) + written.length };
      found.push(candidateAt(text, range, { token: written, written, letters: capitals, listed: undefined, readings, spelledOut: [] }));
    }
    return found.sort((a, b) => a.range.start - b.range.start);
  },
  reach: WINDOW,
  resolve: (candidate, around) => {
    const range = { start: around.offset + candidate.range.start, end: around.offset + candidate.range.end };
    return { ...candidate, around: windowAround(around.text, range), beside: besideOf(around.text, range) };
  },
  itemKey: (c) => `${c.token}\u0001${c.written}\u0001${c.around}\u0001${c.beside}`,
  itemRange: (c) => c.range,
  decide(chunks, context) {
    const verdicts = new Map<number, readonly Finding[]>();
    let ordinal = 0;
    for (const candidates of chunks) {
      for (const candidate of candidates) {
        const verdict = judgedOnce(candidate, context);
        if (verdict) verdicts.set(ordinal, verdict);
        ordinal++;
      }
    }
    return verdicts;
  },
};

/** What a candidate's judgement reads of the document: how often words are written. */
type WordCounts = Pick<DetectorContext, 'wordCount'>;

/** Each candidate's last verdict, with the counts it read (in order) and the language of its message. */
const judged = new WeakMap<
  AcronymCandidate,
  { readonly language: number; readonly counts: readonly (readonly [string, number])[]; readonly verdict: readonly Finding[] | undefined }
>();

/**
 * A candidate's verdict, taken over from its last judgement while every count that judgement read is the
 * same (then it would go the same way): an edit judges again only the candidates whose counts it changed.
 * The counts are read again through the context either way, so the decision still records reading them.
 */
function judgedOnce(candidate: AcronymCandidate, context: DetectorContext): readonly Finding[] | undefined {
  const last = judged.get(candidate);
  if (last && last.language === messagesGeneration() && last.counts.every(([key, count]) => context.wordCount(key) === count)) return last.verdict;
  const counts: [string, number][] = [];
  const counting: WordCounts = {
    wordCount: (key) => {
      const count = context.wordCount(key);
      counts.push([key, count]);
      return count;
    },
  };
  const finding = candidate.listed
    ? judgeListed(candidate, candidate.listed, counting)
    : candidate.spelledName
      ? judgeSpelledName(candidate, counting)
      : judgeUnknown(candidate, counting);
  const verdict = finding ? [finding] : undefined;
  judged.set(candidate, { language: messagesGeneration(), counts, verdict });
  return verdict;
}

const writes = (context: WordCounts, word: string): number => context.wordCount(wordKey(word));

/** Words of a rule near the candidate, and (apart) those written elsewhere in the document. */
function evidenceFor(rule: AcronymRule, candidate: AcronymCandidate, context: WordCounts, leaveOut: readonly string[] = []) {
  const words = (rule.contexts ?? []).filter((word) => !leaveOut.includes(word));
  const cues = words.filter((word) => mentions(candidate.around, word));
  const inDocument = words.filter((word) => !cues.includes(word) && context.wordCount(listedKey(word)) > 0);
  return { cues, inDocument, elsewhere: writes(context, rule.acronym) > 0, field: inDocument.length >= 2, someField: inDocument.length >= 1 };
}

/** A listed name of capitals and a word written all in katakana as heard (エヌブイリンク for NVLink): its words around it, or its field in the document. */
function judgeSpelledName(candidate: AcronymCandidate, context: WordCounts): Finding | undefined {
  for (const { rule } of candidate.readings) {
    const { cues, inDocument, elsewhere, field } = evidenceFor(rule, candidate, context);
    const signs = Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
    if (signs === 0) continue;
    return report(candidate, rule, signs >= 2 ? 0.75 : 0.55, [
      t('「{0}」 is 「{1}」 written out as heard: its letters and its word in katakana.', candidate.written, rule.acronym),
      ...reasonsOf(rule, cues, elsewhere, field ? inDocument : []),
    ]);
  }
  return undefined;
}

/** An acronym no list knows, read as a listed one. */
function judgeUnknown(candidate: AcronymCandidate, context: WordCounts): Finding | undefined {
  // What a listed acronym stands for, written out right beside the word (最高財務責任者（CFL）): that acronym.
  for (const rule of candidate.spelledOut) {
    const expansion = rule.expansions?.find((words) => besideHolds(candidate.beside, words));
    if (expansion === undefined) continue;
    return report(candidate, rule, 0.75, [
      t('「{0}」 is no acronym we know; right beside it stands what 「{1}」 stands for: 「{2}」.', candidate.written, rule.acronym, expansion),
    ]);
  }
  // The reading the document supports best (more words of its field around), nearest first among equals.
  const support = (rule: AcronymRule): number => {
    const { cues, elsewhere, field } = evidenceFor(rule, candidate, context);
    return Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
  };
  const ranked = candidate.readings
    .map((reading, order) => ({ reading, order, support: support(reading.rule) }))
    .sort((a, b) => a.reading.swapped - b.reading.swapped || b.support - a.support || a.order - b.order)
    .map(({ reading }) => reading);
  for (const { rule, swapped } of ranked) {
    const { cues, inDocument, elsewhere, field, someField } = evidenceFor(rule, candidate, context);
    if (writes(context, candidate.token) >= 3 && !elsewhere) continue;
    const signs = Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
    const [warnAt, reportAt] = swapped === 1 ? [2, 1] : [3, 2];
    // One word of its field anywhere in the document is half a sign: information for one swapped letter of three or more.
    const halfSign = signs === 0 && swapped === 1 && someField && candidate.letters.length >= 3;
    if (signs < reportAt && !halfSign) continue;
    // Written as one word with a katakana noun the other acronym makes no compound with (TCボンダー, not VC's): a
    // term of its own trade more likely than a slip, so information at most.
    const foreignCompound = compoundNounAfter(candidate.beside, rule);
    const confidence = signs >= warnAt ? 0.75 : halfSign ? 0.5 : 0.55;
    return report(candidate, rule, foreignCompound === undefined ? confidence : Math.min(confidence, 0.5), [
      ...(foreignCompound === undefined
        ? []
        : [t('「{0}{1}」 may be a term of its own, and 「{2}」 makes no such word: unsure.', candidate.written, foreignCompound, rule.acronym)]),
      swapped === 1
        ? t('「{0}」 is no acronym we know; with one letter that sounds alike changed it is 「{1}」.', candidate.written, rule.acronym)
        : t('「{0}」 is no acronym we know; with two letters that sound alike changed it is 「{1}」.', candidate.written, rule.acronym),
      ...reasonsOf(rule, cues, elsewhere, field ? inDocument : []),
    ]);
  }
  return undefined;
}

/** A listed acronym where the words around it belong to another of a different field. */
function judgeListed(candidate: AcronymCandidate, listed: AcronymRule, context: WordCounts): Finding | undefined {
  const own = listed.contexts ?? [];
  if (own.some((word) => mentions(candidate.around, word))) return undefined;
  // Written as one word with a word of the other's (KBキャッシュ: KVキャッシュ), a compound that only the other makes.
  const after = candidate.beside.slice(candidate.beside.indexOf('\u0000') + 1);
  for (const { rule } of candidate.readings) {
    const glued = (rule.contexts ?? []).find((word) => GLUED_WORD.test(word) && after.startsWith(word) && !own.includes(word));
    if (glued === undefined || GLUED_WORD.test(after.slice(glued.length, glued.length + 1))) continue;
    return report(candidate, rule, 0.7, [
      t('「{0}{1}」 is no word; 「{2}{1}」 is a word of the field of {2}.', candidate.written, glued, rule.acronym),
      t('Spoken letters sound alike, and speech recognition may write the wrong one.'),
    ]);
  }
  const ownInDocument = own.filter((word) => context.wordCount(listedKey(word)) > 0).length;
  if (ownInDocument >= 2 || writes(context, candidate.token) >= 3) return undefined;
  for (const { rule } of candidate.readings) {
    const { cues, inDocument, elsewhere, field } = evidenceFor(rule, candidate, context, own);
    if (cues.length === 0) continue;
    const signs = Math.min(2, cues.length) + (elsewhere ? 1 : 0) + (field ? 1 : 0);
    // One sign is enough for information only where nothing of the written acronym's field is in the document.
    if (signs < (ownInDocument === 0 ? 1 : 2)) continue;
    return report(candidate, rule, signs >= 3 ? 0.7 : 0.5, [
      t(
        '「{0}」 is an acronym of another field ({1}); with one letter that sounds alike changed it is 「{2}」, which fits here.',
        candidate.written,
        own.slice(0, 3).join('、'),
        rule.acronym,
      ),
      ...reasonsOf(rule, cues, elsewhere, field ? inDocument : []),
    ]);
  }
  return undefined;
}

function reasonsOf(rule: AcronymRule, cues: readonly string[], elsewhere: boolean, inDocument: readonly string[]): string[] {
  return [
    cues.length > 0 ? t('Words around it go with {0}: {1}.', rule.acronym, cues.map((c) => `「${c}」`).join(', ')) : '',
    elsewhere ? t('The document writes 「{0}」 elsewhere.', rule.acronym) : '',
    inDocument.length > 0 ? t('The document speaks of its field: {0}.', inDocument.map((c) => `「${c}」`).join(', ')) : '',
  ].filter((r) => r !== '');
}

function report(candidate: AcronymCandidate, rule: AcronymRule, confidence: number, reasons: readonly string[]): Finding {
  return makeFinding({
    code: CODE,
    range: candidate.range,
    message: t('「{0}」 is probably 「{1}」, with a letter misheard', candidate.written, rule.acronym),
    confidence,
    explanation: { problem: t('Spoken letters sound alike, and speech recognition may write the wrong one.'), reasons },
    replacements: [rule.acronym],
  });
}

/** A context word in a text: a Latin one as a word of its own (AI is not in OpenAI). */
function mentions(text: string, word: string): boolean {
  if (!/^[A-Za-z0-9]/.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[A-Za-z0-9]/.test(text[at - 1] ?? '') && !/[A-Za-z0-9]/.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** The katakana noun written as one word after the acronym (ボンダー of TCボンダー), unless the reading's own words make it. */
function compoundNounAfter(beside: string, rule: AcronymRule): string | undefined {
  const noun = KATAKANA_NOUN.exec(beside.slice(beside.indexOf('\u0000') + 1))?.[0];
  if (noun === undefined || (rule.contexts ?? []).some((word) => noun.startsWith(word))) return undefined;
  return noun;
}

const KATAKANA_NOUN = /^[\u30A1-\u30FA][\u30A1-\u30FA\u30FC]+/;

/** A word of kana or kanji that a compound with an acronym is made with (キャッシュ of KVキャッシュ). */
const GLUED_WORD = /^[\u30A1-\u30FA\u30FC\u3400-\u9fff]/;

/** What may stand between an acronym and its expansion: brackets, commas, spaces, and a word saying "that is". */
/** How far beside the word an expansion may reach: an English name in words (Digital Millennium Copyright Act) is long. */
const BESIDE = WINDOW;
const BESIDE_GAP = /^[\s（）()、「」・:：,]*(?:つまり|すなわち|いわゆる)?[\s（）()、「」・:：,]*$/;

/** The text before and after a range, up to BESIDE characters each, apart (\u0000 between). */
function besideOf(text: string, { start, end }: OffsetRange): string {
  return `${text.slice(Math.max(0, start - BESIDE), start)}\u0000${text.slice(end, end + BESIDE)}`;
}

/** Whether an expansion ends right before the word or begins right after it (BESIDE_GAP between). */
function besideHolds(beside: string, expansion: string): boolean {
  const [before = '', after = ''] = beside.split('\u0000');
  const end = before.lastIndexOf(expansion);
  if (end >= 0 && BESIDE_GAP.test(before.slice(end + expansion.length))) return true;
  const at = after.indexOf(expansion);
  return at >= 0 && BESIDE_GAP.test(after.slice(0, at));
}

/** The text within WINDOW characters before and after a range. */
/** A candidate at a range of the chunk, with the text around and beside it read from there. */
function candidateAt(text: string, range: OffsetRange, found: Omit<AcronymCandidate, 'range' | 'around' | 'beside'>): AcronymCandidate {
  return { ...found, range, around: windowAround(text, range), beside: besideOf(text, range) };
}

function windowAround(text: string, { start, end }: OffsetRange): string {
  return text.slice(Math.max(0, start - WINDOW), start) + text.slice(end, end + WINDOW);
}
