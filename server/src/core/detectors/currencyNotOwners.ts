/** What implausible-currency says of an amount in a currency its owner does not use, wherever the owner was found. */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { Amount } from '../amounts';
import { flowRange } from '../document';
import type { FindingSpec } from '../finding';
import { t } from '../l10n';

/**
 * The finding's range, the unit to the amount's end (the fix replaces the unit), and its message:
 * 「…」: {unit} is not the currency of {owner} ({country}); probably {replacement}.
 */
export function currencyNotOwners(
  doc: AnalyzedDocument,
  amount: Amount,
  owner: { readonly name: string; readonly country: string },
  replacement: string,
): Pick<FindingSpec, 'range' | 'message'> {
  return {
    range: flowRange(doc.flow, amount.unitStart, amount.end),
    message: t(
      '「{0}」: {1} is not the currency of {2} ({3}); probably {4}',
      doc.flow.text.slice(amount.start, amount.end),
      amount.unit,
      owner.name,
      owner.country,
      replacement,
    ),
  };
}
