/**
 * Latin-script words and short phrases that are not English and not a known name, but look or sound
 * like a known name ("Deepik" → DeepSeek, "OpenIA" → OpenAI, "Twitte" → Twitter, "Open the Eyes" → OpenAI).
 */
import { latinKey, latinPairKey, type WordCounts } from '../documentWords';
import type { AnalyzedDocument } from '../analyzedDocument';
import type { DetectorContext } from '../context';
import { displayName, withOwnMentions } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { nameIndexOf, spokenForm, squash, type LatinName, type NameIndex } from '../nameIndex';
import { editSimilarity, jaroWinkler } from '../similarity';
import { isInEnglishProse, isJapanese } from '../text';
import { keepBestNonOverlapping, overlapsAny } from '../ranges';
import type { Finding, OffsetRange } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'garbled-latin-name';
const WORD = /[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?/g;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
}

export const garbledLatinName: Detector = {
  code: CODE,
  description: 'Latin-script words that look or sound like a known name but are not one (Deepik → DeepSeek).',
  detect(doc, context) {
    const findings: Finding[] = [];
    const covered = context.mentions.map((m) => m.range);
    for (const candidate of candidates(doc)) {
      const range = flowRange(doc.flow, candidate.start, candidate.end);
      if (overlapsAny(covered, range)) continue;
      if (!isGarbleCandidate(candidate, doc.flow.text, context)) continue;
      const finding = judge(candidate, range, doc, context);
      if (finding) findings.push(finding);
    }
    return keepBestNonOverlapping(selfChecking ? findings : findings.filter((f) => settlesAlone(f, doc, context)), (f) => f.confidence);
  },
};

// True while a fix is being checked, so that the check does not check itself.
let selfChecking = false;

/**
 * Whether the text with this fix applied has no garble reaching beyond the fix: "Mcron" → "Macron" would
 * leave "Macron Technology" to fix again (it was Micron Technology). A fix that does not settle is not
 * offered; a wrong name would be worse than none. (Inside the fix stands a known name, which the real
 * analysis covers with its mention.)
 */
function settlesAlone(finding: Finding, doc: AnalyzedDocument, context: DetectorContext): boolean {
  const edit = finding.fixes[0]?.edits[0];
  if (!edit) return true;
  const fixed = doc.edited(doc.text.slice(0, edit.range.start) + edit.newText + doc.text.slice(edit.range.end));
  const start = edit.range.start;
  const end = start + edit.newText.length;
  selfChecking = true;
  try {
    const left = garbledLatinName.detect(fixed, withOwnMentions(context, []));
    return !left.some((f) => f.range.start <= end && start <= f.range.end && (f.range.start < start || f.range.end > end));
  } finally {
    selfChecking = false;
  }
}

/** Single words, and runs of two or three words that may be one name misheard as several. */
function* candidates(doc: AnalyzedDocument): Generator<Candidate> {
  const { text } = doc.flow;
  const words: { start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) words.push({ start: match.index, end: match.index + match[0].length });
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const first = words[i];
      const last = words[i + n - 1];
      if (!first || !last) break;
      const between = text.slice(first.start, last.end);
      if (n > 1 && !/^[A-Za-z0-9'’]+(?: [A-Za-z0-9'’]+)*$/.test(between)) break;
      yield { start: first.start, end: last.end, text: between, words: n };
    }
  }
}

