/** Rule lists the detectors consult, loaded from data/rules and validated once. */
import {
  readCompiledData,
  readRulesData,
  type AcronymRule,
  type ConfusablePair,
  type ConversionRange,
  type EntityHead,
  type HanSurname,
  type KoreanRomanisationTables,
  type IdiomCalque,
  type QuantityRange,
  type ScaleOutlierCues,
  type SameSoundCollocation,
  type TermRendering,
  type UnitSpelling,
} from './compiled';
import { dataDirectory } from './knowledgeBase';

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
  /** Given names and surnames common among real people (マイケル, クライン): a part that is one is a real name, not a garble. */
  readonly commonNameParts: ReadonlySet<string>;
  /** Words that begin English names of places of several words (Santa Clara, Fort Worth, Abu Dhabi), which Japanese writes as one word. */
  readonly placeHeads: ReadonlySet<string>;
  /** Chinese, Korean and Japanese surnames as Japanese writes them (王, キム) and as English romanises them (Wang, Wong; Kim). */
  readonly hanSurnames: readonly HanSurname[];
  /** Korean syllables as Japanese writes them (korean-romanisation.yaml). */
  readonly koreanRomanisation: KoreanRomanisationTables;
  /** Words Japanese writes by doubling a word (一人一人, 恐る恐る, 日に日に): never a stutter. */
  readonly reduplicatedWords: ReadonlySet<string>;
  /** Acronyms of the field by lower-case spelling, with the words they occur among. */
  readonly acronyms: ReadonlyMap<string, AcronymRule>;
  /** Sets of letters whose spoken names sound alike (B, P, V, D, T…). */
  readonly letterGroups: readonly string[];
  /** How katakana writes each letter's name when an acronym is spelled out (エイチ for H, ブイ for V). */
  readonly letterNames: ReadonlyMap<string, readonly string[]>;
  /** The word list the literal-translation detector renders names with. */
  readonly literalWords: LiteralWords;
  /** Words translation chose for the wrong one of two sound-alike English words. */
  readonly confusables: readonly ConfusablePair[];
  /** Terms of the fields our transcripts are about, by field (ai, semiconductor, finance…). */
  readonly domainTerms: ReadonlyMap<string, readonly string[]>;
  /** When a single word of a term's reading is taken for the term: its collocations. */
  readonly sameSoundCollocations: readonly SameSoundCollocation[];
  /** Ordinary words almost never meant in the field's stories (敗戦, 懐炉): taken for a term of their reading where its field is around. */
  readonly sameSoundOffField: ReadonlySet<string>;
  /** Suffixes that make a word of almost any stem (相, 省, 量): a compound with one written for a term's other suffix is no mishearing (財務相/財務省, 使用量/使用料). */
  readonly sameSoundWordSuffixes: ReadonlySet<string>;
  /** English terms with the ways a translation may render them: one term rendered two ways in one document is inconsistent. */
  readonly termRenderings: readonly TermRendering[];
  /** Head words English joins to a known name and Japanese writes after it (Nvidia-backed, エヌビディアが出資する). */
  readonly entityHeads: readonly EntityHead[];
  /** English idioms translation renders word for word (低く垂れ下がった果実), with what they mean. */
  readonly idiomCalques: readonly IdiomCalque[];
  /** Kinds of quantity (users, parameters, a valuation) and the range their values fall in. */
  readonly quantityRanges: readonly QuantityRange[];
  /** Exchange rates, wide, for an amount given in two currencies. */
  readonly conversions: readonly ConversionRange[];
  /** The words that make an amount in 万 a company-scale figure, and those that make it a small sum. */
  readonly scaleOutliers: ScaleOutlierCues;
  /** Units of measure as English and Japanese write them, for the source checks. */
  readonly units: readonly UnitSpelling[];
}

export type {
  AcronymRule,
  ConfusablePair,
  ConversionRange,
  EntityHead,
  HanSurname,
  ScaleOutlierCues,
  IdiomCalque,
  QuantityRange,
  SameSoundCollocation,
  TermRendering,
  UnitSpelling,
};

/** English words of names and their literal Japanese translations, and the suffixes translation adds to a company. */
export interface LiteralWords {
  readonly words: ReadonlyMap<string, readonly string[]>;
  readonly suffixes: readonly string[];
  /** Entity id → ordinary words that sound like its name (クラウド for Claude): a name only where it stands as one. */
  readonly soundAlikes: ReadonlyMap<string, readonly string[]>;
}

let shared: RuleSet | undefined;

/** The rules, once per process: compiled at build time (compiled.ts), or read and validated from YAML. */
export function loadRules(directory = dataDirectory()): RuleSet {
  const isShipped = directory === dataDirectory();
  if (shared && isShipped) return shared;
  const data = (isShipped ? readCompiledData(directory)?.rules : undefined) ?? readRulesData(directory);
  const result: RuleSet = {
    ordinaryKatakana: new Set(data.ordinaryKatakana),
    letterKatakanaWords: new Set(data.letterKatakanaWords),
    letterCategoryWords: new Set(data.letterCategoryWords),
    letterSounds: new Map(Object.entries(data.letterSounds)),
    confusables: data.confusables,
    domainTerms: new Map(Object.entries(data.domainTerms)),
    sameSoundCollocations: data.sameSoundCollocations,
    sameSoundOffField: new Set(data.sameSoundOffField),
    sameSoundWordSuffixes: new Set(data.sameSoundWordSuffixes),
    nameTitles: data.nameTitles,
    commonNameParts: new Set(data.commonNameParts ?? []),
    placeHeads: new Set(data.placeHeads ?? []),
    hanSurnames: data.hanSurnames ?? [],
    koreanRomanisation: data.koreanRomanisation,
    reduplicatedWords: new Set(data.reduplicatedWords ?? []),
    acronyms: new Map(data.acronyms.map((rule) => [rule.acronym.toLowerCase(), rule])),
    letterGroups: data.letterGroups,
    letterNames: new Map(Object.entries(data.letterNames)),
    literalWords: {
      words: new Map(Object.entries(data.literalWords.words)),
      suffixes: data.literalWords.suffixes,
      soundAlikes: new Map(Object.entries(data.literalWords.soundAlikes)),
    },
    termRenderings: data.termRenderings ?? [],
    entityHeads: data.entityHeads ?? [],
    idiomCalques: data.idiomCalques ?? [],
    quantityRanges: data.quantityRanges ?? [],
    conversions: data.conversions ?? [],
    scaleOutliers: data.scaleOutliers ?? { cues: [], smallSums: [] },
    units: data.units ?? [],
  };
  if (isShipped) shared = result;
  return result;
}
