/** The Entities view: the active transcript's entities by type, with mention counts; a click goes to a mention. */
import * as vscode from 'vscode';
import type { ActiveSummary } from './activeSummary';
import type { SummaryEntity } from '../../server/src/shared';

export type EntityNode =
  | { readonly kind: 'type'; readonly type: string; readonly entities: readonly SummaryEntity[] }
  | { readonly kind: 'entity'; readonly entity: SummaryEntity }
  | { readonly kind: 'mention'; readonly entity: SummaryEntity; readonly index: number };

const TYPE_ICONS: Record<string, string> = {
  company: 'organization',
  person: 'person',
  model: 'hubot',
  product: 'package',
  chip: 'circuit-board',
  infrastructure: 'server',
  programme: 'law',
  institution: 'mortar-board',
  media: 'broadcast',
  country: 'globe',
  term: 'book',
};

export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly summary: ActiveSummary) {
    this.subscription = summary.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const entities = this.summary.current?.summary.entities ?? [];
    if (!node) {
      const types = [...new Set(entities.map((e) => e.type))];
      return types
        .map((type) => ({ kind: 'type' as const, type, entities: entities.filter((e) => e.type === type) }))
        .sort((a, b) => mentions(b.entities) - mentions(a.entities));
    }
    if (node.kind === 'type') return [...node.entities].sort((a, b) => b.mentions.length - a.mentions.length).map((entity) => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') return node.entity.mentions.map((_, index) => ({ kind: 'mention', entity: node.entity, index }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(typeLabel(node.type), vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.entities.length} · ${mentions(node.entities)}×`;
      item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type] ?? 'symbol-misc');
      return item;
    }
    if (node.kind === 'entity') {
      const item = new vscode.TreeItem(node.entity.ja, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.entity.en === node.entity.ja ? '' : `${node.entity.en} · `}${node.entity.mentions.length}×`;
      item.tooltip = `${node.entity.ja} — ${node.entity.en} (${typeLabel(node.entity.type)})`;
      return item;
    }
    const range = node.entity.mentions[node.index];
    const item = new vscode.TreeItem(range ? `${range.start.line + 1}:${range.start.character + 1}` : '?');
    const uri = this.summary.current?.uri;
    if (uri && range) {
      const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      item.command = { title: vscode.l10n.t('Go to mention'), command: 'vscode.open', arguments: [uri, { selection }] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function mentions(entities: readonly SummaryEntity[]): number {
  return entities.reduce((sum, e) => sum + e.mentions.length, 0);
}

/** The name of an entity type as the view shows it, in the display language. */
function typeLabel(type: string): string {
  switch (type) {
    case 'company':
      return vscode.l10n.t('Companies and labs');
    case 'person':
      return vscode.l10n.t('People');
    case 'model':
      return vscode.l10n.t('Models');
    case 'product':
      return vscode.l10n.t('Products and services');
    case 'chip':
      return vscode.l10n.t('Chips');
    case 'infrastructure':
      return vscode.l10n.t('Data centres and supercomputers');
    case 'programme':
      return vscode.l10n.t('Programmes and policies');
    case 'institution':
      return vscode.l10n.t('Institutions');
    case 'media':
      return vscode.l10n.t('Media');
    case 'country':
      return vscode.l10n.t('Countries and regions');
    case 'term':
      return vscode.l10n.t('Glossary terms');
    default:
      return type;
  }
}
