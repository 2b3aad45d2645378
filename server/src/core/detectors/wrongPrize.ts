/**
 * A prize given to the wrong field or year for a known person: 「ハサビスがノーベル物理学賞を受賞」 (chemistry),
 * 「ヤン・ルカンがノーベル賞を取る前」 (the Turing Award), 「2014年のノーベル化学賞」 in a story about 2024's laureates.
 * Speech recognition and translation swap the field words (物理学/化学) and the digits of a year; the
 * knowledge base's facts say which prize each person received.
 *
 * Contract: a prize written in the text (ノーベル◯◯賞, ◯◯学賞, ノーベル賞, チューリング賞, with or without
 * 「YYYY年の」) is judged only against the people of the knowledge base whose facts or description name a
 * prize, and who are named in the same sentence (the turn's previous line counts: a transcript breaks its
 * sentences):
 * - a Nobel field none of those people received while at least one of them received a Nobel prize: a
 *   warning when the sentence says the prize was won (受賞, 取った…), information otherwise; the fix is their
 *   field when they agree on one;
 * - 「ノーベル賞」 said to be won by people none of whom received a Nobel prize, while each received the Turing
 *   Award: information (the knowledge base may not know every prize), with チューリング賞 as the fix;
 * - a Nobel prize's year that none of those people received it in, one digit off the year they did: a warning;
 *   with no such person in the sentence, the people the document names, when the sentence speaks of their field
 *   (AI, neural networks, proteins): information, the link is looser.
 * People the knowledge base gives no prize are never judged: it cannot say they did not win one.
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import { t } from '../l10n';
import type { Finding, OffsetRange } from '../types';
import type { Detector } from './detector';
import { oneDigitOff } from '../text';

const CODE = 'wrong-prize';

/** A prize as the knowledge base states it: 'nobel' with its field, or 'turing'. */
interface Prize {
  readonly kind: 'nobel' | 'turing';
  /** The Nobel field as Japanese writes it (物理学, 化学…); empty for the Turing Award. */
  readonly field: string;
  readonly year: number | undefined;
}

const FIELDS = '物理学|化学|経済学|生理学・医学|医学・生理学|文学|平和';
const PRIZE_IN_FACTS = new RegExp(`(?:(\\d{4})年度?の)?(?:ノーベル(${FIELDS})賞|(チューリング賞))`, 'g');
/** In the text: a field may stand without ノーベル (「物理学賞を取った」), and ノーベル賞 without a field. */
const PRIZE_IN_TEXT = new RegExp(`(?:(\\d{4})年度?の)?(?:ノーベル(?:(${FIELDS})賞|(賞))|(物理学|化学|経済学)賞|(チューリング賞))`, 'g');
/** The sentence says the prize was won (not 「ノーベル賞級」, not a wish). */
const WON = /受賞|取っ|取る|取り|とっ|獲得|授与|贈られ|輝い|受け/;
/** A sentence ends here (a transcript's line break does not: its sentences span lines). */
const SENTENCE_END = /[。！？!?]/;
/** Words of the field the knowledge base's laureates won for (AI and what it was applied to). */
const FIELD_OF_LAUREATES = /AI|人工知能|AlphaFold|アルファフォールド|ニューラル|機械学習|深層学習|ディープラーニング|タンパク質/;
/** How far back a sentence is read for its people, at most (a transcript's sentence spans lines). */
const REACH = 120;
/** A prize denied or set against another just after it is named (「物理学賞ではなく化学賞」, 「ノーベル賞は取っていない」). */
const DENIED = /^.{0,8}?(?:ではなく|でなく|じゃなく|ではない|以外|ていない|てない|なかった|ません)/;

const prizesByKb = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly Prize[]>>();

