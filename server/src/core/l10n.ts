/**
 * Localised messages. The core writes its messages as English templates with {0}-style placeholders;
 * the host (language server or CLI) chooses the language by installing a translator, so the core
 * itself depends on no localisation library. Untranslated templates fall back to English.
 */
export type MessageArgument = string | number;
export type Translator = (template: string, args: readonly MessageArgument[]) => string;

/** Fills {0}, {1}… in a template; used for English and for any template a translation lacks. */
export function fillTemplate(template: string, args: readonly MessageArgument[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

let translator: Translator = fillTemplate;
let translatorGeneration = 0;

export function setTranslator(next: Translator): void {
  translator = next;
  translatorGeneration++;
}

/** Changes whenever the translator does: messages remembered under an older one are in the wrong language. */
export function messagesGeneration(): number {
  return translatorGeneration;
}

/** A user-facing message in the current language. */
export function t(template: string, ...args: MessageArgument[]): string {
  return translator(template, args);
}
