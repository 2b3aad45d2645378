/**
 * A person's name in kanji with one character converted wrong: 「西川透」 for 西川徹, 「梁文峰」 for 梁文鋒,
 * 「小池敦義」 for 小池淳義. Kana-to-kanji conversion and translation pick another kanji of the same sound
 * for a given name, so the name comes out one character off.
 *
 * Contract:
 * - A run of kanji (a title such as 氏 or 社長 written after it taken off; the titles are data) of three
 *   kanji or more that differs from a kanji spelling of a person of the knowledge base, of the same length,
 *   in exactly one character, never the first (the family name is what is heard best).
 * - A word of the dictionary (a single known token that is not a proper noun) is a word, not a name.
 * - Warning when the run stands where a name stands (a title follows it) or the person is named in the
 *   document; information otherwise.
 */
import { displayName } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Entity } from '../knowledge/model';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'garbled-kanji-name';
const MIN_KANJI = 3;
const KANJI_RUN = /[\u3400-\u9fff\uf900-\ufaff々]{3,}/g;
const ALL_KANJI = /^[\u3400-\u9fff\uf900-\ufaff々]+$/;

interface KanjiName {
  readonly entity: Entity;
  readonly spelling: string;
}

export const garbledKanjiName: Detector = {
  code: CODE,
  description: 'A person’s name in kanji with one character converted wrong (西川透 → 西川徹, 梁文峰 → 梁文鋒).',
  detect(doc, context) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    const index = kanjiNamesOf(context.kb);
    if (index.spellings.size === 0) return findings;
    for (const match of text.matchAll(KANJI_RUN)) {
      const start = match.index ?? 0;
      const title = context.rules.nameTitles.find((word) => ALL_KANJI.test(word) && match[0].endsWith(word) && match[0].length - word.length >= MIN_KANJI);
      const written = title ? match[0].slice(0, -title.length) : match[0];
      const titled = title !== undefined || context.rules.nameTitles.some((word) => text.startsWith(word, start + written.length));
      if (index.spellings.has(written)) continue;
      const target = oneOff(written, index);
      if (!target) continue;
      if (isDictionaryWord(doc.tokenize(written))) continue;
      const named = (context.mentionCount.get(target.entity.id) ?? 0) > 0;
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, start, start + written.length),
          message: t('「{0}」 looks like the name 「{1}」 ({2}) with one kanji converted wrong', written, target.spelling, target.entity.en),
          confidence: titled || named ? 0.72 : 0.55,
          explanation: {
            problem: t('Probably a name written with the wrong kanji: {0}.', displayName(target.entity)),
            reasons: [
              t('「{0}」 differs from 「{1}」 in one kanji only, after the same family name.', written, target.spelling),
              named
                ? t('{0} is named elsewhere in this document (hover it to see how often and how).', displayName(target.entity))
                : titled
                  ? t('A title follows it, so it stands where a name stands.')
                  : t('{0} is not named elsewhere in this document, so this is only a possibility.', displayName(target.entity)),
            ],
          },
          replacements: [target.spelling],
          entityId: target.entity.id,
        }),
      );
    }
    return findings;
  },
};

interface KanjiNameIndex {
  /** Every kanji spelling of a person: a run written so is that name, never a garble of another. */
  readonly spellings: ReadonlySet<string>;
  /** Spellings by each pattern with one character after the first left out ('西川?'). */
  readonly byPattern: ReadonlyMap<string, readonly KanjiName[]>;
}

const indexCache = new WeakMap<KnowledgeBase, KanjiNameIndex>();

function kanjiNamesOf(kb: KnowledgeBase): KanjiNameIndex {
  let index = indexCache.get(kb);
  if (index) return index;
  const spellings = new Set<string>();
  const byPattern = new Map<string, KanjiName[]>();
  for (const entity of kb.entities.values()) {
    if (entity.type !== 'person') continue;
    for (const spelling of new Set([entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])])) {
      if (!ALL_KANJI.test(spelling) || spelling.length < MIN_KANJI) continue;
      spellings.add(spelling);
      for (let at = 1; at < spelling.length; at++) {
        const pattern = `${spelling.slice(0, at)}?${spelling.slice(at + 1)}`;
        const list = byPattern.get(pattern) ?? [];
        list.push({ entity, spelling });
        byPattern.set(pattern, list);
      }
    }
  }
  indexCache.set(kb, (index = { spellings, byPattern }));
  return index;
}

/** The one name the run differs from in one character (after the first); undefined when none or several. */
function oneOff(written: string, index: KanjiNameIndex): KanjiName | undefined {
  const found = new Map<string, KanjiName>();
  for (let at = 1; at < written.length; at++) {
    for (const name of index.byPattern.get(`${written.slice(0, at)}?${written.slice(at + 1)}`) ?? []) found.set(name.spelling, name);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

const isDictionaryWord = (tokens: readonly { readonly known: boolean; readonly posDetail: string }[]): boolean =>
  tokens.length === 1 && (tokens[0]?.known ?? false) && tokens[0]?.posDetail !== '固有名詞';
