// The curation web page: browse the index, see facts in their articles, correct them (issue 15).
export { createWebApp, NO_TOKEN, type WebOptions } from './app.ts';
export { startWeb, type StartWebOptions, type WebServer } from './server.ts';