/** Each person's prizes, read from the facts and description the knowledge base gives them. */
export function prizesOf(kb: KnowledgeBase): ReadonlyMap<string, readonly Prize[]> {
  const known = prizesByKb.get(kb);
  if (known) return known;
  const prizes = new Map<string, Prize[]>();
  for (const entity of kb.entities.values()) {
    if (entity.type !== 'person') continue;
    const found = [...(entity.facts ?? []), entity.description].flatMap((text) =>
      [...text.matchAll(PRIZE_IN_FACTS)].map((m): Prize => ({
        kind: m[3] ? 'turing' : 'nobel',
        field: normalField(m[2] ?? ''),
        year: m[1] ? Number(m[1]) : undefined,
      })),
    );
    if (found.length > 0) prizes.set(entity.id, found);
  }
  prizesByKb.set(kb, prizes);
  return prizes;
}

function normalField(field: string): string {
  return field === '医学・生理学' ? '生理学・医学' : field;
}

/** Two years one digit apart (2014 for 2024): what a slip of one digit leaves. */
export const wrongPrize: Detector = {
  code: CODE,
  description: 'A prize given to the wrong field or year for a known person (ノーベル物理学賞 for a chemistry laureate).',
  detect(doc, context) {
    const text = doc.flow.text;
    const prizes = prizesOf(context.kb);
    const findings: Finding[] = [];
    for (const match of text.matchAll(PRIZE_IN_TEXT)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const sentenceStart = Math.max(lastSentenceEnd(text, start), start - REACH);
      const nextEnd = text.slice(end).search(SENTENCE_END);
      const sentenceEnd = nextEnd < 0 ? text.length : end + nextEnd;
      const window = flowRange(doc.flow, sentenceStart, sentenceEnd);
      const people = peopleWithPrizes(context, prizes, window);
      const sentence = text.slice(sentenceStart, sentenceEnd);
      // A prize the sentence denies is no claim to judge.
      if (DENIED.test(text.slice(end, sentenceEnd))) continue;
      const won = WON.test(text.slice(end, sentenceEnd)) || WON.test(sentence);
      const written: Prize = match[5]
        ? { kind: 'turing', field: '', year: undefined }
        : { kind: 'nobel', field: normalField(match[2] ?? match[4] ?? ''), year: match[1] ? Number(match[1]) : undefined };
      const fieldRange = (field: string): OffsetRange => {
        const at = start + match[0].indexOf(field);
        return flowRange(doc.flow, at, at + field.length);
      };
      if (written.kind === 'nobel' && written.field !== '' && people.length > 0) {
        const nobels = people.flatMap(({ prizes: own }) => own.filter((p) => p.kind === 'nobel'));
        // The sentence also names the right field (「物理学賞の発表の翌日に化学賞を受賞」): two prizes, not a slip.
        const rightFieldNamed = nobels.some((p) => p.field !== '' && sentence.includes(`${p.field}賞`));
        if (nobels.length > 0 && !nobels.some((p) => p.field === written.field) && !rightFieldNamed) {
          const fields = [...new Set(nobels.map((p) => p.field).filter((f) => f !== ''))];
          const fix = fields.length === 1 ? fields[0] : undefined;
          findings.push(
            makeFinding({
              code: CODE,
              range: fieldRange(match[2] ?? match[4] ?? ''),
              message: t('「{0}」: {1} received the Nobel Prize in {2}', written.field, names(people), fields.join('・')),
              confidence: won ? 0.75 : 0.55,
              explanation: {
                problem: t('The prize’s field does not match what the knowledge base records for the people of this sentence.'),
                reasons: [
                  ...people.map(({ entity, prizes: own }) => t('{0}: {1}.', displayName(entity), own.map(describePrize).join(', '))),
                  t('Speech recognition and translation swap the names of fields (物理学, 化学).'),
                ],
              },
              replacements: fix ? [fix] : [],
            }),
          );
          continue;
        }
      }
      if (written.kind === 'nobel' && written.field === '' && match[3] && people.length > 0 && won) {
        const all = people.flatMap(({ prizes: own }) => own);
        if (all.every((p) => p.kind === 'turing')) {
          const at = start + match[0].indexOf('ノーベル賞');
          findings.push(
            makeFinding({
              code: CODE,
              range: flowRange(doc.flow, at, at + 'ノーベル賞'.length),
              message: t('「ノーベル賞」: {0} received the Turing Award, not a Nobel Prize', names(people)),
              confidence: 0.55,
              explanation: {
                problem: t('The knowledge base records a Turing Award for the people of this sentence, and no Nobel Prize.'),
                reasons: [t('Information only: the knowledge base may not record every prize a person received.')],
              },
              replacements: ['チューリング賞'],
            }),
          );
          continue;
        }
      }
      if (written.kind === 'nobel' && written.year !== undefined && written.field !== '') {
        const near = people.length > 0;
        // Without a laureate in the sentence, only a sentence about the laureates' field (AI) is theirs: not 2020's CRISPR prize.
        if (!near && !FIELD_OF_LAUREATES.test(sentence)) continue;
        const candidates = near ? people : documentPeopleWithPrizes(context, prizes);
        const sameField = candidates.flatMap(({ prizes: own }) => own.filter((p) => p.kind === 'nobel' && p.field === written.field && p.year !== undefined));
        if (sameField.length === 0 || sameField.some((p) => p.year === written.year)) continue;
        const years = [...new Set(sameField.map((p) => p.year as number))].filter((y) => oneDigitOff(y, written.year as number));
        if (years.length !== 1) continue;
        const year = years[0] as number;
        const yearText = String(written.year);
        const at = start + match[0].indexOf(yearText);
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, at, at + yearText.length),
            message: t('「{0}」: the Nobel Prize in {1} of {2} was awarded in {3}', yearText, written.field, names(candidates), String(year)),
            confidence: near ? 0.72 : 0.55,
            explanation: {
              problem: t('The year of the prize is one digit off the year the knowledge base records for it.'),
              reasons: [
                ...(near ? [] : [t('The laureates are named elsewhere in the document, not in this sentence: check the source.')]),
                t('A digit of a year slips in speech recognition and typing.'),
              ],
            },
            replacements: [String(year)],
          }),
        );
      }
    }
    return findings;
  },
};

