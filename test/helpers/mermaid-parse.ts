/**
 * Test helper: Mermaid's own parser (12.x, the grammar GitHub renders with) under jsdom, so a test
 * can prove a chart modelship writes is one GitHub can draw (a chart that does not parse shows as
 * an error box). Loading Mermaid takes seconds: call `loadMermaidParser` once, in `beforeAll`.
 */
import { JSDOM } from 'jsdom';

/** Resolves for a chart Mermaid parses; rejects with its parse error otherwise. */
export type MermaidParse = (text: string) => Promise<unknown>;

/** Installs a jsdom window as the globals Mermaid needs and returns its parser. */
export async function loadMermaidParser(): Promise<MermaidParse> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement'] as const) {
    g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key];
  }
  Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
  const mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
  return (text) => mermaid.parse(text);
}

/** The bodies of the ```mermaid blocks of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
