/** The knowledge base's records, as validated from the data files. */

export type EntityType = 'company' | 'person' | 'model' | 'product' | 'chip' | 'infrastructure' | 'programme' | 'institution' | 'media' | 'country' | 'term';

export const ENTITY_TYPES: readonly EntityType[] = [
  'company',
  'person',
  'model',
  'product',
  'chip',
  'infrastructure',
  'programme',
  'institution',
  'media',
  'country',
  // A term of the user's glossary that is none of the above (its type not given).
  'term',
];

export type RelationKind =
  | 'ceo-of'
  | 'founder-of'
  | 'works-at'
  | 'worked-at'
  | 'made-by'
  | 'part-of'
  | 'subsidiary-of'
  | 'investor-in'
  | 'leader-of'
  | 'member-of'
  | 'successor-of'
  | 'located-in';

export interface Relation {
  readonly relation: RelationKind;
  readonly target: string;
}

export interface KnownAmount {
  readonly value: number;
  readonly currency: string;
  readonly about: string;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly ja: string;
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly shortNames?: readonly string[];
  readonly description: string;
  readonly facts?: readonly string[];
  readonly country?: string;
  readonly currency?: string;
  readonly relations?: readonly Relation[];
  readonly amounts?: readonly KnownAmount[];
}

export interface Currency {
  readonly code: string;
  readonly ja: string;
  readonly names: readonly string[];
  readonly countries: readonly string[];
  /** Countries that do not use it but whose firms often count deals in it (Sweden's in euros). */
  readonly alsoCountedIn?: readonly string[];
  readonly checked: boolean;
}

/** A spelling of an entity, as the recogniser looks for it. */
export interface Surface {
  readonly text: string;
  readonly entityId: string;
  /** Recognised only once the entity is named in full elsewhere in the document. */
  readonly needsContext: boolean;
}
