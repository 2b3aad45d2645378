/**
 * A year that contradicts what the knowledge base records for the entity the sentence is about: 「当社が
 * 2016年にGitHubを買収」 (2018), 「AI法は2023年8月に発効」 (2024), 「オプティマスは、2019年のAIデーで構想が発表」
 * (2021). Speech recognition and translation slip the digits of years as of any number.
 *
 * Contract: the knowledge base's facts and descriptions give an entity's dated events (「2018年にマイクロソフトが
 * 買収した」, 「2023年9月に公開した」), each of one kind: founded (設立, 創業…), released (公開, 発表, 発売…; spoken
 * 出た, 出て, 登場; the spoken 出 only right after the product and が or は, 「R1が出て」, never 「チームを出て」 or
 * 「構想が出てきた」),
 * acquired (買収), in force (発効; not 施行, which a law does in stages), listed (上場). A year in the text followed
 * in its sentence, within a few words, by a verb of one kind is judged against the one entity of the sentence
 * with an event of that kind (none judged when several have one, unless a model and its maker record it in the same
 * years: ディープシークのR1 is judged as R1; the year's month may be spoken, 2023年の1月); an acquisition only where the entity is the
 * one bought (「GitHubを買収」); never in a sentence of a plan or a forecast (予定, 見込み…: another event).
 * It is flagged, with the recorded year as the fix, when it differs from every year recorded for that
 * kind and is a slip away from one (one digit off, or at most three years apart): a warning when the digit
 * slipped more than a year away, the event is one the entity has once (not a release: those recur) and the
 * entity is named in the sentence, information otherwise. A sentence that names no entity at
 * all, or none with such an event and none as its subject (「ホワイトハウスで」), goes with the one entity with such an event
 * that the sentence before names (「やはりスターゲートでしょう。2024年1月に発表されました」; not when that sentence names more than
 * two entities, nor an entity the document names once), else when it names none (「2022年に設立されたばかりの企業」) with the story's subject (the entity the document names most; for a
 * sentence about a company, 企業 or 同社, the company with such an event the document names most, if named at least a
 * third as often as the entity named most), for a year one digit off, as information.
 */
import type { DetectorContext } from '../context';
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { t } from '../l10n';
import type { EntityMention, Finding, OffsetRange } from '../types';
import type { Detector } from './detector';
import { flowSentences, oneDigitOff } from '../text';

const CODE = 'wrong-year';

export type EventKind = 'founded' | 'released' | 'acquired' | 'in-force' | 'listed';

const VERBS: Readonly<Record<EventKind, string>> = {
  founded: '設立|創業|創設|創立',
  // Speech says a model or a product came out (出た, 出て, 出ました, 登場) where writing says 公開 or 発売.
  released: '公開|発表|発売|リリース|登場|出た|出て|出まし',
  acquired: '買収',
  // Not 施行 or 適用: a law enters into force (発効) once, and applies (施行) in stages for years after.
  'in-force': '発効',
  listed: '上場',
};
const KIND_OF_VERB = new Map<string, EventKind>(
  (Object.entries(VERBS) as [EventKind, string][]).flatMap(([kind, verbs]) => verbs.split('|').map((verb): [string, EventKind] => [verb, kind])),
);
const ANY_VERB = [...KIND_OF_VERB.keys()].join('|');
/** The spoken verbs of coming out (出た, 出て, 出まし): a release only right after the product and が or は. */
const SPOKEN_RELEASE = /^出/;
/** 出てきた, 出てくる: an idea or a plan came up, not the product out. */
const CAME_UP = /^(?:き|く|こ)/;
/** Words of a plan or a forecast. */
const FUTURE = /予定|見込み|見通し|計画|目指|めど|目標|方針/;
/**
 * A year, its month (spoken 「2023年の1月」 too) and day, and a verb of an event a few words on (「2019年のAIデーで構想が発表」),
 * not past another year.
 */
const DATED_EVENT = new RegExp(`(\\d{4})年(?:の?(\\d{1,2})月)?(?:(\\d{1,2})日)?((?:(?!\\d{4}年)[^。！？]){0,16}?)(${ANY_VERB})`, 'g');
/** In the knowledge base a fact may name who did it between its year and its verb (「2023年にA、B、Cが設立」). */
const FACT_EVENT = new RegExp(`(\\d{4})年(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?((?:(?!\\d{4}年)[^。！？]){0,40}?)(${ANY_VERB})`, 'g');

/** A year of the text dated by a written verb of an event a few words on (not the spoken 出た), in a sentence of no plan. */
export interface WrittenEvent {
  readonly kind: EventKind;
  readonly year: number;
  /** Where the year's digits start in the sentence. */
  readonly at: number;
  readonly verb: string;
}