function isGarbleCandidate(candidate: Candidate, flow: string, context: DetectorContext): boolean {
  const before = flow[candidate.start - 1] ?? ' ';
  const after = flow[candidate.end] ?? ' ';
  // URLs, file names, e-mail addresses and handles are spelled on purpose.
  const domainName = /^\.(?:com|ai|org|net|io)\b/.test(flow.slice(candidate.end, candidate.end + 5));
  if (/[./@:_#\-\\]/.test(before) || (/[./@_\-\\]/.test(after) && !domainName)) return false;
  // A word cut by an invisible character (Adob\u200Be) is a whole word with a stray character in it, not a garble.
  if (ZERO_WIDTH.test(before) || ZERO_WIDTH.test(after)) return false;
  if (isInEnglishProse(flow, candidate.start, candidate.end)) return false;
  // Acronyms ("DPS") are compared only as abbreviations of a name (see abbreviates).
  if (isAcronym(candidate.text)) return true;
  if (candidate.words === 1) return candidate.text.length >= 4 && !context.lexicon.has(candidate.text);
  // A phrase must stand where a name stands in Japanese: right before a particle or after one.
  return isJapanese(after) || isJapanese(before);
}

interface Match {
  readonly name: LatinName;
  readonly similarity: number;
  readonly abbreviation?: boolean;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;

// A Latin word in Japanese text is copied from the source: machine translation keeps it as it was, and a
// speech recogniser garbles a name a different way each time. Written the same way this often, it is the
// source's own name (a product the knowledge base lacks), not a garble.
const CONSISTENT_USES = 3;

/** Whether a Latin word stands in the document as a word of its own at least CONSISTENT_USES times. */
export function isWrittenConsistently(word: string, words: WordCounts, text: () => string): boolean {
  if (!/^[A-Za-z0-9' ]+$/.test(word)) return false;
  // One word or two are counted in every chunk already (documentWords.ts); longer ones are looked for in the text.
  const parts = word.split(' ');
  if (!word.includes("'") && parts.length <= 2 && !parts.includes('')) {
    const [first = '', second] = parts;
    return words.count(second === undefined ? latinKey(first) : latinPairKey(first, second)) >= CONSISTENT_USES;
  }
  const pattern = new RegExp(`(?<![A-Za-z0-9])${word.replace(/ /g, '\\s+')}(?![A-Za-z0-9])`, 'g');
  let uses = 0;
  for (const _match of text().matchAll(pattern)) if (++uses >= CONSISTENT_USES) return true;
  return false;
}

const isAcronym = (text: string): boolean => /^[A-Z]{2,5}$/.test(text);
const VOWELS = /[aeiouy]/;

/**
 * "chpt" for ChatGPT, "DPS" for DeepSeek: letters with no vowel between them, all found in order in the
 * name and starting with its first letter — the consonants someone heard or typed.
 */
function abbreviates(written: string, name: string): boolean {
  if (written.length < 3 || VOWELS.test(written) || written[0] !== name[0]) return false;
  let at = 0;
  for (const ch of written) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A name of its own that the knowledge base lacks, not a garble: it extends a known name whole (Qwen3,
 * SpaceXAI, GPT4All: a version, a suffix, a second brand word), or it is a compound of English words the
 * way brands are built (OpenClaw: "Open" + "Claw", where a garble of OpenAI would mangle "AI", not swap it
 * for another word).
 */
function isNameOfItsOwn(candidate: Candidate, index: NameIndex, context: DetectorContext): boolean {
  if (candidate.words > 1) return false;
  const written = squash(candidate.text);
  const names = index.latinByInitial.get(written[0] ?? '') ?? [];
  if (names.some((name) => name.squashed.length >= 3 && written.length > name.squashed.length && written.startsWith(name.squashed))) return true;
  const parts = candidate.text.match(/[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+/g) ?? [];
  return (
    parts.length >= 2 &&
    parts.every((part) => /^[0-9]+$/.test(part) || (part.length >= 3 && context.lexicon.has(part.toLowerCase())) || index.latinSquashed.has(part.toLowerCase()))
  );
}

function bestMatch(candidate: Candidate, index: NameIndex, context: DetectorContext): Match | undefined {
  const written = squash(candidate.text);
  // A spaced or re-cased known name ("Open AI") is a spelling matter for other detectors, not a garble.
  if (index.latinSquashed.has(written) || isNameOfItsOwn(candidate, index, context)) return undefined;
  // A word of a known name ("Brian" of Brian Chesky) is spelled right, whichever name it belongs to.
  if (candidate.words === 1 && index.latinWords.has(candidate.text.toLowerCase())) return undefined;
  const names = index.latinByInitial.get(written[0] ?? '') ?? [];
  if (isAcronym(candidate.text) || !VOWELS.test(written)) return bestAbbreviation(written, names, context);
  // Speech recognisers insert articles into a name heard as words ("Open the Eyes" for "OpenAI's").
  const spoken = spokenForm(candidate.text.replace(/\b(?:the|a|an)\b/gi, ' '));
  let best: Match | undefined;
  let bestScore = 0;
  for (const name of names) {
    if (name.squashed.length < 4) continue;
    const similarity = Math.max(
      Math.min(jaroWinkler(written, name.squashed), editSimilarity(written, name.squashed) + 0.25),
      candidate.words > 1 ? jaroWinkler(spoken, name.spoken) : 0,
    );
    // An affinity adds 0.1 at most: a name that cannot beat the best so far even so is not asked about (one fact read fewer).
    if (similarity + 0.1 <= bestScore) continue;
    const score = similarity + 0.1 * context.affinity(name.entityId);
    if (score > bestScore) {
      bestScore = score;
      best = { name, similarity };
    }
  }
  // The same sounds in other letters, whatever the first letter (Jemmah for Gemma, Mikstral for Mixtral): a
  // recogniser writes what it hears. Nearly as sure as the same letters, never quite, and for a name of the story.
  for (const name of sameSoundNames(index).get(latinSounds(written)) ?? []) {
    // Only a name of the story: a foreign word or name of the same sounds is as likely otherwise.
    if (name.squashed === written || context.affinity(name.entityId) === 0) continue;
    // Ranked above a near spelling of another name (Mistral for Mikstral): the sounds are the stronger evidence.
    const score = SAME_SOUNDS_RANK + 0.1 * context.affinity(name.entityId);
    if (score > bestScore) {
      bestScore = score;
      best = { name, similarity: SAME_SOUNDS };
    }
  }
  return best;
}

const SAME_SOUNDS = 0.96;
const SAME_SOUNDS_RANK = 1.05;

/**
 * How a Latin word sounds, roughly: letters that spell one sound folded (x/ks, ph/f, ck/c/q/k, soft g/j, y/i,
 * a final h after a vowel, l/r, doubled letters). Only equal keys count: a looser match would join unrelated names.
 */
export function latinSounds(squashed: string): string {
  return (
    squashed
      .replace(/ph/g, 'f')
      .replace(/x/g, 'ks')
      .replace(/ck|q/g, 'k')
      .replace(/c(?=[aou]|$|[^aeiouyh])/g, 'k')
      .replace(/g(?=[ei])/g, 'j')
      .replace(/y/g, 'i')
      .replace(/([aeiou])h$/, '$1')
      // l and r are one sound to a Japanese ear (Prammo for PLaMo).
      .replace(/l/g, 'r')
      .replace(/([a-z])\1+/g, '$1')
  );
}

const soundCache = new WeakMap<NameIndex, ReadonlyMap<string, readonly LatinName[]>>();

/** The Latin names of five letters or more (three letters first) by how they sound. */
function sameSoundNames(index: NameIndex): ReadonlyMap<string, readonly LatinName[]> {
  let bySound = soundCache.get(index);
  if (!bySound) {
    const found = new Map<string, LatinName[]>();
    for (const name of index.latin) {
      if (name.squashed.length < 5 || !/^[a-z]{3}/.test(name.squashed)) continue;
      const key = latinSounds(name.squashed);
      const list = found.get(key);
      if (list) list.push(name);
      else found.set(key, [name]);
    }
    soundCache.set(index, (bySound = found));
  }
  return bySound;
}

/** Abbreviations are only read as a name the document already talks about, and never with much confidence. */
function bestAbbreviation(written: string, names: readonly LatinName[], context: DetectorContext): Match | undefined {
  // Three letters need a name the document repeats; four may also stand for a name related to the story.
  const plausible = (name: LatinName): boolean =>
    (context.evidence.get(name.entityId) ?? 0) >= 2 || (written.length >= 4 && context.affinity(name.entityId) > 0);
  // How often the document names an entity is read last, for the names the letters abbreviate: what a judgement
  // reads is what voids it when it changes.
  const matches = names.filter((name) => name.squashed.length >= written.length + 2 && abbreviates(written, name.squashed) && plausible(name));
  const best = matches.sort(
    (a, b) => context.affinity(b.entityId) - context.affinity(a.entityId) || (context.evidence.get(b.entityId) ?? 0) - (context.evidence.get(a.entityId) ?? 0),
  )[0];
  return best && { name: best, similarity: 0.86, abbreviation: true };
}

/**
 * A model number of the same line (MI350 beside MI355X, MI450 beside MI400, H20 beside H200): the letters
 * the same, the digits other. Makers number new products faster than any list of them grows, and a
 * recogniser that mishears a digit writes another digit, which no spelling check can tell from a new model.
 */
function siblingModelNumber(written: string, name: string): boolean {
  if (!/\d/.test(written) || !/\d/.test(name)) return false;
  const letters = (s: string): string => s.replace(/[^A-Za-z]/g, '').toUpperCase();
  const [a, b] = [letters(written), letters(name)];
  return a !== '' && (a === b || a.startsWith(b) || b.startsWith(a));
}

function judge(candidate: Candidate, range: OffsetRange, doc: AnalyzedDocument, context: DetectorContext): Finding | undefined {
  const match = bestMatch(candidate, nameIndexOf(context.kb), context);
  if (!match) return undefined;
  const entity = context.kb.get(match.name.entityId);
  if (!entity || siblingModelNumber(candidate.text, match.name.text)) return undefined;
  const affinity = context.affinity(entity.id);
  const threshold = candidate.words > 1 ? 0.88 : 0.86;
  if (match.similarity < threshold) return undefined;
  // Without the entity in the story, only a near-identical spelling is worth a word.
  if (affinity === 0 && match.similarity < 0.95) return undefined;
  const nounPosition = isJapanese(doc.flow.text[candidate.end] ?? '');
  const scored = (match.similarity - 0.8) * 2.5 + 0.45 * affinity + (nounPosition ? 0.05 : 0) + (candidate.words > 1 ? -0.05 : 0.1);
  // An abbreviation is a guess about what was meant: information at most.
  const confidence = match.abbreviation ? Math.min(0.6, scored) : scored;
  if (confidence < 0.35) return undefined;
  const named = context.mentionCount.has(entity.id);
  const reasons = [
    match.abbreviation
      ? t('「{0}」 is neither an English word nor a known name; its letters are consonants of 「{1}」, in order.', candidate.text, match.name.text)
      : t(
          '「{0}」 is neither an English word nor a known name; it is {1}% similar to 「{2}」.',
          candidate.text,
          Math.round(match.similarity * 100),
          match.name.text,
        ),
    named
      ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(entity))
      : affinity > 0
        ? t('Entities related to {0} are named in this document.', displayName(entity))
        : t('{0} is not otherwise named here, so this is less certain.', displayName(entity)),
  ];
  return makeFinding({
    code: CODE,
    range,
    message: t('「{0}」 looks like a garbled 「{1}」 ({2})', candidate.text, match.name.text, entity.ja),
    confidence,
    explanation: { problem: t('Probably a mis-recognised or mistyped name: {0}.', displayName(entity)), reasons },
    // The document's own way of writing the name ("Nvidia"), else the known spelling that matched.
    replacements: [context.mostUsedSpelling(entity.id, (s) => squash(s) === match.name.squashed) ?? match.name.text],
    entityId: entity.id,
  });
}
