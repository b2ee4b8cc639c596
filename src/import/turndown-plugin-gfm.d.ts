/** The Joplin-maintained GFM plugin for turndown ships no types: what src/import/markdown.ts uses of it. */
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