interface Laureate {
  readonly entity: Entity;
  readonly prizes: readonly Prize[];
}

function names(people: readonly Laureate[]): string {
  return people.map(({ entity }) => displayName(entity)).join('・');
}

function describePrize(prize: Prize): string {
  const name = prize.kind === 'turing' ? 'チューリング賞' : `ノーベル${prize.field}賞`;
  return prize.year === undefined ? name : `${prize.year}年の${name}`;
}

/** Where the sentence holding `at` begins: after the last sentence end before it (or the text's start). */
function lastSentenceEnd(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i] as string)) return i + 1;
  return 0;
}

/** The people with prizes the chunk names inside a range, each once. */
function peopleWithPrizes(context: DetectorContext, prizes: ReadonlyMap<string, readonly Prize[]>, range: OffsetRange): Laureate[] {
  const ids = new Set(context.mentions.filter((m) => m.range.start >= range.start && m.range.end <= range.end).map((m) => m.entityId));
  return laureates(context, prizes, ids);
}

/** The people with prizes the document names anywhere. */
function documentPeopleWithPrizes(context: DetectorContext, prizes: ReadonlyMap<string, readonly Prize[]>): Laureate[] {
  return laureates(
    context,
    prizes,
    [...prizes.keys()].filter((id) => context.mentionCount.has(id)),
  );
}

function laureates(context: DetectorContext, prizes: ReadonlyMap<string, readonly Prize[]>, ids: Iterable<string>): Laureate[] {
  const found: Laureate[] = [];
  for (const id of ids) {
    const own = prizes.get(id);
    const entity = context.kb.get(id);
    if (own && entity) found.push({ entity, prizes: own });
  }
  return found;
}
