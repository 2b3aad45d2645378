/** Rule lists the detectors consult, loaded from data/rules and validated once. */
import * as path from 'node:path';
import { dataDirectory } from './knowledgeBase';
import { readValidated } from './validate';

export interface RuleSet {
  /** Loanwords kuromoji's dictionary lacks (ツイート): never taken for garbled names. */
  readonly ordinaryKatakana: ReadonlySet<string>;
  /** Letter-plus-katakana words written so on purpose (Tシャツ). */
  readonly letterKatakanaWords: ReadonlySet<string>;
  /** Katakana words that follow a letter as a label (Lサイズ). */
  readonly letterCategoryWords: ReadonlySet<string>;
  /** Katakana syllables each Latin letter may stand for. */
  readonly letterSounds: ReadonlyMap<string, readonly string[]>;
  /** Titles written after a person's name (氏, さん, CEO): the word before one is a name. */
  readonly nameTitles: readonly string[];
  /** Acronyms of the field by lower-case spelling, with the words they occur among. */
  readonly acronyms: ReadonlyMap<string, AcronymRule>;
  /** Sets of letters whose spoken names sound alike (B, P, V, D, T…). */
  readonly letterGroups: readonly string[];
  /** The word list the literal-translation detector renders names with. */
  readonly literalWords: LiteralWords;
  /** Words translation chose for the wrong one of two sound-alike English words. */
  readonly confusables: readonly ConfusablePair[];
}

/** English words of names and their literal Japanese translations, and the suffixes translation adds to a company. */
export interface LiteralWords {
  readonly words: ReadonlyMap<string, readonly string[]>;
  readonly suffixes: readonly string[];
}

export interface AcronymRule {
  readonly acronym: string;
  readonly contexts?: readonly string[];
}

export interface ConfusablePair {
  readonly written: string;
  readonly english: string;
  readonly intended: readonly string[];
  readonly cues: readonly string[];
}

let shared: RuleSet | undefined;

export function loadRules(directory = dataDirectory()): RuleSet {
  if (shared && directory === dataDirectory()) return shared;
  const rules = path.join(directory, 'rules');
  const schemas = path.join(directory, 'schema');
  const words = (file: string): ReadonlySet<string> =>
    new Set(readValidated<{ words: string[] }>(path.join(rules, file), path.join(schemas, 'wordlist.schema.json')).words);
  const { sounds } = readValidated<{ sounds: Record<string, string[]> }>(
    path.join(rules, 'letter-sounds.yaml'),
    path.join(schemas, 'letter-sounds.schema.json'),
  );
  const acronyms = readValidated<{ letterGroups: string[]; acronyms: AcronymRule[] }>(
    path.join(rules, 'acronyms.yaml'),
    path.join(schemas, 'acronyms.schema.json'),
  );
  const literal = readValidated<{ words: Record<string, string[]>; suffixes: string[] }>(
    path.join(rules, 'literal-words.yaml'),
    path.join(schemas, 'literal-words.schema.json'),
  );
  const result: RuleSet = {
    literalWords: { words: new Map(Object.entries(literal.words)), suffixes: literal.suffixes },
    acronyms: new Map(acronyms.acronyms.map((rule) => [rule.acronym.toLowerCase(), rule])),
    letterGroups: acronyms.letterGroups,
    ordinaryKatakana: words('ordinary-katakana.yaml'),
    letterKatakanaWords: words('letter-katakana-words.yaml'),
    letterCategoryWords: words('letter-category-words.yaml'),
    nameTitles: [...words('name-titles.yaml')],
    letterSounds: new Map(Object.entries(sounds)),
    confusables: readValidated<{ pairs: ConfusablePair[] }>(path.join(rules, 'confusables.yaml'), path.join(schemas, 'confusables.schema.json')).pairs,
  };
  if (directory === dataDirectory()) shared = result;
  return result;
}
