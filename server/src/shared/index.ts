/**
 * What the client, the server, the CLI, the tools and the tests share: requests, command ids with their
 * arguments and results, settings and their defaults, and the rule that decides what is a Japanese
 * transcript. Imported as source by every side (like vscode-eslint's $shared); it imports nothing of
 * the server or the client.
 */
export * from './commands';
export * from './japanese';
export * from './requests';
export * from './settings';
export * from './subtitleRules';