/** The years of a sentence dated by a written verb of an event (「2024年1月に発表」); none in a sentence of a plan. */
export function writtenEventsOf(sentence: string): WrittenEvent[] {
  if (FUTURE.test(sentence)) return [];
  const found: WrittenEvent[] = [];
  for (const match of sentence.matchAll(DATED_EVENT)) {
    const verb = match[5] ?? '';
    const kind = KIND_OF_VERB.get(verb);
    if (kind && !SPOKEN_RELEASE.test(verb)) found.push({ kind, year: Number(match[1]), at: match.index ?? 0, verb });
  }
  return found;
}

interface DatedEvent {
  readonly kind: EventKind;
  readonly year: number;
}

const eventsByKb = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly DatedEvent[]>>();

/** Each entity's dated events, read from its facts and description. */
export function datedEventsOf(kb: KnowledgeBase): ReadonlyMap<string, readonly DatedEvent[]> {
  const known = eventsByKb.get(kb);
  if (known) return known;
  const events = new Map<string, DatedEvent[]>();
  for (const entity of kb.entities.values()) {
    const found: DatedEvent[] = [];
    for (const text of [...(entity.facts ?? []), entity.description])
      for (const match of text.matchAll(FACT_EVENT)) {
        const kind = KIND_OF_VERB.get(match[5] ?? '');
        if (kind) found.push({ kind, year: Number(match[1]) });
      }
    if (found.length > 0) events.set(entity.id, found);
  }
  eventsByKb.set(kb, events);
  return events;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** Sentences of the flow text: they end at 。！？ or a blank line (a transcript's line break does not end one). */
function sentencesOf(text: string): Sentence[] {
  const found: Sentence[] = [];
  for (const sentence of flowSentences(text)) found.push({ start: sentence.start, end: sentence.start + sentence.text.length });
  return found;
}

export const wrongYear: Detector = {
  code: CODE,
  description: 'A year that contradicts what the knowledge base records for the entity (founded, released, acquired, in force, listed).',
  detect(doc, context) {
    const text = doc.flow.text;
    const events = datedEventsOf(context.kb);
    const findings: Finding[] = [];
    const sentences = sentencesOf(text);
    for (const [index, sentence] of sentences.entries()) {
      const body = text.slice(sentence.start, sentence.end);
      for (const match of body.matchAll(DATED_EVENT)) {
        const kind = KIND_OF_VERB.get(match[5] ?? '');
        // A plan or a forecast speaks of another event than the one recorded (「2026年に施行される予定」).
        if (!kind || FUTURE.test(body)) continue;
        const written = Number(match[1]);
        const yearStart = sentence.start + (match.index ?? 0);
        const hasKind = (id: string): boolean => (events.get(id) ?? []).some((e) => e.kind === kind);
        const inSentence = mentionsIn(context, doc.flow, sentence);
        const verbStart = (match.index ?? 0) + match[0].length - (match[5] ?? '').length;
        // 「R1が出て」 is a release; 「チームを出て」 is leaving, 「構想が出てきた」 an idea that came up.
        if (SPOKEN_RELEASE.test(match[5] ?? '')) {
          const particle = body.charAt(verbStart - 1);
          const particleAt = flowRange(doc.flow, sentence.start + verbStart - 1, sentence.start + verbStart).start;
          const productRight = inSentence.some((m) => m.range.end === particleAt);
          if ((particle !== 'が' && particle !== 'は') || !productRight || CAME_UP.test(body.slice(verbStart + (match[5] ?? '').length))) continue;
        }
        const own = distinct(inSentence.filter((m) => hasKind(m.entityId)));
        const named = own.length > 0;
        // A sentence that names nothing goes with the story's subject: the entity the document names most; when the
        // sentence says it is about a company (企業, 同社), the company with such an event the document names most
        // (not the country the story is set in).
        const companyWord = COMPANY_WORD.test(body) && !MANY_COMPANIES.test(body);
        // A sentence that names nothing speaks first of what the sentence before it named (「やはりスターゲートでしょう。
        // 2024年1月に発表されました」): the one entity there with such an event.
        // Only when the sentence's own names are not its subject (「ホワイトハウスで発表」) and the entity is no name in passing.
        const ownSubject = inSentence.some((m) => /^[はが]/.test(doc.text.slice(m.range.end, m.range.end + 1)));
        const antecedentId =
          own.length === 0 && !ownSubject && index > 0 ? previousSentenceEntity(context, doc.flow, sentences[index - 1] as Sentence, hasKind) : undefined;
        const antecedent = antecedentId !== undefined && (context.mentionCount.get(antecedentId) ?? 0) >= 2 ? antecedentId : undefined;
        const subject =
          antecedent ??
          (inSentence.length === 0 ? storySubject(context, (id) => !companyWord || (hasKind(id) && context.kb.get(id)?.type === 'company')) : undefined);
        const fitting = named ? own.map((m) => m.entityId) : subject !== undefined && hasKind(subject) ? [subject] : [];
        // A model and its maker that record the release in the same years are one event (DeepSeek released R1); the
        // model, named last (ディープシークのR1), is the one the year is about. An acquisition has two sides: never.
        const oneEvent = kind !== 'acquired' && fitting.length === 2 && sameEvent(fitting[0] as string, fitting[1] as string, context.kb, events, kind);
        if (fitting.length !== 1 && !oneEvent) continue;
        const entityId = fitting[fitting.length - 1] as string;
        const mention = own[0];
        if (kind === 'acquired' && !(mention && isBought(mention, body))) continue;
        const years = [...new Set((events.get(entityId) ?? []).filter((e) => e.kind === kind).map((e) => e.year))];
        if (years.includes(written)) continue;
        const slipped = years.filter((y) => oneDigitOff(y, written));
        const near = years.filter((y) => Math.abs(y - written) <= 3);
        const year = slipped.length === 1 ? slipped[0] : near.length === 1 && named ? near[0] : undefined;
        if (year === undefined) continue;
        const entity = context.kb.get(entityId);
        if (!entity) continue;
        // Loud only for a digit slipped more than a year away, of an event an entity has once: a year next to
        // the recorded one may be another real event (incorporated, then announced), and 発表/公開 recur.
        const loud = named && slipped.length === 1 && Math.abs(written - year) > 1 && kind !== 'released';
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, yearStart, yearStart + 4),
            message: t('「{0}年」: the knowledge base records {1} for {2} ({3})', String(written), String(year), displayName(entity), match[5] ?? ''),
            confidence: loud ? 0.72 : 0.55,
            explanation: {
              problem: t('The year contradicts a fact the knowledge base records for the entity the sentence is about.'),
              reasons: [
                ...(named
                  ? []
                  : antecedent === entityId
                    ? [t('The sentence names no entity; the sentence before it names {0}: check the source.', displayName(entity))]
                    : [t('The sentence names no entity; the document is about {0}: check the source.', displayName(entity))]),
                ...(slipped.length === 1
                  ? [t('A digit of a year slips in speech recognition and typing.')]
                  : [t('Information only: the sentence may be about another event of the same kind.')]),
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

/** Whether one of two entities is the other's maker or owner, both recording the kind of event in the same years. */
function sameEvent(a: string, b: string, kb: KnowledgeBase, events: ReadonlyMap<string, readonly DatedEvent[]>, kind: EventKind): boolean {
  const related = (from: string, to: string): boolean => (kb.get(from)?.relations ?? []).some((relation) => relation.target === to);
  const years = (id: string): string => [...new Set((events.get(id) ?? []).filter((e) => e.kind === kind).map((e) => e.year))].sort().join();
  return (related(a, b) || related(b, a)) && years(a) === years(b);
}

/**
 * A sentence about a company (企業, 同社): its event is a company's, whatever else the story names more. Not 会社 or
 * スタートアップ, nor 企業 said of many (「設立された企業が多かった」): those are generic, no one company of the story.
 */
const COMPANY_WORD = /企業|同社/;
const MANY_COMPANIES = /企業(?:が|は)(?:特に|とても|最も)?(?:多|相次|増え|急増)|各社|企業数/;
/** How often the story's subject is named, at least: a third as often as the entity named most. */
const SUBJECT_SHARE = 1 / 3;

/**
 * The entity the document names most of those `accepted` (none when two share the most mentions), and not far less
 * than the entity named most, so that a passing name is never taken for the story's subject.
 */
function storySubject(context: DetectorContext, accepted: (id: string) => boolean): string | undefined {
  const most = Math.max(0, ...context.mentionCount.values());
  const ranked = [...context.mentionCount].filter(([id]) => accepted(id)).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] >= first[1])) return undefined;
  return first[1] >= most * SUBJECT_SHARE ? first[0] : undefined;
}

/** The chunk's mentions inside a sentence of the flow text. */
function mentionsIn(context: DetectorContext, flow: Parameters<typeof flowRange>[0], sentence: Sentence): EntityMention[] {
  const range: OffsetRange = flowRange(flow, sentence.start, sentence.end);
  return context.mentions.filter((m) => m.range.start >= range.start && m.range.end <= range.end);
}

/**
 * The one entity the sentence before names that has an event of the kind, if it names exactly one (and names at most
 * two entities in all, so that a sentence of many names lends none).
 */
function previousSentenceEntity(
  context: DetectorContext,
  flow: Parameters<typeof flowRange>[0],
  previous: Sentence,
  hasKind: (id: string) => boolean,
): string | undefined {
  const named = distinct(mentionsIn(context, flow, previous));
  const fitting = named.filter((m) => hasKind(m.entityId));
  return named.length <= 2 && fitting.length === 1 ? fitting[0]?.entityId : undefined;
}

/** One mention per entity. */
function distinct(mentions: readonly EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
}

/** The entity is the one bought: 「GitHubを買収」, 「GitHubの買収」, 「買収したGitHub」. */
function isBought(mention: EntityMention, body: string): boolean {
  const surface = mention.surface;
  for (let at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
    const after = body.slice(at + surface.length, at + surface.length + 12);
    const before = body.slice(Math.max(0, at - 4), at);
    if (/^(?:社)?(?:を|の)(?:[^。、]{0,8})?買収/.test(after) || /買収した$/.test(before)) return true;
  }
  return false;
}
