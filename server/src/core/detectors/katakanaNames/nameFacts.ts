/** What the close-name search asks of each katakana name of the knowledge base, worked out once. */
import { nameIndexOf, type KatakanaName } from '../../nameIndex';
import { consonantSkeleton, soundKey } from '../../soundKey';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { Target } from './transliteration';
import { comparableLengthCounts } from './soundShape';

/** What listCloseNames asks of a katakana name, worked out once per knowledge base rather than per word and name. */
export interface NameFacts {
  readonly name: KatakanaName;
  readonly person: boolean;
  readonly whole: Target;
  /** The surname matched on its own (see listCloseNames), if any. */
  readonly surname: Target | undefined;
  /** For a person of two parts, the whole name's sounds run together (see runTogetherMatch). */
  readonly runTogether: RunTogether | undefined;
}

/** A two-part name's sounds run together: its sound key, the given name's key length, the key's consonants. */
export interface RunTogether {
  readonly key: string;
  readonly givenLength: number;
  readonly skeleton: string;
}

const nameFactsCache = new WeakMap<readonly KatakanaName[], readonly NameFacts[]>();

/** Works out the names' facts now, the lazy ones too: the build does, to keep the romaji they read (derivedData.ts). */
export function workOutNameFacts(kb: KnowledgeBase): void {
  for (const { whole, surname } of nameFactsOf(kb)) for (const target of surname ? [whole, surname] : [whole]) void target.foldedKey;
}

export function nameFactsOf(kb: KnowledgeBase): readonly NameFacts[] {
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

/** What runTogetherMatch compares a word with, worked out once per name. */
function runTogetherOf(name: KatakanaName): RunTogether | undefined {
  const [given, family] = name.parts;
  if (name.parts.length !== 2 || !given || !family || given.romaji.length < 2 || family.romaji.length < 2) return undefined;
  const key = soundKey(given.text + family.text);
  return { key, givenLength: soundKey(given.text).length, skeleton: consonantSkeleton(key) };
}

export function isPerson(kb: KnowledgeBase, entityId: string): boolean {
  return kb.get(entityId)?.type === 'person';
}

/** Countries whose names are written family name first, in katakana too (パク・ソンヒョン, ヤン・ジーリン). */
const FAMILY_NAME_FIRST = new Set(['KR', 'KP', 'CN', 'TW', 'HK', 'MO', 'VN']);

export function familyNameFirst(kb: KnowledgeBase, entityId: string): boolean {
  const entity = kb.get(entityId);
  return entity?.type === 'person' && FAMILY_NAME_FIRST.has(entity.country ?? '');
}

/** A word's sound key long enough to reach into the surname of a name run together, and of a comparable length. */
export function runTogetherLengths(written: number, whole: RunTogether): boolean {
  return written >= whole.givenLength + 2 && comparableLengthCounts(written, whole.key.length);
}
