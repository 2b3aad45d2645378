/** Whether a garbled spelling is how the document spells the name, decided over the whole document. */
import { makeFinding } from '../../finding';
import { scriptOf } from '../../text';
import { consonantSkeleton, soundKey } from '../../soundKey';
import type { Finding } from '../../types';
import { t } from '../../l10n';
import { CODE, VARIANT_CONFIDENCE } from './findingCode';

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
