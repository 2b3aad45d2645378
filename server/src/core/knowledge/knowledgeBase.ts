/** The knowledge base: entities by id and by spelling, their relations, and the currencies. */
import * as path from 'node:path';
import type { Currency, Entity, Surface } from './model';
import { packageRoot } from '../packageRoot';
import { readCompiledData, readKnowledgeData } from './compiled';
import { DataFileError } from './validate';

export class KnowledgeBase {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly surfaces: readonly Surface[];
  private readonly related = new Map<string, Set<string>>();
  private countryNames: Map<string, string> | undefined;

  constructor(
    entities: readonly Entity[],
    readonly currencies: readonly Currency[],
  ) {
    const byId = new Map<string, Entity>();
    for (const entity of entities) {
      if (byId.has(entity.id)) throw new DataFileError(`Entity id "${entity.id}" is defined twice; ids must be unique.`);
      byId.set(entity.id, entity);
    }
    this.entities = byId;
    this.surfaces = collectSurfaces(entities);
    for (const entity of entities) {
      for (const relation of entity.relations ?? []) {
        if (!byId.has(relation.target)) {
          throw new DataFileError(`Entity "${entity.id}" has a relation ${relation.relation} to "${relation.target}", which is not in the knowledge base.`);
        }
        this.link(entity.id, relation.target);
      }
    }
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Entities linked to this one in either direction (its CEO, its maker, its models). */
  relatedTo(id: string): ReadonlySet<string> {
    return this.related.get(id) ?? new Set();
  }

  /** The country an entity belongs to: its own, or that of the organisation it belongs to (a person's company). */
  countryOf(entity: Entity): string | undefined {
    if (entity.country) return entity.country;
    for (const relation of entity.relations ?? []) {
      const country = this.entities.get(relation.target)?.country;
      if (country && relation.relation !== 'investor-in') return country;
    }
    return undefined;
  }

  /** The Japanese name of a country code (US → 米国), or the code when the country is not known. */
  countryName(code: string): string {
    if (!this.countryNames) {
      // The first country entity of each code, looked up by code rather than by reading every entity each time.
      this.countryNames = new Map();
      for (const entity of this.entities.values()) {
        if (entity.type === 'country' && entity.country !== undefined && !this.countryNames.has(entity.country))
          this.countryNames.set(entity.country, entity.ja);
      }
    }
    return this.countryNames.get(code) ?? code;
  }

  currencyByCode(code: string): Currency | undefined {
    return this.currencies.find((c) => c.code === code);
  }

  private link(a: string, b: string): void {
    if (!this.related.has(a)) this.related.set(a, new Set());
    if (!this.related.has(b)) this.related.set(b, new Set());
    this.related.get(a)?.add(b);
    this.related.get(b)?.add(a);
  }
}

function collectSurfaces(entities: readonly Entity[]): Surface[] {
  const owner = new Map<string, string>();
  const surfaces: Surface[] = [];
  const add = (text: string, entityId: string, needsContext: boolean): void => {
    const key = text.toLowerCase();
    const previous = owner.get(key);
    if (previous === entityId) return;
    if (previous) throw new DataFileError(`The spelling "${text}" belongs to both "${previous}" and "${entityId}"; give it to one entity only.`);
    owner.set(key, entityId);
    surfaces.push({ text, entityId, needsContext });
  };
  for (const entity of entities) {
    for (const text of [entity.ja, entity.en, ...(entity.aliases ?? [])]) add(text, entity.id, false);
    for (const text of entity.shortNames ?? []) add(text, entity.id, true);
  }
  return surfaces;
}

export function dataDirectory(): string {
  return path.join(packageRoot(), 'server', 'data');
}

let builtIn: KnowledgeBase | undefined;

/**
 * The knowledge base shipped with the extension, once per process: from dist/data.json, compiled and
 * validated at build time (compiled.ts), or from the YAML files, validated, when that is missing or stale.
 */
export function loadBuiltInKnowledgeBase(directory = dataDirectory()): KnowledgeBase {
  const isShipped = directory === dataDirectory();
  if (builtIn && isShipped) return builtIn;
  const { entities, currencies } = (isShipped ? readCompiledData(directory)?.knowledge : undefined) ?? readKnowledgeData(directory);
  const kb = new KnowledgeBase(entities, currencies);
  if (isShipped) builtIn = kb;
  return kb;
}
